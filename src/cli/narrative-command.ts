import { generateNarrative } from '../engine/narrative/generate';
import type { NarrativeInputs } from '../engine/narrative/inputs';
import { priorInputs } from '../engine/narrative/prior-inputs';
import { Facts } from '../engine/narrative/facts';
import { recognizeWorkbook } from '../engine/recognize/recognize-workbook';
import { readFailure, writeFailure } from './file-error';
import type { CliIo } from './io';
import type { NarrativeCommand } from './narrative-args';
import { applyChangePlan } from './package/apply-change-plan';
import { readXlsx } from './read-xlsx';

/** A wrong inputs file: its message is already the Chinese sentence to print. */
class InputsError extends Error {}

/** The inputs file: `{"inputs": {"上年收入总计": 585.48, …}}` or the flat object itself. */
function parseInputs(file: string, bytes: Uint8Array): NarrativeInputs {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new InputsError(`${file} 不是有效的 JSON：${error instanceof Error ? error.message : String(error)}`);
  }
  const obj = json && typeof json === 'object' && 'inputs' in json ? (json as { inputs: unknown }).inputs : json;
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) throw new InputsError(`${file} 应是对象：{"inputs": {"上年收入总计": 123.45, …}}`);
  const out: NarrativeInputs = {};
  for (const [k, v] of Object.entries(obj)) {
    if (typeof v !== 'string' && typeof v !== 'number') throw new InputsError(`${file} 中“${k}”的值应是数字或文字`);
    out[k] = v;
  }
  return out;
}

/**
 * `juesuan narrative`: writes a copy of the workbook with a new 情况说明 sheet (and 情况说明数据 for
 * the inputs) through the package-patching writer; every other part of the file is kept.
 */
export async function runNarrative(command: NarrativeCommand, io: CliIo): Promise<{ exit: 0 | 2 }> {
  let bytes: Uint8Array;
  let inputs: NarrativeInputs = {};
  let result: ReturnType<typeof generateNarrative>;
  let reading = command.file;
  try {
    bytes = await io.readFile(command.file);
    const tables = recognizeWorkbook(await readXlsx(bytes, command.file));
    if (command.inputs) {
      reading = command.inputs;
      inputs = parseInputs(command.inputs, await io.readFile(command.inputs));
    }
    if (command.prior) {
      reading = command.prior;
      inputs = priorInputs(recognizeWorkbook(await readXlsx(await io.readFile(command.prior), command.prior)), new Facts(tables).unit);
    }
    result = generateNarrative(tables, { variant: command.variant, inputs, mode: command.static ? 'static' : 'formula' });
  } catch (error) {
    io.stderr(`${error instanceof InputsError ? error.message : readFailure(reading, error)}\n`);
    return { exit: 2 };
  }
  try {
    // Never over an input (the workbook, the prior year's one): the safe writer refuses it.
    await io.writeFile(command.output, applyChangePlan(bytes, result.plan), { inputs: [command.file, ...(command.prior ? [command.prior] : []), ...(command.inputs ? [command.inputs] : [])], force: command.force });
  } catch (error) {
    io.stderr(`${writeFailure(command.output, error)}\n`);
    return { exit: 2 };
  }
  const paragraphs = result.rows.filter((r) => !r.heading).length;
  if (command.format === 'json') {
    io.stdout(`${JSON.stringify({ version: 1, file: command.file, output: command.output, variant: result.variant, sheet: result.sheetName, inputSheet: result.inputSheet, paragraphs: result.rows.map((r) => ({ heading: r.heading, text: r.text, formula: r.formula ?? null, sources: r.sources.map((s) => `${s.sheet}!${s.cell}`) })), missing: result.missing })}\n`);
  } else {
    const lines = [`${command.file} → ${command.output}：按${result.variant}格式写入工作表“${result.sheetName}”，${paragraphs} 段${command.static ? '（纯文字）' : '（公式，随表更新）'}`];
    if (result.missing.length > 0) lines.push(`待填写 ${result.missing.length} 项（在“${result.inputSheet}”工作表填写，或用 --inputs 提供）：${result.missing.join('；')}`);
    io.stdout(`${lines.join('\n')}\n`);
  }
  return { exit: 0 };
}

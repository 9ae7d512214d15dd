import { fillChangePlan, noteFindings, planFill, refusedFindings, type FillItem, type FillPlan } from '../engine/fill';
import { recognizeWorkbook } from '../engine/recognize/recognize-workbook';
import { readFailure, writeFailure } from './file-error';
import type { CliIo } from './io';
import { applyChangePlan } from './package/apply-change-plan';
import type { Command } from './parse-args';
import { readXlsx } from './read-xlsx';

export type FillCommand = Extract<Command, { kind: 'fill' }>;

/** What `juesuan fill` did to one file: 0 everything planned written, 1 conflicts refused, 2 unusable. */
export interface FillOutcome {
  exit: 0 | 1 | 2;
}

function where(i: { sheet: string; cell: string }): string {
  return `${i.sheet}!${i.cell}`;
}

function textReport(file: string, output: string, plan: FillPlan): string {
  const written = plan.items.filter((i) => i.chosen);
  const refused = refusedFindings(plan);
  const same = plan.items.filter((i) => i.status === 'same' && !i.chosen).length;
  const lines = [`${file} → ${output}：写入 ${written.length} 个单元格，冲突未改写 ${refused.length} 个，已是正确值 ${same} 个`];
  if (written.length > 0) lines.push('', '写入：');
  for (const i of written) lines.push(`  ${where(i)}  ${i.label} = ${i.expected}  ${i.write.formula}${i.status === 'conflict' ? `（替换原值“${i.actual}”）` : ''}`);
  if (refused.length > 0) lines.push('', '冲突（未改写，可加 --replace-conflicts 改写）：');
  for (const f of refused) lines.push(`  [${f.code}] ${f.message}`);
  const notes = noteFindings(plan);
  if (notes.length > 0) lines.push('', '无法计算：');
  for (const n of notes) lines.push(`  [${n.code}] ${n.sheet}!${n.cells[0]} ${n.message}`);
  return `${lines.join('\n')}\n`;
}

function itemJson(i: FillItem) {
  return { code: i.code, kind: i.kind, sheet: i.sheet, cell: i.cell, label: i.label, status: i.status, formula: i.write.formula, value: i.write.value, numFmt: i.write.numFmt ?? null, expected: i.expected, previous: i.actual || null };
}

function jsonReport(file: string, output: string, plan: FillPlan): string {
  const refused = refusedFindings(plan);
  const written = plan.items.filter((i) => i.chosen);
  return `${JSON.stringify({
    version: 1,
    file,
    output,
    written: written.map(itemJson),
    refused: refused.map(({ locations: _l, messageId: _m, data: _d, ...f }) => f),
    same: plan.items.filter((i) => i.status === 'same' && !i.chosen).map(itemJson),
    notes: noteFindings(plan).map(({ locations: _l, messageId: _m, data: _d, ...f }) => f),
    summary: { written: written.length, refused: refused.length, same: plan.items.filter((i) => i.status === 'same' && !i.chosen).length, notes: plan.notes.length },
  })}\n`;
}

/**
 * `juesuan fill`: plans the derived cells of one workbook and writes a filled copy. Cells that
 * already hold a different value are refused (listed, exit 1) unless --replace-conflicts.
 */
export async function runFill(command: FillCommand, io: CliIo): Promise<FillOutcome> {
  let bytes: Uint8Array;
  let plan: FillPlan;
  try {
    bytes = await io.readFile(command.file);
    plan = planFill(recognizeWorkbook(await readXlsx(bytes, command.file)), { replace: command.replaceConflicts ? 'all' : undefined });
  } catch (error) {
    io.stderr(`${readFailure(command.file, error)}\n`);
    return { exit: 2 };
  }
  try {
    // The package-patching writer: only the filled cells (and appended number formats) change.
    await io.writeFile(command.output, applyChangePlan(bytes, fillChangePlan(plan)), { inputs: [command.file], force: command.force ?? false });
  } catch (error) {
    io.stderr(`${writeFailure(command.output, error)}\n`);
    return { exit: 2 };
  }
  io.stdout(command.format === 'json' ? jsonReport(command.file, command.output, plan) : textReport(command.file, command.output, plan));
  return { exit: refusedFindings(plan).length > 0 ? 1 : 0 };
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsx } from '../../src/cli/read-xlsx';
import { fromA1 } from '../../src/engine/model/address';
import type { WorkbookSnapshot } from '../../src/engine/model/snapshot';
import { seedNarrativeLines } from '../engine/narrative/support/seed-narrative';
import { run } from './helpers/memory-io';
import { editFixture, fixtureBytes } from './helpers/workbooks';

const inputsFile = (seed: string) => new Uint8Array(readFileSync(join(__dirname, '../data/narrative-inputs', `seed-${seed}.json`)));

function cell(wb: WorkbookSnapshot, sheet: string, a1: string) {
  const pos = fromA1(a1);
  return wb.sheets.find((s) => s.name === sheet)?.cells[pos.row]?.[pos.col];
}

describe('juesuan narrative', () => {
  it('writes 情况说明 as live formulas with cached text, the inputs into 情况说明数据, and keeps every other sheet', async () => {
    const original = await fixtureBytes('seed-004.xlsx');
    const result = await run(['narrative', 'in.xlsx', '-o', 'out.xlsx', '--inputs', 'inputs.json'], { 'in.xlsx': original, 'inputs.json': inputsFile('004') });
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toContain('按山西格式写入工作表“情况说明”');
    const before = await readXlsx(original, 'in.xlsx');
    const after = await readXlsx(result.io.files.get('out.xlsx')!, 'out.xlsx');
    for (const sheet of before.sheets) {
      const out = after.sheets.find((s) => s.name === sheet.name)!;
      sheet.cells.forEach((row, r) => row?.forEach((c, k) => c && expect(out.cells[r]?.[k]?.value).toEqual(c.value)));
    }
    const narrative = after.sheets.find((s) => s.name === '情况说明')!;
    const texts = narrative.cells.map((row) => row?.[0]?.value).filter((v): v is string => typeof v === 'string');
    expect(texts).toContain('二、收入决算情况说明');
    expect(texts.join('\n')).toContain('与上年相比，收入总计减少68.63万元，下降11.72%');
    expect(texts.join('\n')).toContain('社会保障和就业支出（类）389.81万元，占比90.61%');
    const formulas = narrative.cells.filter((row) => row?.[0]?.formula).length;
    expect(formulas).toBeGreaterThan(10);
    expect(cell(after, '情况说明数据', 'A2')?.value).toBe('上年收入总计');
    expect(cell(after, '情况说明数据', 'B2')?.value).toBe(585.48);
  });

  it('--static writes plain text; --prior takes last year’s totals from a workbook', async () => {
    const bytes = await fixtureBytes('seed-002.xlsx');
    const result = await run(['narrative', 'in.xlsx', '-o', 'out.xlsx', '--static', '--prior', 'prior.xlsx', '--format', 'json'], { 'in.xlsx': bytes, 'prior.xlsx': bytes });
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { variant: string; paragraphs: { text: string; formula: string | null }[]; missing: string[] };
    expect(json.variant).toBe('河南');
    expect(json.paragraphs.every((p) => p.formula === null)).toBe(true);
    // The prior workbook is the same one: every total is unchanged.
    expect(json.paragraphs.map((p) => p.text).join('\n')).toContain('收、支总计各持平');
    expect(json.missing).toContain('收入支出总计变动原因');
    const after = await readXlsx(result.io.files.get('out.xlsx')!, 'out.xlsx');
    expect(after.sheets.find((s) => s.name === '情况说明')!.cells.some((row) => row?.[0]?.formula)).toBe(false);
  });

  it('refuses wrong arguments and unreadable inputs with exit 2', async () => {
    const bytes = await fixtureBytes('seed-004.xlsx');
    const variant = await run(['narrative', 'in.xlsx', '-o', 'out.xlsx', '--variant', '北京'], { 'in.xlsx': bytes });
    expect([variant.code, variant.stderr]).toEqual([2, expect.stringContaining('--variant')]);
    expect((await run(['narrative', 'in.xlsx'], { 'in.xlsx': bytes })).code).toBe(2);
    const badJson = await run(['narrative', 'in.xlsx', '-o', 'out.xlsx', '--inputs', 'x.json'], { 'in.xlsx': bytes, 'x.json': new TextEncoder().encode('{') });
    expect([badJson.code, badJson.stderr]).toEqual([2, expect.stringContaining('不是有效的 JSON')]);
  });
});

describe('juesuan audit checks a narrative the workbook holds (no flag)', () => {
  it('seed 000 with its published 第三部分 pasted into a sheet: 000-1 and 000-2 are reported on the narrative cells', async () => {
    const bytes = await editFixture('seed-000.xlsx', (wb) => {
      const ws = wb.addWorksheet('情况说明');
      seedNarrativeLines('000').forEach((line, i) => (ws.getCell(i + 1, 1).value = line));
    });
    const result = await run(['audit', 'in.xlsx', '--format', 'json'], { 'in.xlsx': bytes });
    const json = JSON.parse(result.stdout) as { files: { findings: { code: string; sheet: string; cells: string[]; message: string }[] }[] };
    const findings = json.files[0].findings;
    expect(findings).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'N-AMT-1', sheet: '情况说明', message: expect.stringContaining('467700') })]));
    expect(findings).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'PE-11', sheet: '情况说明', message: expect.stringContaining('94.56') })]));
    expect(result.code).toBe(1);
  });
});

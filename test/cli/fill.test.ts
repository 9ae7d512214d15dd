import { unzipSync } from 'fflate';
import { readXlsx } from '../../src/cli/read-xlsx';
import { fillChangePlan } from '../../src/engine/fill';
import { fromA1 } from '../../src/engine/model/address';
import { FormulaWorkbook, sameResult } from '../engine/fill/support/formula-engine';
import { blankedFixture, planOf } from './fill-helpers';
import { run } from './helpers/memory-io';
import { fixtureBytes, textFile, type FixtureName } from './helpers/workbooks';

const SEEDS: FixtureName[] = ['seed-000.xlsx', 'seed-002.xlsx', 'seed-004.xlsx'];

describe('juesuan fill', () => {
  it('refuses to overwrite 000’s printed 总分 96.76: exit 1, the conflict listed, the copy unchanged there', async () => {
    const result = await run(['fill', 'in.xlsx', '-o', 'out.xlsx'], { 'in.xlsx': await fixtureBytes('seed-000.xlsx') });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('写入 0 个单元格，冲突未改写 1 个');
    expect(result.stdout).toMatch(/\[PE-7\].*H21.*96\.76.*94\.56/);
    const out = await readXlsx(result.io.files.get('out.xlsx')!, 'out.xlsx');
    expect(out.sheets.find((s) => s.name === '绩效自评表')!.cells[20][7]).toMatchObject({ value: 96.76 });
  });

  it('--replace-conflicts writes the formula over 96.76 (exit 0), JSON lists it with the previous value', async () => {
    const result = await run(['fill', 'in.xlsx', '-o', 'out.xlsx', '--replace-conflicts', '--format', 'json'], { 'in.xlsx': await fixtureBytes('seed-000.xlsx') });
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { written: { cell: string; formula: string; value: number; previous: string }[]; refused: unknown[]; summary: { written: number } };
    expect(json.written).toEqual([expect.objectContaining({ cell: 'H21', formula: '=ROUND(SUM(I12:I20,I7),2)', value: 94.56, previous: '96.76' })]);
    expect(json.refused).toEqual([]);
    const out = await readXlsx(result.io.files.get('out.xlsx')!, 'out.xlsx');
    expect(out.sheets.find((s) => s.name === '绩效自评表')!.cells[20][7]).toMatchObject({ value: 94.56, formula: '=ROUND(SUM(I12:I20,I7),2)' });
  });

  it('exit 2 for an unreadable input, and usage errors for missing -o', async () => {
    expect((await run(['fill', 'in.xlsx', '-o', 'out.xlsx'], { 'in.xlsx': textFile('not a workbook') })).code).toBe(2);
    const missing = await run(['fill', 'in.xlsx'], { 'in.xlsx': textFile('x') });
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining('-o')]);
  });

  it.each(SEEDS)('%s with its derived cells emptied: every planned cell written as formula + cached value, exit 0; other cells unchanged', async (name) => {
    const { bytes, keys } = await blankedFixture(name);
    const result = await run(['fill', 'in.xlsx', '-o', 'out.xlsx'], { 'in.xlsx': bytes });
    expect([result.code, result.stderr]).toEqual([0, '']);
    const before = await readXlsx(bytes, 'in.xlsx');
    const after = await readXlsx(result.io.files.get('out.xlsx')!, 'out.xlsx');
    const plan = await planOf(bytes);
    const writes = fillChangePlan(plan).writes!;
    expect(writes.map((w) => `${w.sheet}!${w.cell}`).sort()).toEqual([...keys].sort());
    const written = new Set(keys);
    for (const sheet of before.sheets) {
      const out = after.sheets.find((s) => s.name === sheet.name)!;
      sheet.cells.forEach((row, r) =>
        row?.forEach((cell, c) => {
          const a1 = `${sheet.name}!${String.fromCharCode(65 + c)}${r + 1}`;
          if (!written.has(a1) && cell && cell.value !== null) expect([a1, out.cells[r]?.[c]?.value]).toEqual([a1, cell.value]);
        }),
      );
    }
    for (const w of writes) {
      const pos = fromA1(w.cell);
      const cell = after.sheets.find((s) => s.name === w.sheet)!.cells[pos.row]?.[pos.col];
      expect([w.cell, cell?.formula, cell?.value]).toEqual([w.cell, w.formula, w.value]);
    }
    // Part by part: only the filled sheets (and the styles, for appended formats) differ.
    const parts = (b: Uint8Array) => unzipSync(b);
    const [inParts, outParts] = [parts(bytes), parts(result.io.files.get('out.xlsx')!)];
    expect(Object.keys(outParts).sort()).toEqual(Object.keys(inParts).sort());
    const changed = Object.keys(inParts).filter((k) => Buffer.compare(Buffer.from(inParts[k]), Buffer.from(outParts[k])) !== 0);
    const filledSheets = new Set(writes.map((w) => w.sheet));
    expect(changed.filter((k) => k !== 'xl/styles.xml' && !/^xl\/worksheets\/[^/]+\.xml$/.test(k))).toEqual([]);
    expect(changed.filter((k) => k !== 'xl/styles.xml').length).toBeLessThanOrEqual(filledSheets.size);
    // The formulas as stored in the copy, evaluated by a formula engine, give the engine's values.
    const hf = new FormulaWorkbook(after);
    try {
      expect(writes.filter((w) => !sameResult(hf.value(w.sheet, w.cell), w.value)).map((w) => w.cell)).toEqual([]);
    } finally {
      hf.destroy();
    }
  });
});

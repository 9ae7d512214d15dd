// Formulas without cached values (files written by scripts): computed like Excel for the forms
// scripts use, or marked 未计算的公式 — never read as 0.
import { readXlsx } from '../../../src/cli/read-xlsx';
import { shiftFormula } from '../../../src/cli/xlsx/shared-formula';
import { audit } from '../../../src/engine/audit';
import type { CellSnapshot, WorkbookSnapshot } from '../../../src/engine/model/snapshot';
import { fromA1 } from '../../../src/engine/model/address';
import { fixtureBytes, type FixtureName } from '../helpers/workbooks';
import { cell, encodeParts, row, sheetData, xmlParts } from './helpers/minimal-xlsx';
import { scripted } from './helpers/scripted';
import { partsOf, zipParts } from './helpers/zip';

function at(wb: WorkbookSnapshot, sheet: string, a1: string): CellSnapshot | null | undefined {
  const { row: r, col } = fromA1(a1);
  return wb.sheets.find((s) => s.name === sheet)?.cells[r]?.[col];
}

describe('shared formulas move their relative references', () => {
  test.each([
    ['SUM(C9:C16)', 0, 1, 'SUM(D9:D16)'],
    ['SUM(C9:C16)', 2, 0, 'SUM(C11:C18)'],
    ['$C$9+C$9+$C9+C9', 1, 1, '$C$9+D$9+$C10+D10'],
    ['公开01表!C7+\'收 入\'!B2', 1, 0, '公开01表!C8+\'收 入\'!B3'],
    ['LOG10(A1)&"A1"', 1, 0, 'LOG10(A2)&"A1"'],
    ['ROUND(E5/D5*100,2)', 3, 0, 'ROUND(E8/D8*100,2)'],
    ['SUM(C:C)', 5, 1, 'SUM(D:D)'],
    ['SUM($C:D)+SUM(5:$6)', 2, 1, 'SUM($C:E)+SUM(7:$6)'],
    ["SUM('收 入'!3:3)+公开01表!B:B", 1, 1, "SUM('收 入'!4:4)+公开01表!C:C"],
    ['A2-1', -2, 0, '#REF!-1'],
    ['SUM(A1,{1,2})', 1, 0, 'SUM(A2,{1,2})'],
  ])('%s moved by %i rows and %i columns is %s', (formula, rows, cols, expected) => {
    expect(shiftFormula(formula, rows, cols)).toBe(expected);
  });
});

async function readOne(cells: string[], opts: { numFmts?: Record<number, string>; xfs?: number[] } = {}): Promise<WorkbookSnapshot> {
  const parts = xmlParts(
    [
      { name: '表', body: sheetData(...cells) },
      { name: '其他 表', body: sheetData(row(1, cell('A1', 100), cell('B1', 0.125))) },
    ],
    opts,
  );
  return readXlsx(zipParts(encodeParts(parts)), 'formulas.xlsx');
}

describe('formulas without a cached value', () => {
  test.each([
    ['1+2*3', 7],
    ['(1+2)*3', 9],
    ['10/4', 2.5],
    ['-2^2', 4],
    ['0.1+0.2', 0.3],
    ['50%', 0.5],
    ['SUM(A1:B1)', 3],
    ['SUM(A1,B1,10)', 13],
    ['SUM(A1:B1)-A1', 2],
    ['ROUND(10/3,2)', 3.33],
    ['ROUND(2.675,2)', 2.68],
    ['ROUND(-2.5,0)', -3],
    ['ROUND(1234.5,-2)', 1200],
    ['\'其他 表\'!A1*2', 200],
    ['SUM(\'其他 表\'!A1:B1)', 100.125],
    ['C1+1', 7],
    ['A1+Z99', 1],
  ])('=%s is %d', async (formula, expected) => {
    const wb = await readOne([row(1, cell('A1', 1), cell('B1', 2), cell('C1', 0, { f: 'D1+3', cached: false }), cell('D1', 0, { f: 'A1+B1', cached: false })), row(2, cell('A2', 0, { f: formula, cached: false }))]);
    expect(at(wb, '表', 'A2')).toMatchObject({ value: expected, formula: `=${formula}` });
    expect(at(wb, '表', 'A2')?.error).toBeUndefined();
  });

  test('the result shows in the cell’s number format', async () => {
    const wb = await readOne([row(1, cell('A1', 1234.5), cell('B1', 0, { f: 'A1*2', cached: false, s: 1 }))], { numFmts: { 176: '#,##0.00' }, xfs: [0, 176] });
    expect(at(wb, '表', 'B1')).toMatchObject({ value: 2469, text: '2,469.00', numFmt: '#,##0.00' });
  });

  test('a division by zero is #DIV/0!, as Excel shows it', async () => {
    const wb = await readOne([row(1, cell('A1', 0), cell('B1', 0, { f: '5/A1', cached: false }))]);
    expect(at(wb, '表', 'B1')).toMatchObject({ value: '#DIV/0!', error: true });
  });

  test.each([
    ['VLOOKUP(1,A1:B1,2,FALSE)', /不支持函数 VLOOKUP/],
    ['A1>1', /不支持比较运算/],
    ['缺少的表!A1', /不存在的工作表/],
    ['B1+1', /循环引用/],
    ['C1*2', /引用的 C1 也未能计算/],
    ['"元"+1', /未计算的公式/],
    ['SUM(A:A)', /循环引用/],
    ['SUM(B1:C)', /不支持整行、整列或名称区域/],
  ])('=%s is marked 未计算的公式 with its reason, never 0', async (formula, reason) => {
    const wb = await readOne([row(1, cell('A1', 0, { f: formula, cached: false }), cell('B1', 0, { f: 'A1+1', cached: false }), cell('C1', 0, { f: 'INDIRECT("A1")', cached: false }))]);
    const a1 = at(wb, '表', 'A1');
    if (formula === '"元"+1') {
      expect(a1).toMatchObject({ value: '#VALUE!', error: true });
      return;
    }
    expect(a1).toMatchObject({ value: '未计算的公式', error: true, formula: `=${formula}` });
    expect(a1?.text).toMatch(reason);
    expect(a1?.text).toContain(`=${formula}`);
  });

  test('a cached value is kept as it is, even a stale one', async () => {
    const wb = await readOne([row(1, cell('A1', 1), cell('B1', 99, { f: 'A1+1' }))]);
    expect(at(wb, '表', 'B1')).toMatchObject({ value: 99 });
  });
});

type Findings = ReturnType<typeof audit>['findings'];
const key = (f: Findings[number]) => `${f.code}|${f.severity}|${f.sheet}|${f.cells.join(',')}|${f.expected}|${f.actual}`;

describe.each<FixtureName>(['seed-000.xlsx', 'seed-002.xlsx', 'seed-004.xlsx'])('%s written by a script (every number an uncached formula)', (seed) => {
  test('reads the same values and audits to the same findings', async () => {
    const bytes = await fixtureBytes(seed);
    const original = await readXlsx(bytes, seed);
    const { parts, formulas } = scripted(partsOf(bytes));
    expect(formulas.size).toBeGreaterThan(100);
    const computed = await readXlsx(zipParts(parts), seed);
    for (const [i, sheet] of original.sheets.entries()) {
      const values = (s: typeof sheet) => s.cells.map((line) => (line ?? []).map((c) => (c ? [c.value, c.text, c.error ?? false] : null)));
      expect(values(computed.sheets[i])).toEqual(values(sheet));
    }
    const before = audit(original);
    const after = audit(computed);
    expect(after.tables).toEqual(before.tables);
    // The hidden sheet “数据” is the script's own (and is reported as not a table); the rest is identical.
    expect(after.findings.filter((f) => f.sheet !== '数据').map(key)).toEqual(before.findings.map(key));
  }, 60_000);
});

test('an unsupported formula in a total is reported as 未计算的公式 at its cell, and draws no false error', async () => {
  const bytes = await fixtureBytes('seed-004.xlsx');
  const before = audit(await readXlsx(bytes, 'seed-004.xlsx'));
  // 决算公开表 C7: 收入总计 of the first table.
  const { parts } = scripted(partsOf(bytes), { sheetPart: 'xl/worksheets/sheet1.xml', ref: 'C7', formula: 'VLOOKUP("收入",数据!A1:B9,2,FALSE)' });
  const wb = await readXlsx(zipParts(parts), 'seed-004.xlsx');
  expect(at(wb, '决算公开表', 'C7')).toMatchObject({ value: '未计算的公式', error: true });
  const after = audit(wb);
  const errors = (r: typeof after) => r.findings.filter((f) => f.severity === 'error').map(key);
  expect(errors(after).filter((e) => !errors(before).includes(e))).toEqual([]);
  const messages = [...after.findings.map((f) => `${f.sheet} ${f.cells.join(',')} ${f.message}`), ...after.unchecked.map((u) => u.reason)];
  expect(messages.some((m) => /C7/.test(m) && /未计算的公式/.test(m) && /VLOOKUP/.test(m))).toBe(true);
}, 60_000);

describe('whole columns and rows in formulas without a cached value', () => {
  test('SUM(C:C), SUM(3:3) and another sheet\'s whole column add the used cells only', async () => {
    const wb = await readOne([
      row(1, cell('A1', 0, { f: 'SUM(C:C)', cached: false }), cell('B1', 0, { f: "SUM('其他 表'!B:B)+SUM($C:$C)", cached: false })),
      row(2, cell('C2', 1.5)),
      row(3, cell('A3', 0, { f: 'SUM(C3:D3)', cached: false }), cell('C3', 2), cell('D3', 3), cell('E3', 0, { f: 'SUM(2:2)', cached: false })),
      row(4, cell('C4', '文字')),
      row(9, cell('C9', 10)),
    ]);
    expect(at(wb, '表', 'A1')).toMatchObject({ value: 13.5 });
    expect(at(wb, '表', 'B1')).toMatchObject({ value: 0.125 + 13.5 });
    expect(at(wb, '表', 'A3')).toMatchObject({ value: 5 });
    expect(at(wb, '表', 'E3')).toMatchObject({ value: 1.5 });
  });

  test('a shared formula over whole rows is translated for each cell by its offset and computed', async () => {
    const shared = (ref: string, master: string | undefined) =>
      `<c r="${ref}"><f t="shared" si="0"${master ? ` ref="${ref}:${ref.replace(/\d+$/, '4')}"` : ''}>${master ?? ''}</f></c>`;
    const wb = await readOne([
      row(2, cell('A2', 1), cell('B2', 2), shared('E2', 'SUM(3:3)')),
      row(3, cell('A3', 10), cell('B3', 20), shared('E3', undefined)),
      row(4, cell('A4', 100), shared('E4', undefined)),
    ]);
    expect([at(wb, '表', 'E2'), at(wb, '表', 'E3'), at(wb, '表', 'E4')].map((c) => [c?.formula, c?.value])).toEqual([
      // Each row's sum takes the next row's, formula included (computed in dependency order).
      ['=SUM(3:3)', 130],
      ['=SUM(4:4)', 100],
      ['=SUM(5:5)', 0],
    ]);
  });
});

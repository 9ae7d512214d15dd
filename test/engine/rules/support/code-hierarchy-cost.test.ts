import { Decimal } from '../../../../src/engine/money/decimal';
import type { ReportInput, RuleContext } from '../../../../src/engine/rules/rule';
import { checkHierarchy } from '../../../../src/engine/rules/support/code-hierarchy';
import { childrenOf } from '../../../../src/engine/tables/code-index';
import { Table, type TableRow } from '../../../../src/engine/tables/table';
import type { TableSet } from '../../../../src/engine/tables/table-set';

/** A 科目 block: class 201 = 20101 + 20102, 20101 = 2010101 + 2010102, with `amount` per row. */
const BLOCK: [string, number][] = [
  ['201', 10],
  ['20101', 6],
  ['2010101', 2],
  ['2010102', 4],
  ['20102', 4],
];

function row(code: string, amount: number, index: number): TableRow {
  return { key: code, label: `科目${code}`, code, row: index, values: new Map([[1, { sheet: '支出决算表', pos: { row: index, col: 2 }, kind: 'number', value: new Decimal(amount), text: String(amount), decimals: 0, storedAsText: false, unit: '元' }]]) };
}

/** The block pasted `times` times; `skew` adds 1 to every 项 so every parent's sum fails. */
function table(times: number, skew = 0): Table {
  const rows: TableRow[] = [];
  for (let t = 0; t < times; t++) for (const [code, amount] of BLOCK) rows.push(row(code, code.length === 7 ? amount + skew : amount, rows.length + 5));
  return new Table('T03', '支出决算表', { top: 0, left: 0, bottom: rows.length + 5, right: 3 }, '元', { notes: [] }, rows, 1);
}

function run(t: Table): { findings: ReportInput<string>[]; cells: number } {
  const findings: ReportInput<string>[] = [];
  const ctx: RuleContext = { tables: {} as TableSet, options: {}, report: (f) => findings.push(f), unchecked: () => undefined };
  checkHierarchy(ctx, t, '支出决算表', [1]);
  return { findings, cells: findings.reduce((n, f) => n + f.cells.length, 0) };
}

describe('code hierarchy on repeated codes', () => {
  it('sums each copy of a repeated parent with its own children only', () => {
    expect(run(table(1)).findings).toEqual([]);
    expect(run(table(50)).findings).toEqual([]);
  });

  it('names a number of cells linear in the copies, not quadratic', () => {
    const one = run(table(10, 1));
    const ten = run(table(100, 1));
    expect(one.findings.length).toBeGreaterThan(0);
    expect(ten.findings.length).toBe(one.findings.length * 10);
    expect(ten.cells / one.cells).toBeLessThanOrEqual(12);
  });

  it('still finds the children of a code printed once wherever they are', () => {
    const rows = [row('20102', 4, 3), row('201', 10, 5), row('20101', 6, 6)];
    const t = new Table('T03', '支出决算表', { top: 0, left: 0, bottom: 9, right: 3 }, '元', { notes: [] }, rows, 1);
    expect(childrenOf(t, '201').map((r) => r.code)).toEqual(['20102', '20101']);
    expect(run(t).findings).toEqual([]);
  });
});

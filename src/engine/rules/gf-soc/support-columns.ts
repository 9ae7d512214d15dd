import type { Table, TableRow } from '../../tables/table';
import type { RuleContext } from '../rule';
import { checkSum, type Term } from '../support/identity';

export const TGF_NAME = '政府性基金预算财政拨款收入支出决算表';
export const TSOC_NAME = '国有资本经营预算财政拨款支出决算表';

/** 栏次 of TGF (and of the 收入支出 variant of TSOC): 年初, 本年收入, 本年支出 小计/基本/项目, 年末. */
export const BALANCE_COLUMNS: Record<number, string> = {
  1: '年初结转和结余',
  2: '本年收入',
  3: '本年支出小计',
  4: '基本支出',
  5: '项目支出',
  6: '年末结转和结余',
};

export function rowName(row: TableRow): string {
  if (row.key === '合计') return '合计';
  return row.code ? `${row.code} ${row.label}`.trim() : row.label || row.key;
}

export function colTerm(row: TableRow, col: number, names: Record<number, string>, sign: 1 | -1 = 1): Term {
  return { cell: row.values.get(col), name: `${names[col] ?? '栏次'}（栏次${col}）`, sign };
}

/** The table prints every 栏次 the identity needs; otherwise “not checked”. */
export function hasColumns(ctx: RuleContext, table: Table, name: string, cols: readonly number[]): boolean {
  const missing = cols.filter((c) => !table.columns.includes(c));
  if (missing.length === 0) return true;
  ctx.unchecked(`${name}：未找到栏次${missing.join('、')}`, table.sheet);
  return false;
}

/** Per row: 本年支出小计 = 基本支出 + 项目支出 (栏次3 = 4 + 5). */
export function checkSpendingSplit(ctx: RuleContext, table: Table, name: string): void {
  for (const row of table.rows) {
    checkSum(ctx, {
      subject: `${name} ${rowName(row)}行`,
      total: colTerm(row, 3, BALANCE_COLUMNS),
      parts: [colTerm(row, 4, BALANCE_COLUMNS), colTerm(row, 5, BALANCE_COLUMNS)],
    });
  }
}

/** Per row: 年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出 (栏次6 = 1 + 2 − 3). */
export function checkBalanceRoll(ctx: RuleContext, table: Table, name: string): void {
  for (const row of table.rows) {
    checkSum(ctx, {
      subject: `${name} ${rowName(row)}行`,
      total: colTerm(row, 6, BALANCE_COLUMNS),
      parts: [colTerm(row, 1, BALANCE_COLUMNS), colTerm(row, 2, BALANCE_COLUMNS), colTerm(row, 3, BALANCE_COLUMNS, -1)],
    });
  }
}

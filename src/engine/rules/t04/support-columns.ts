import type { Table } from '../../tables/table';
import type { RuleContext } from '../rule';
import type { Term } from '../support/identity';

export const T04_SUBJECT = '财政拨款收入支出决算总表';

/** Expenditure 栏次 of 财政拨款收入支出决算总表: 2 合计, 3–5 by budget type. */
export const EXPENDITURE_COLUMNS: Record<number, string> = {
  2: '合计',
  3: '一般公共预算财政拨款',
  4: '政府性基金预算财政拨款',
  5: '国有资本经营预算财政拨款',
};

/** An expenditure-side cell named by row and column: “本年支出合计（行次59，栏次3 一般公共预算财政拨款）”. */
export function expenditureTerm(t04: Table, line: number, col: number): Term {
  const row = t04.line(line);
  const column = EXPENDITURE_COLUMNS[col];
  const where = column ? `行次${line}，栏次${col} ${column}` : `行次${line}，栏次${col}`;
  return { cell: row?.values.get(col), name: row?.label ? `${row.label}（${where}）` : where };
}

/** The four expenditure 栏次 are all printed; otherwise reports “not checked” once and returns false. */
export function hasExpenditureColumns(ctx: RuleContext, t04: Table): boolean {
  const missing = [2, 3, 4, 5].filter((c) => !t04.columns.includes(c));
  if (missing.length === 0) return true;
  ctx.unchecked(`${T04_SUBJECT}：支出方缺少栏次 ${missing.join('、')}`, t04.sheet);
  return false;
}

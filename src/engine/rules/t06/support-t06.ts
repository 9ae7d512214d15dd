import type { Table, TableRow } from '../../tables/table';
import type { Term } from '../support/identity';

export const T06_SUBJECT = '一般公共预算财政拨款基本支出决算明细表';

/** 山西 2022 一般公共预算财政拨款支出决算明细表: 栏次1 金额 (basic + project), 栏次2 其中：基本支出. */
export function isFullVariant(t06: Table): boolean {
  return t06.variant === '2022';
}

export function subjectOf(t06: Table): string {
  return isFullVariant(t06) ? '一般公共预算财政拨款支出决算明细表' : T06_SUBJECT;
}

/** The 栏次 holding 基本支出: the only amount column in 2023, 其中：基本支出 in the 2022 variant. */
export function basicColumn(t06: Table): number {
  return isFullVariant(t06) ? 2 : 1;
}

/** The amount 栏次 the table prints. */
export function amountColumns(t06: Table): number[] {
  return t06.columns.length > 0 ? t06.columns : [1];
}

export function columnName(t06: Table, col: number): string {
  if (!isFullVariant(t06)) return '决算数';
  return col === 1 ? '金额' : '其中：基本支出';
}

export function rowTerm(row: TableRow | undefined, col: number, fallback: string): Term {
  if (!row) return { cell: undefined, name: fallback };
  return { cell: row.values.get(col), name: row.code ? `${row.code} ${row.label}`.trimEnd() : row.label || row.key };
}

/** 经济分类 类 rows (3 digits), in sheet order, first occurrence of each code. */
export function classRows(t06: Table): TableRow[] {
  const seen = new Set<string>();
  return t06.codeRows().filter((r) => r.code!.length === 3 && !seen.has(r.code!) && seen.add(r.code!));
}

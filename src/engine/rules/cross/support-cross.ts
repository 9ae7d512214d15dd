import { FUNCTION_CLASSES } from '../../dictionary/function-classes';
import { ZERO } from '../../money/decimal';
import { sameFigureTolerance } from '../../money/tolerance';
import type { Table } from '../../tables/table';
import { TABLE_NAMES, type TableId } from '../../tables/table-id';
import type { ValueCell } from '../../values/value-cell';
import type { RuleContext } from '../rule';
import { amountIn, commonUnit, decimalsOf, show } from '../support/amounts';
import { cellName } from '../support/cell-ref';
import { checkEqual, usable, type Term } from '../support/identity';

export type PublicTableId = Exclude<TableId, 'PE'>;

/** 栏次 names of the code tables and of T04's expenditure side (domain-rules.md §2.3). */
const COLUMN_NAMES: Partial<Record<PublicTableId, Record<number, string>>> = {
  T02: { 1: '本年收入合计', 2: '财政拨款收入', 3: '上级补助收入', 4: '事业收入', 5: '经营收入', 6: '附属单位上缴收入', 7: '其他收入' },
  T03: { 1: '本年支出合计', 2: '基本支出', 3: '项目支出', 4: '上缴上级支出', 5: '经营支出', 6: '对附属单位补助支出' },
  T04: { 2: '合计', 3: '一般公共预算财政拨款', 4: '政府性基金预算财政拨款', 5: '国有资本经营预算财政拨款' },
  T05: { 1: '小计', 2: '基本支出', 3: '项目支出' },
  TGF: { 1: '年初结转和结余', 2: '本年收入', 3: '本年支出小计', 4: '基本支出', 5: '项目支出', 6: '年末结转和结余' },
  TSOC: { 1: '合计', 2: '基本支出', 3: '项目支出' },
  T3G: { 7: '决算合计', 8: '因公出国（境）费', 9: '公务用车购置及运行维护费小计', 10: '公务用车购置费', 11: '公务用车运行维护费', 12: '公务接待费' },
};

/** The tables a rule needs, or “not checked” naming every one that is absent. */
export function needTables(ctx: RuleContext, ids: readonly PublicTableId[], purpose: string): Table[] | undefined {
  const missing = ids.filter((id) => !ctx.tables.get(id));
  if (missing.length > 0) {
    ctx.unchecked(`未找到${missing.map((id) => TABLE_NAMES[id]).join('、')}，无法核对${purpose}`);
    return undefined;
  }
  return ids.map((id) => ctx.tables.get(id)!);
}

function columnName(table: Table, col: number): string {
  // The 6-栏 收入支出 variant of TSOC has the columns of TGF (as SOC-1 reads it).
  const names = table.id === 'TSOC' && table.columns.length === 6 ? COLUMN_NAMES.TGF : COLUMN_NAMES[table.id as PublicTableId];
  const name = names?.[col];
  return name ? `栏次${col} ${name}` : `栏次${col}`;
}

/** A cell of a code-keyed table (T02, T03, T05, TGF, TSOC, T06) named with its table, row and column. */
export function codeTerm(table: Table, key: string, col: number): Term {
  const row = table.row(key);
  const rowName = key === 'data' ? '' : key === '合计' || !row || row.label === key ? key : `${key} ${row.label}`.trim();
  const colName = table.id === 'T06' ? (table.variant === '2022' ? (col === 2 ? '其中：基本支出' : '金额') : '') : columnName(table, col);
  // Concatenated, not [..].filter().join(): every cell a cross-table rule reads is named here.
  let name = TABLE_NAMES[table.id];
  if (rowName) name += ` ${rowName}`;
  if (colName) name += ` ${colName}`;
  return { cell: row?.values.get(col), name };
}

/** A cell of a 行次 table (T01, T04, T10) named with its table, row label, 行次 and (T04 expenditure) 栏次. */
export function lineCell(table: Table, line: number, col: number): Term {
  const row = table.line(line);
  const where = table.id === 'T04' && col >= 2 ? `行次${line}，${columnName(table, col)}` : `行次${line}`;
  return { cell: row?.values.get(col), name: `${TABLE_NAMES[table.id]} ${row?.label ? `${row.label}（${where}）` : where}` };
}

export function nonZero(cell: ValueCell | undefined): cell is ValueCell {
  return cell !== undefined && cell.kind === 'number' && !cell.value.isZero();
}

/** Class codes to compare: the 26 classes of the 总表 plus any other 3-digit code printed in the tables. */
export function classCodes(...tables: (Table | undefined)[]): string[] {
  const printed = tables.flatMap((t) => (t ? t.codeRows().map((r) => r.code!) : [])).filter((c) => c.length === 3);
  return [...new Set([...FUNCTION_CLASSES.map((c) => c.code), ...printed])];
}

export function className(code: string, ...tables: (Table | undefined)[]): string {
  return FUNCTION_CLASSES.find((c) => c.code === code)?.name ?? tables.map((t) => t?.code(code)?.label).find(Boolean) ?? code;
}

/** Template for a row printed in one table and missing in the other (counted as 0 there). */
export const MISSING_ROW = '{subject}：{presentName} {presentCell} = {actual}，{missingName}未列示（按 0 计），差 {actual}';

/**
 * One figure printed in two tables, where a class row may be missing on one side: a class present
 * in one table and absent from the other counts as 0 on the missing side and is reported with the
 * present cell; nothing is reported when neither side prints it. Uses the rule's `missingRow` message.
 */
export function checkSameOrZero(ctx: RuleContext, check: { subject: string; left: Term; right: Term; severity?: 'error' | 'warning' }): void {
  if (check.left.cell && check.right.cell) {
    checkEqual(ctx, check);
    return;
  }
  const present = check.left.cell ? check.left : check.right.cell ? check.right : undefined;
  if (!present) return;
  const missing = present === check.left ? check.right : check.left;
  if (!usable(ctx, check.subject, [present])) return;
  const cell = present.cell!;
  if (cell.kind !== 'number' || cell.value.isZero()) return;
  const unit = commonUnit([cell]);
  const amount = amountIn(cell, unit);
  const rounding = amount.abs().lessThanOrEqualTo(sameFigureTolerance(unit));
  ctx.report({
    messageId: 'missingRow',
    severity: rounding ? 'warning' : check.severity,
    cells: [cell],
    data: { subject: check.subject, presentName: present.name, presentCell: cellName(cell, cell.sheet), actual: show(amount, decimalsOf([cell])), missingName: missing.name },
    expected: ZERO,
    actual: amount,
    difference: amount.abs(),
  });
}

/** The table prints these 栏次; otherwise reports “not checked” once and returns false. */
export function hasColumns(ctx: RuleContext, table: Table, cols: readonly number[]): boolean {
  const missing = cols.filter((c) => !table.columns.includes(c));
  if (missing.length === 0) return true;
  ctx.unchecked(`${TABLE_NAMES[table.id]}：缺少栏次 ${missing.join('、')}`, table.sheet);
  return false;
}

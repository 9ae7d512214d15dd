import type { Table } from '../../tables/table';
import type { RuleContext } from '../rule';
import { checkSum, type Term } from '../support/identity';
import { amountColumns, columnName, rowTerm, subjectOf } from './support-t06';

/**
 * A footer total (人员经费合计 / 公用经费合计) = Σ the listed 类 the table prints, per amount 栏次.
 * `classesFor(col)` gives the 类 codes of each column.
 */
export function checkFooter(ctx: RuleContext, t06: Table, footer: string, classesFor: (col: number) => readonly string[]): void {
  const subject = subjectOf(t06);
  const total = t06.row(footer);
  if (!total) return ctx.unchecked(`${subject}：未找到“${footer}”行`, t06.sheet);
  for (const col of amountColumns(t06)) {
    const codes = classesFor(col);
    const parts: Term[] = codes.filter((c) => t06.code(c)).map((c) => rowTerm(t06.code(c), col, c));
    if (parts.length === 0) {
      ctx.unchecked(`${subject}：未找到${codes.join('、')}类科目，${footer}无法校验`, t06.sheet);
      continue;
    }
    checkSum(ctx, { subject: `${subject} ${columnName(t06, col)}`, total: rowTerm(total, col, footer), parts });
  }
}

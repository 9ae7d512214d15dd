import type { PrintedText } from '../../tables/table';
import { TABLE_NAMES } from '../../tables/table-id';
import type { TableSet } from '../../tables/table-set';
import { defineRule } from '../rule';
import { at, cellText, isHidden, outliers, type Printed } from './support-text';

/** A year the header prints as the report year: “2023年度”, “(2023年度)”, “2023年”, not a date “2024年3月”. */
function reportYear(tables: TableSet, sheet: string, year: PrintedText | undefined): string | undefined {
  if (!year) return undefined;
  const text = cellText(tables, sheet, year.pos).replace(/\s+/g, '');
  if (!text.includes(`${year.text}年度`) && new RegExp(`${year.text}年\\d{1,2}月`).test(text)) return undefined;
  return year.text;
}

/** §4.11 S-2 (GovBudgetChecker V33-001/V33-009): one report year in every table header and 自评表. */
export const s2SameYear = defineRule({
  code: 'S-2',
  title: '各表年度一致',
  severity: 'error',
  group: 'structure',
  description: '各公开表表头的年度（“2023年度”）与各自评表的年度相同',
  messages: {
    otherYear: '{where}的年度为 {year} 年（{cell}），而其余各表（如{refWhere} {refCell}）为 {expected} 年',
  },
  check(ctx) {
    const { tables } = ctx;
    const items: Printed[] = [];
    for (const t of tables.tables.filter((x) => !isHidden(tables, x.sheet))) {
      const year = reportYear(tables, t.sheet, t.meta.year);
      if (year) items.push({ value: year, where: `${TABLE_NAMES[t.id]}（${t.sheet}）`, cell: at(t.sheet, t.meta.year!.pos) });
    }
    const seen = new Set<string>();
    for (const pe of tables.selfEvals.filter((x) => !isHidden(tables, x.sheet))) {
      const year = reportYear(tables, pe.sheet, pe.meta.year);
      const cell = pe.meta.year && at(pe.sheet, pe.meta.year.pos);
      if (!year || !cell || seen.has(`${cell.sheet}!${cell.cell}`)) continue;
      seen.add(`${cell.sheet}!${cell.cell}`);
      items.push({ value: year, where: `自评表“${pe.projectName?.text ?? pe.meta.title?.text ?? ''}”（${pe.sheet}）`, cell });
    }
    if (items.length === 0) {
      ctx.unchecked('各表表头都没有印年度，未核对年度');
      return;
    }
    const result = outliers(items)!;
    for (const odd of result.odd) {
      ctx.report({
        messageId: 'otherYear',
        cells: [odd.cell, result.reference.cell],
        data: { where: odd.where, year: odd.value, cell: odd.cell.cell, refWhere: result.reference.where, expected: result.reference.value, refCell: result.reference.cell.cell },
      });
    }
  },
});

import type { PrintedText } from '../../tables/table';
import { TABLE_NAMES } from '../../tables/table-id';
import type { TableSet } from '../../tables/table-set';
import { defineRule } from '../rule';
import { at, cellText, isHidden, outliers, type Printed } from './support-text';
import { analyzeNarrative } from '../../narrative/check/analyze';
import type { NarrativeLine } from '../../narrative/check/read-narrative';

/** A year the header prints as the report year: “2023年度”, “(2023年度)”, “2023年”, not a date “2024年3月”. */
function reportYear(tables: TableSet, sheet: string, year: PrintedText | undefined): string | undefined {
  if (!year) return undefined;
  const text = cellText(tables, sheet, year.pos).replace(/\s+/g, '');
  if (!text.includes(`${year.text}年度`) && new RegExp(`${year.text}年\\d{1,2}月`).test(text)) return undefined;
  return year.text;
}

/**
 * Years the 情况说明 states as the report year: “截至2023年12月31日”, “2023年期末”, a heading
 * “2023年度…情况说明”, a sentence opening “2023年度收入总计…”. Comparisons (“与2022年相比”) and
 * document titles are not report years.
 */
const REPORT_YEAR_PHRASES = [
  /截至\s*(\d{4})\s*年\s*12\s*月\s*31\s*日/,
  /(\d{4})年(?:期末|末)/,
  /^[^，。；]{0,30}?(\d{4})年度?(?:收入|支出|财政拨款|一般公共预算|“三公”|"三公"|政府采购|机关运行经费|决算情况说明)/,
];

function narrativeYears(tables: TableSet, year: string): Array<NarrativeLine & { text: string }> {
  const doc = analyzeNarrative(tables)?.doc;
  if (!doc) return [];
  const out: Array<NarrativeLine & { text: string }> = [];
  for (const line of [...doc.headings, ...doc.lines]) {
    for (const re of REPORT_YEAR_PHRASES) {
      const m = re.exec(line.text);
      if (m && m[1] !== year) {
        out.push({ at: line.at, text: m[0].length > 30 ? `${m[0].slice(0, 30)}…` : m[0] });
        break;
      }
    }
  }
  return out;
}

/** §4.11 S-2 (GovBudgetChecker V33-001/V33-009): one report year in every table header and 自评表. */
export const s2SameYear = defineRule({
  code: 'S-2',
  title: '各表年度一致',
  severity: 'error',
  group: 'structure',
  description: '各公开表表头的年度（“2023年度”）与各自评表的年度相同，情况说明中的报告年度（“截至2023年12月31日”“2023年度…”）与之一致',
  messages: {
    otherYear: '{where}的年度为 {year} 年（{cell}），而其余各表（如{refWhere} {refCell}）为 {expected} 年',
    narrativeYear: '情况说明（{sheet} {cell}）写“{excerpt}”，而决算年度为 {expected} 年',
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
    for (const line of narrativeYears(tables, result.reference.value)) {
      ctx.report({ messageId: 'narrativeYear', cells: [line.at, result.reference.cell], data: { sheet: line.at.sheet, cell: line.at.cell, excerpt: line.text, expected: result.reference.value } });
    }
    for (const odd of result.odd) {
      ctx.report({
        messageId: 'otherYear',
        cells: [odd.cell, result.reference.cell],
        data: { where: odd.where, year: odd.value, cell: odd.cell.cell, refWhere: result.reference.where, expected: result.reference.value, refCell: result.reference.cell.cell },
      });
    }
  },
});

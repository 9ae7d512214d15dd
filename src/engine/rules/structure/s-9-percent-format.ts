import { toA1 } from '../../model/address';
import type { TextCell } from '../../tables/text-cells';
import { defineRule } from '../rule';
import { at, excerpt, narrativeCells } from './support-text';

const PERCENT = /(?<![\d.])(\d+(?:\.(\d+))?)\s*[%％]/g;
/** Computed shares, rates and changes (not targets such as “满意度≥90%”). */
const COMPUTED_BEFORE = /(占|占比|比重|比例|增长|下降|增加|减少|降低|提高|(占|完成)[^，。；,;]{0,15}的|执行率|完成率)(为|了|达|达到|是)?\s*$/;

interface Percent {
  cell: TextCell;
  index: number;
  text: string;
  decimals: number;
}

/**
 * §3 rule 5 and §4.11 S-9 (GovBudgetChecker V33-232): the 情况说明 prints shares and rates with
 * two decimals and must not switch to “占比0%” or “完成…的100%” elsewhere. The 自评表 texts are
 * each project's own form (their rates are checked against the table by PE-10).
 */
function shown(list: Percent[]): string {
  const distinct = [...new Set(list.map((p) => p.text))];
  return distinct.slice(0, 5).map((t) => `“${t}”`).join('') + (list.length > distinct.slice(0, 5).length ? `（共 ${list.length} 处）` : '');
}

export const s9PercentFormat = defineRule({
  code: 'S-9',
  title: '百分比格式统一',
  severity: 'info',
  group: 'structure',
  description: '说明文字中的占比、增长率、完成率统一保留两位小数（如 0.00%），不与“0%”“100%”等写法混用',
  messages: {
    format: '{sheet} {cell} 的百分比 {percents} 未保留两位小数，而文中其他百分比（如{example}）保留两位小数：“{excerpt}”',
  },
  check(ctx) {
    const percents: Percent[] = [];
    for (const cell of narrativeCells(ctx.tables, { selfEvals: false })) {
      for (const m of cell.text.matchAll(PERCENT)) {
        if (!COMPUTED_BEFORE.test(cell.text.slice(0, m.index))) continue;
        percents.push({ cell, index: m.index ?? 0, text: m[0].replace(/\s+/g, ''), decimals: m[2]?.length ?? 0 });
      }
    }
    const standard = percents.find((p) => p.decimals === 2);
    if (!standard) return; // one consistent style (e.g. 1 dp, as 广东 prints): nothing mixed
    const byCell = new Map<TextCell, Percent[]>();
    for (const p of percents) if (p.decimals !== 2) byCell.set(p.cell, [...(byCell.get(p.cell) ?? []), p]);
    for (const [cell, list] of byCell) {
      ctx.report({
        messageId: 'format',
        cells: [at(cell.sheet, cell.pos)],
        data: { sheet: cell.sheet, cell: toA1(cell.pos), percents: shown(list), example: standard.text, excerpt: excerpt(cell.text, list[0].index, list[0].text.length) },
      });
    }
  },
});

import { analyzeNarrative, type ListItem } from '../../narrative/check/analyze';
import { defineRule } from '../rule';
import { where } from './support-narrative';

/** §5.3 N-LIST-1: a “主要包括” list in 六 names only items the T06 shows with a non-zero amount (上海: 不涉及的不列). */
export const nList1ZeroItems = defineRule({
  code: 'N-LIST-1',
  title: '“主要包括”只列有数的项目',
  severity: 'warning',
  group: 'narrative',
  description: '基本支出情况中“主要包括”所列项目在基本支出明细表中都有数，不列金额为 0 的项目',
  messages: {
    zero: '情况说明“基本支出决算情况”（{where}）“主要包括”列出了{items}，而基本支出明细表中这些项目为 0',
  },
  check(ctx) {
    const a = analyzeNarrative(ctx.tables);
    if (!a) return;
    const byCell = new Map<string, ListItem[]>();
    for (const item of a.listItems.filter((i) => i.zero)) {
      const key = `${item.at.sheet}!${item.at.cell}`;
      byCell.set(key, [...(byCell.get(key) ?? []), item]);
    }
    const col = a.facts.t06Col;
    for (const items of byCell.values()) {
      const cells = items.map((i) => i.row.values.get(col)).filter((c) => c !== undefined);
      ctx.report({ messageId: 'zero', cells: [items[0].at, ...cells], data: { where: where(items[0].at), items: items.map((i) => `${i.name}（${i.row.code}）`).join('、') } });
    }
  },
});

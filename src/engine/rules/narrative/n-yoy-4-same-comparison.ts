import { analyzeNarrative, type YoyMention } from '../../narrative/check/analyze';
import { toYuan } from '../../money/unit';
import { defineRule } from '../rule';
import { SECTION_NAMES, where } from './support-narrative';

/** §5.3 N-YOY-4: one comparison (the same current figure) stated twice — 一 vs 四 vs 五（一） — uses the same numbers. */
export const nYoy4SameComparison = defineRule({
  code: 'N-YOY-4',
  title: '同一比较在各部分数字相同',
  severity: 'error',
  group: 'narrative',
  description: '同一本年数的上年比较在不同部分出现时，增减额和增减幅度相同',
  messages: {
    differs: '同一比较（本年 {current}）两处数字不同：“{firstSection}”（{firstWhere}）“{first}”，“{secondSection}”（{secondWhere}）“{second}”',
  },
  check(ctx) {
    const a = analyzeNarrative(ctx.tables);
    if (!a) return;
    const byCurrent = new Map<string, YoyMention>();
    for (const y of a.yoys) {
      if (y.current === undefined) continue;
      const key = toYuan(y.current, y.delta.unit ?? a.unit).toFixed(2);
      const first = byCurrent.get(key);
      if (!first) {
        byCurrent.set(key, y);
        continue;
      }
      const same = first.increase === y.increase && first.delta.value.equals(y.delta.value) && first.rate.value.equals(y.rate.value);
      if (same) continue;
      ctx.report({
        messageId: 'differs',
        cells: [y.at, first.at],
        data: { current: y.current.toString(), firstSection: SECTION_NAMES[first.section], firstWhere: where(first.at), first: first.excerpt, secondSection: SECTION_NAMES[y.section], secondWhere: where(y.at), second: y.excerpt },
      });
    }
  },
});

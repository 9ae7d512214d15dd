import { analyzeNarrative } from '../../narrative/check/analyze';
import { percentOf, samePercent } from '../../narrative/check/printed';
import { defineRule } from '../rule';
import { cellsOf, pct2, SECTION_NAMES, where } from './support-narrative';

/** §5.3 N-SHARE-1: share = part / fixed denominator × 100 (收入 → 本年收入合计, 支出 → 本年支出合计, 五（一）→ 本年支出合计, 五（二）→ T05 合计, 三公 → 决算合计). */
export const nShare1Shares = defineRule({
  code: 'N-SHARE-1',
  title: '情况说明占比按固定分母计算',
  severity: 'error',
  group: 'narrative',
  description: '占比 = 该项 ÷ 规定的分母 × 100，保留两位小数',
  messages: {
    share: '情况说明“{section}”（{where}）写{name}占{actual}%，按表应为 {part} ÷ {whole} {base} × 100 = {expected}%',
  },
  check(ctx) {
    const a = analyzeNarrative(ctx.tables);
    if (!a) return;
    for (const s of a.shares) {
      const expected = percentOf(s.part.value, s.base.value);
      if (expected === undefined ? s.rate.value.isZero() : samePercent(s.rate.value, s.rate.decimals, expected)) continue;
      const shown = expected === undefined ? '无法计算（分母为 0）' : pct2(expected);
      ctx.report({
        messageId: 'share',
        cells: cellsOf(s.at, s.part, s.base),
        expected: shown,
        actual: s.rate.text,
        data: { section: SECTION_NAMES[s.section], where: where(s.at), name: s.name, actual: s.rate.text, part: s.part.value.toString(), whole: s.whole, base: s.base.value.toString(), expected: shown },
      });
    }
  },
});

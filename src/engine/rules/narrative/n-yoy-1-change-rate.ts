import { analyzeNarrative } from '../../narrative/check/analyze';
import { samePercent } from '../../narrative/check/printed';
import { defineRule } from '../rule';
import { pct2, SECTION_NAMES, where } from './support-narrative';
import { priorOf } from './support-yoy';

/** §5.3 N-YOY-1: prior = current − Δ; rate = |Δ| ÷ prior × 100, checked against the printed current and Δ. */
export const nYoy1ChangeRate = defineRule({
  code: 'N-YOY-1',
  title: '增减幅度与增减额一致',
  severity: 'error',
  group: 'narrative',
  description: '上年数 = 本年数 − 增减额；增减幅度 = 增减额 ÷ 上年数 × 100',
  messages: {
    rate: '情况说明“{section}”（{where}）“{excerpt}”：本年 {current}，上年 {prior}，变动 {delta} ÷ {prior} × 100 = {expected}%，文中写 {printed}%',
    delta: '情况说明“{section}”（{where}）“{excerpt}”：本年 {current} − 上年 {prior} = {expected}，文中写 {printed}',
  },
  check(ctx) {
    const a = analyzeNarrative(ctx.tables);
    if (!a) return;
    for (const y of a.yoys) {
      const prior = priorOf(y);
      if (prior === undefined || y.current === undefined) continue;
      const data = { section: SECTION_NAMES[y.section], where: where(y.at), excerpt: y.excerpt, current: y.current.toString(), prior: prior.toString() };
      if (y.prior !== undefined) {
        const change = y.current.minus(y.prior).abs();
        if (!change.toDecimalPlaces(y.delta.decimals).equals(y.delta.value)) {
          ctx.report({ messageId: 'delta', cells: [y.at], expected: change.toString(), actual: y.delta.value.toString(), data: { ...data, expected: change.toString(), printed: y.delta.text } });
          continue;
        }
      }
      if (prior.lessThanOrEqualTo(0)) continue; // zero base: N-YOY-3
      const expected = y.delta.value.dividedBy(prior).times(100);
      if (samePercent(y.rate.value, y.rate.decimals, expected)) continue;
      ctx.report({ messageId: 'rate', cells: [y.at], expected: pct2(expected), actual: y.rate.text, data: { ...data, delta: y.delta.value.toString(), expected: pct2(expected), printed: y.rate.text } });
    }
  },
});

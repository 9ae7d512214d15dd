import { indicatorName } from './support-indicators';
import { Decimal } from '../../money/decimal';
import { defineRule } from '../rule';
import { a1, at, natural, selfEvalsToCheck, subjectOf } from './support-self-eval';
import { parseQuantity } from './support-quantity';

const ONE_STEP = new Decimal('0.01');

/**
 * 财预〔2020〕10号 定量指标评分: 达到年度指标值得满分 (偏离过大时可酌减); 未达到按 完成值/指标值 × 分值,
 * 反向指标 (≤) 按 指标值/完成值 × 分值.
 */
export const peQuantitativeScores = defineRule({
  code: 'PE-14',
  title: '定量指标得分与完成值相符',
  severity: 'warning',
  group: 'performance',
  description: '项目支出绩效自评表：定量指标完成值达到指标值应得满分；未达到时得分 = 分值 × 完成值 / 指标值（反向指标为 指标值 / 完成值）',
  messages: {
    full: '{subject}：{name}完成值“{actual}”达到指标值“{target}”，应得满分 {weight}，表中得分 {scoreCell} = {score}',
    partial: '{subject}：{name}完成值“{actual}”未达到指标值“{target}”，按 {formula} 应得 {expected}，表中得分 {scoreCell} = {score}',
  },
  check(ctx) {
    for (const pe of selfEvalsToCheck(ctx, '汇总表没有绩效指标')) {
      const subject = subjectOf(pe);
      for (const i of pe.indicators) {
        const targetText = i.adjustedTarget || i.initialTarget;
        const target = parseQuantity(targetText);
        const actual = parseQuantity(i.actual);
        if (!target || !actual || target.unit !== actual.unit) continue;
        if (i.weight.kind !== 'number' || i.score.kind !== 'number') continue;
        const weight = i.weight.value;
        const score = i.score.value;
        const data = { subject, name: indicatorName(i), actual: i.actual, target: targetText, weight: natural(weight), scoreCell: a1(i.score), score: natural(score) };
        const cells = [i.score, i.weight, at(pe, i.level3)];
        const reverse = target.direction === 'le';
        const met = reverse ? actual.value.lessThanOrEqualTo(target.value) : actual.value.greaterThanOrEqualTo(target.value);
        if (met) {
          // Beyond the target the score may be reduced for the deviation (指标设置过低): only equal-to-target must score full.
          if (score.equals(weight) || !actual.value.equals(target.value)) continue;
          ctx.report({ messageId: 'full', cells, data, expected: weight, actual: score, difference: weight.minus(score).abs() });
          continue;
        }
        const [num, den] = reverse ? [target.value, actual.value] : [actual.value, target.value];
        if (den.isZero()) continue;
        const exact = weight.times(num).dividedBy(den);
        const expected = exact.toDecimalPlaces(2);
        if (score.minus(exact).abs().lessThanOrEqualTo(ONE_STEP) || exact.toDecimalPlaces(i.score.decimals).equals(score)) continue;
        ctx.report({
          messageId: 'partial',
          cells,
          data: { ...data, formula: `${natural(weight)} × ${natural(num)} / ${natural(den)}`, expected: natural(expected) },
          expected,
          actual: score,
          difference: score.minus(expected).abs(),
        });
      }
    }
  },
});

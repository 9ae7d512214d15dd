import { Decimal } from '../../money/decimal';
import type { ValueCell } from '../../values/value-cell';
import { defineRule, type RuleContext } from '../rule';
import { indicatorName } from './support-indicators';
import { a1, fundLabel, natural, selfEvalsToCheck, subjectOf, unreadable } from './support-self-eval';

interface Bounded {
  subject: string;
  name: string;
  score: ValueCell | undefined;
  /** The 分值 cell, or the fixed maximum (10 for 预算执行, 100 for 总分). */
  max: ValueCell | number;
}

function checkBounds(ctx: RuleContext<'above' | 'negative'>, b: Bounded): void {
  const { score } = b;
  if (!score || score.kind !== 'number') return;
  const cells = typeof b.max === 'number' ? [score] : [score, b.max];
  const data = { subject: b.subject, name: b.name, scoreCell: a1(score), actual: natural(score.value) };
  if (score.value.isNegative()) {
    ctx.report({ messageId: 'negative', cells, data, actual: score.value, expected: '≥ 0' });
    return;
  }
  const max = typeof b.max === 'number' ? new Decimal(b.max) : b.max.value;
  if (score.value.lessThanOrEqualTo(max)) return;
  const maxName = typeof b.max === 'number' ? `满分 ${b.max}` : `分值 ${a1(b.max)} = ${natural(max)}`;
  ctx.report({ messageId: 'above', cells, data: { ...data, maxName, difference: natural(score.value.minus(max)) }, actual: score.value, expected: max, difference: score.value.minus(max) });
}

/** 财预〔2020〕10号 评分: every 得分 lies between 0 and its 分值 (预算执行 10, 总分 100). */
export const peScoreRange = defineRule({
  code: 'PE-6',
  title: '得分不超过分值且不为负',
  severity: 'error',
  group: 'performance',
  description: '项目支出绩效自评表：每项得分 ≥ 0 且 ≤ 其分值；预算执行得分 ≤ 10，总分 ≤ 100',
  messages: {
    above: '{subject}：{name}得分 {scoreCell} = {actual} 超过{maxName}，超出 {difference}',
    negative: '{subject}：{name}得分 {scoreCell} = {actual}，不应为负数',
  },
  check(ctx) {
    for (const pe of selfEvalsToCheck(ctx)) {
      const subject = subjectOf(pe);
      if (pe.variant === 'summary') {
        if (!pe.total) ctx.unchecked(`${subject}：未找到“自评得分”栏`, pe.sheet);
        checkBounds(ctx, { subject, name: '自评', score: pe.total, max: 100 });
        continue;
      }
      const bad = pe.indicators.flatMap((i) => [i.weight, i.score]).find(unreadable);
      if (bad) ctx.unchecked(`${subject}：${a1(bad)} 的内容“${bad.text}”不是数字`, pe.sheet);
      for (const i of pe.indicators) {
        if (i.weight.kind === 'text' || i.weight.kind === 'error' || i.weight.kind === 'na') continue;
        checkBounds(ctx, { subject, name: indicatorName(i), score: i.score, max: i.weight });
      }
      pe.funds.forEach((fund, k) => checkBounds(ctx, { subject, name: `${fundLabel(fund, k)}预算执行`, score: fund.score, max: 10 }));
      checkBounds(ctx, { subject, name: '总分', score: pe.total, max: 100 });
    }
  },
});

import { Decimal } from '../../money/decimal';
import { defineRule } from '../rule';
import { a1, executionRate, executionScore, fundLabel, numberOf, selfEvalsToCheck, shown, subjectOf, unreadable } from './support-self-eval';

const ONE_STEP = new Decimal('0.01');

/**
 * 财预〔2020〕10号 预算执行率 分值 10: 得分 = min(执行率, 100%) × 10, two decimals, from the
 * unrounded rate (the cap at 10 follows “得分不超过分值”).
 */
export const peExecutionScore = defineRule({
  code: 'PE-2',
  title: '预算执行得分等于执行率乘以分值',
  severity: 'error',
  group: 'performance',
  description: '项目支出绩效自评表：预算执行得分 = min(全年执行数 / 全年预算数, 100%) × 10，保留两位小数',
  messages: {
    score: '{subject}{line}：得分 {scoreCell} = {actual} ≠ min({executed} / {budget}, 100%) × 10 = {expected}，差 {difference}{verdict}',
  },
  check(ctx) {
    for (const pe of selfEvalsToCheck(ctx, '汇总表没有预算执行得分栏')) {
      const subject = subjectOf(pe);
      pe.funds.forEach((fund, i) => {
        const { annualBudget: budgetCell, executed: executedCell, score: scoreCell } = fund;
        if (!budgetCell || !executedCell || !scoreCell) {
          if (i === 0) ctx.unchecked(`${subject}：未找到“全年预算数”“全年执行数”或“得分”栏`, pe.sheet);
          return;
        }
        const line = fundLabel(fund, i);
        const bad = [budgetCell, executedCell, scoreCell].find(unreadable);
        if (bad) return ctx.unchecked(`${subject}${line}：${a1(bad)} 的内容“${bad.text}”不是数字`, pe.sheet);
        // 全年预算数 0: PE-1 reports that the rate cannot be computed.
        if (budgetCell.value.isZero()) return;
        const rate = executionRate(executedCell.value, budgetCell.value);
        const expected = executionScore(rate).toDecimalPlaces(2);
        const typed = numberOf(scoreCell);
        const data = { subject, line, scoreCell: a1(scoreCell), executed: executedCell.text || '0', budget: budgetCell.text, expected: shown(expected, 2) };
        // A blank 得分 is a derived cell left for the fill (“未填，可填充为 …”), not an error;
        // PE-7 and PE-8 take the score a source line carries, or the one the rate gives.
        if (typed === undefined) return;
        const difference = typed.minus(expected).abs();
        if (difference.isZero()) return;
        // 0.01: the score computed from the printed (rounded) rate instead of the unrounded one.
        const rounding = difference.lessThanOrEqualTo(ONE_STEP);
        ctx.report({
          messageId: 'score',
          severity: rounding ? 'info' : 'error',
          cells: [scoreCell, executedCell, budgetCell],
          data: { ...data, actual: scoreCell.text, difference: shown(difference, 2), verdict: rounding ? '，在尾差范围 0.01 内' : '' },
          expected,
          actual: typed,
          difference,
          tolerance: ONE_STEP,
          rounding,
        });
      });
    }
  },
});

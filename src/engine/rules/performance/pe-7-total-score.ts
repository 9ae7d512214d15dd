import { Decimal, ZERO } from '../../money/decimal';
import type { ValueCell } from '../../values/value-cell';
import { defineRule } from '../rule';
import { executionScoreOf, scoresExecutionInFunds, type ExecutionScore } from './support-indicators';
import { a1, natural, selfEvalsToCheck, subjectOf, unreadable } from './support-self-eval';

const ONE_STEP = new Decimal('0.01');

/** “预算执行得分 I7”, or where the score came from when 资金总额's 得分 is blank. */
export function executionName(score: ExecutionScore): string {
  if (score.source === 'sourceRow') return `预算执行得分（资金总额未填，取${score.line ?? '资金来源行'} ${a1(score.cell)}）`;
  if (score.source === 'computed') return `预算执行得分（${a1(score.cell)} 未填，按执行率计算）`;
  return `预算执行得分 ${a1(score.cell)}`;
}

/** 财预〔2020〕10号 自评表: 总分 = Σ 三级指标得分 + 预算执行率得分 (满分 100). */
export const peTotalScore = defineRule({
  code: 'PE-7',
  title: '总分等于各项得分之和',
  severity: 'error',
  group: 'performance',
  description: '项目支出绩效自评表：总分 = 三级指标得分合计 + 预算执行得分',
  messages: {
    total: '{subject}：总分 {totalCell} = {actual} ≠ 三级指标得分合计 {indicatorSum}{execution} = {expected}，差 {difference}{verdict}',
  },
  check(ctx) {
    for (const pe of selfEvalsToCheck(ctx, '汇总表只有自评得分，没有各项得分')) {
      const subject = subjectOf(pe);
      if (pe.indicators.length === 0 || pe.total?.kind !== 'number') {
        ctx.unchecked(`${subject}：${pe.indicators.length === 0 ? '未读到绩效指标' : '未读到总分'}`, pe.sheet);
        continue;
      }
      const fundScore = executionScoreOf(pe);
      const scores: ValueCell[] = pe.indicators.map((i) => i.score);
      const inFunds = scoresExecutionInFunds(pe) ? pe.funds[0].score : undefined;
      const bad = [pe.total, fundScore ? undefined : inFunds, ...scores].find(unreadable);
      if (bad) {
        ctx.unchecked(`${subject}：${a1(bad)} 的内容“${bad.text}”不是数字`, pe.sheet);
        continue;
      }
      const indicatorSum = scores.reduce((acc, s) => acc.plus(s.value), ZERO);
      const expected = indicatorSum.plus(fundScore?.value ?? ZERO);
      const execution = fundScore ? ` + ${executionName(fundScore)} = ${natural(indicatorSum)} + ${natural(fundScore.value)}` : '';
      const data = { subject, indicatorSum: natural(indicatorSum), execution, expected: natural(expected) };
      // Every score cell is named: lowering any one of them breaks this identity.
      const parts = fundScore ? [fundScore.cell, ...scores] : scores;
      const actual = pe.total.value;
      const difference = actual.minus(expected).abs();
      if (difference.isZero()) continue;
      // 0.01: a total added from unrounded scores (7.7578 + 86.8 = 94.5578 → 94.56).
      const rounding = difference.lessThanOrEqualTo(ONE_STEP);
      ctx.report({
        messageId: 'total',
        severity: rounding ? 'info' : 'error',
        cells: [pe.total, ...parts],
        data: { ...data, totalCell: a1(pe.total), actual: natural(actual), difference: natural(difference), verdict: rounding ? '，在尾差范围 0.01 内' : '' },
        expected,
        actual,
        difference,
        tolerance: ONE_STEP,
        rounding,
      });
    }
  },
});

import { Decimal } from '../../money/decimal';
import { defineRule } from '../rule';
import { a1, executionRate, fundLabel, numberOf, shown, subjectOf, selfEvalsToCheck, truncate, unreadable } from './support-self-eval';

/**
 * 山西 自评表 备注4 “执行率是执行数与全年预算数相比较”: 执行率 = 全年执行数 / 全年预算数 × 100,
 * 四舍五入 to the decimals printed (domain-rules §3.5: ±1 in the last of 2 decimals is 尾差).
 */
export const peExecutionRate = defineRule({
  code: 'PE-1',
  title: '执行率等于全年执行数除以全年预算数',
  severity: 'error',
  group: 'performance',
  description: '项目支出绩效自评表：执行率 = 全年执行数 / 全年预算数 × 100%（四舍五入到所印小数位）；全年预算数为 0 时执行率无法计算',
  messages: {
    rate: '{subject}{line}：执行率 {rateCell} = {actual}% ≠ 全年执行数 {executedCell} / 全年预算数 {budgetCell} × 100 = {executed} / {budget} × 100 = {exact}%{rounded}，差 {difference} 个百分点{verdict}',
    truncated: '{subject}{line}：执行率 {rateCell} = {actual}%，而 {executed} / {budget} × 100 = {exact}%，四舍五入应为 {expected}%（所印为截断值）',
    noBudget: '{subject}{line}：全年预算数 {budgetCell} 为 0，执行率无法计算（全年执行数 {executedCell} = {executed}，执行率 {rateCell} 填“{rate}”）',
    missingRate: '{subject}{line}：执行率 {rateCell} 未填，按 {executed} / {budget} × 100 应为 {expected}%',
  },
  check(ctx) {
    for (const pe of selfEvalsToCheck(ctx)) {
      const subject = subjectOf(pe);
      if (pe.funds.length === 0) ctx.unchecked(`${subject}：未读到项目资金行`, pe.sheet);
      pe.funds.forEach((fund, i) => {
        const { annualBudget: budgetCell, executed: executedCell, rate: rateCell } = fund;
        if (!budgetCell || !executedCell || !rateCell) {
          if (i === 0) ctx.unchecked(`${subject}：未找到“全年预算数”“全年执行数”或“执行率”栏`, pe.sheet);
          return;
        }
        const line = fundLabel(fund, i);
        const bad = [budgetCell, executedCell, rateCell].find(unreadable);
        if (bad) return ctx.unchecked(`${subject}${line}：${a1(bad)} 的内容“${bad.text}”不是数字`, pe.sheet);
        const budget = budgetCell.value;
        const executed = executedCell.value;
        const typed = numberOf(rateCell);
        const base = { subject, line, rateCell: a1(rateCell), budgetCell: a1(budgetCell), executedCell: a1(executedCell), budget: budgetCell.text || '0', executed: executedCell.text || '0' };
        if (budget.isZero()) {
          // Nothing to compute: a blank source line, or spending without a budget.
          if (executed.isZero() && (typed === undefined || typed.isZero())) return;
          ctx.report({ messageId: 'noBudget', severity: executed.isZero() ? 'warning' : 'error', cells: [budgetCell, executedCell, rateCell], data: { ...base, rate: rateCell.text } });
          return;
        }
        const exact = executionRate(executed, budget);
        if (typed === undefined) {
          // Source lines may leave 执行率 blank; 资金总额 must show it.
          if (i > 0 && (rateCell.kind === 'blank' || rateCell.kind === 'na')) return;
          const expected = exact.toDecimalPlaces(2);
          ctx.report({ messageId: 'missingRate', cells: [rateCell, executedCell, budgetCell], data: { ...base, expected: shown(expected, 2) }, expected });
          return;
        }
        const decimals = Math.min(rateCell.decimals, 4);
        const printed = typed.toDecimalPlaces(decimals);
        const expected = exact.toDecimalPlaces(decimals);
        const difference = printed.minus(expected).abs();
        if (difference.isZero()) return;
        const step = new Decimal(10).pow(-decimals);
        const isTruncated = printed.equals(truncate(exact, decimals));
        if (isTruncated && difference.lessThanOrEqualTo(step)) {
          ctx.report({
            messageId: 'truncated',
            severity: 'info',
            cells: [rateCell, executedCell, budgetCell],
            data: { ...base, actual: rateCell.text.replace(/%$/, ''), exact: shown(exact, 4), expected: shown(expected, decimals) },
            expected,
            actual: printed,
            difference,
            rounding: true,
          });
          return;
        }
        const rounding = decimals >= 2 && difference.lessThanOrEqualTo(step);
        ctx.report({
          messageId: 'rate',
          severity: rounding ? 'info' : 'error',
          cells: [rateCell, executedCell, budgetCell],
          data: {
            ...base,
            actual: rateCell.text.replace(/%$/, ''),
            exact: shown(exact.toDecimalPlaces(Math.max(decimals, 2)), Math.max(decimals, 2)),
            rounded: decimals < 2 ? `（按所印 ${decimals} 位小数为 ${shown(expected, decimals)}%）` : '',
            difference: shown(difference, decimals),
            verdict: rounding ? `，在尾差范围 ${shown(step, decimals)} 内` : '',
          },
          expected,
          actual: printed,
          difference,
          tolerance: step,
          rounding,
        });
      });
    }
  },
});

import { toA1 } from '../../model/address';
import { ZERO } from '../../money/decimal';
import type { ValueCell } from '../../values/value-cell';
import { defineRule } from '../rule';
import { a1, at, initialBudget, executionRate, natural, selfEvalsToCheck, shown, subjectOf, truncate } from './support-self-eval';
import { fundsStatements, halfStep, listedTotals, type QuotedNumber } from './support-text-figures';

type Match = 'exact' | 'rounded' | 'none';

/** A quoted 万元 figure against a table cell: equal, equal once the cell is rounded to the words' decimals, or not. */
function compare(quoted: QuotedNumber, cell: ValueCell): Match {
  if (quoted.value.equals(cell.value)) return 'exact';
  if (quoted.decimals < cell.decimals && cell.value.toDecimalPlaces(quoted.decimals).equals(quoted.value)) return 'rounded';
  // 781,943.33 元 beside a table of 78.194 万元: the table is the rounded one.
  if (quoted.decimals > cell.decimals && quoted.value.toDecimalPlaces(cell.decimals).equals(cell.value)) return 'rounded';
  return 'none';
}

/**
 * domain-rules §3.4: figures quoted in the 自评表 words (预算 X 万元, 实际执行 Y 万元, 执行率 Z%,
 * “共计 T 万元，具体为 a、b、c”) must agree with the funds block and with themselves.
 */
export const peQuotedFigures = defineRule({
  code: 'PE-10',
  title: '分析文字所引金额与自评表一致',
  severity: 'warning',
  group: 'performance',
  description: '项目支出绩效自评表：年度目标、实际完成情况和自评分析中所写的预算数、执行数、执行率应与资金表一致；“共计”金额应等于所列各项之和',
  messages: {
    figure: '{subject}：{label} {textCell} 写“{quote}”，与表中{tableName} {tableCell} = {tableValue} 不符',
    truncated: '{subject}：{label} {textCell} 写“{quote}”，而 {executed} / {budget} × 100 = {exact}%，四舍五入应为 {expected}%（所写为截断值）',
    ownRate: '{subject}：{label} {textCell} 写“{quote}”，与文中 {executed} / {budget} × 100 = {expected}% 不符',
    listSum: '{subject}：{label} {textCell} 写“{quote}”，所列各项 {expression} = {sum} 万元，差 {difference} 万元{open}',
  },
  check(ctx) {
    for (const pe of selfEvalsToCheck(ctx, '汇总表没有分析文字')) {
      const subject = subjectOf(pe);
      const fund = pe.funds[0];
      const budgetCell = fund?.annualBudget;
      const executedCell = fund?.executed;
      const initialCell = fund && initialBudget(ctx, pe, fund);
      for (const s of fundsStatements(ctx, pe)) {
        const base = { subject, label: s.label, textCell: toA1(s.text.pos) };
        const where = at(pe, s.text);
        const against = (quoted: QuotedNumber, candidates: [ValueCell | undefined, string][]) => {
          const usable = candidates.filter((c): c is [ValueCell, string] => c[0]?.kind === 'number');
          if (usable.length === 0) return;
          const results = usable.map(([cell, name]) => ({ cell, name, match: compare(quoted, cell) }));
          // A figure rounded correctly to the decimals the words use (57.5 for 57.466) is fine.
          if (results.some((r) => r.match !== 'none')) return;
          const shownCell = results[0];
          ctx.report({
            messageId: 'figure',
            cells: [where, shownCell.cell],
            data: { ...base, quote: quoted.quote, tableName: shownCell.name, tableCell: a1(shownCell.cell), tableValue: `${shownCell.cell.text} 万元` },
            expected: shownCell.cell.value,
            actual: quoted.value,
            difference: quoted.value.minus(shownCell.cell.value).abs(),
          });
        };
        if (s.budget) {
          const annual: [ValueCell | undefined, string] = [budgetCell, '全年预算数'];
          const initial: [ValueCell | undefined, string] = [initialCell, '年初预算数'];
          against(s.budget, s.budget.basis === 'annual' ? [annual] : s.budget.basis === 'initial' ? [initial] : [annual, initial]);
        }
        if (s.executed) against(s.executed, [[executedCell, '全年执行数']]);
        if (s.rate && fund?.rate?.kind === 'number' && budgetCell?.kind === 'number' && executedCell && !budgetCell.value.isZero()) {
          const q = s.rate;
          const tableExact = executionRate(executedCell.value, budgetCell.value);
          const agrees = q.value.equals(fund.rate.value) || q.value.equals(tableExact.toDecimalPlaces(q.decimals));
          if (!agrees) {
            ctx.report({
              messageId: 'figure',
              cells: [where, fund.rate, executedCell, budgetCell],
              data: { ...base, quote: q.quote, tableName: '执行率', tableCell: a1(fund.rate), tableValue: `${natural(fund.rate.value)}%` },
              expected: fund.rate.value,
              actual: q.value,
              difference: q.value.minus(fund.rate.value).abs(),
            });
          }
        }
        // The words against themselves: 执行率 = 所写执行数 / 所写预算数.
        if (s.rate && s.budget && s.executed && !s.budget.value.isZero()) {
          const exact = executionRate(s.executed.value, s.budget.value);
          const expected = exact.toDecimalPlaces(s.rate.decimals);
          if (!expected.equals(s.rate.value)) {
            const truncated = truncate(exact, s.rate.decimals).equals(s.rate.value);
            ctx.report({
              messageId: truncated ? 'truncated' : 'ownRate',
              severity: truncated ? 'info' : 'warning',
              cells: [where],
              data: { ...base, quote: s.rate.quote, executed: natural(s.executed.value), budget: natural(s.budget.value), exact: shown(exact, 4), expected: shown(expected, s.rate.decimals) },
              expected,
              actual: s.rate.value,
              difference: s.rate.value.minus(expected).abs(),
              rounding: truncated,
            });
          }
        }
      }
      for (const list of listedTotals(ctx, pe)) {
        const sum = list.parts.reduce((acc, p) => acc.plus(p.value), ZERO);
        const difference = list.total.value.minus(sum).abs();
        const tolerance = list.parts.reduce((acc, p) => acc.plus(halfStep(p.decimals)), halfStep(list.total.decimals));
        if (difference.lessThanOrEqualTo(tolerance)) continue;
        // “…等”: the list says it is not complete, so a gap is a question, not a contradiction.
        ctx.report({
          messageId: 'listSum',
          severity: list.open ? 'info' : 'warning',
          cells: [at(pe, list.text)],
          data: {
            subject,
            label: list.label,
            textCell: toA1(list.text.pos),
            quote: list.total.quote,
            expression: list.parts.map((p) => natural(p.value)).join(' + '),
            sum: natural(sum),
            difference: natural(difference),
            open: list.open ? '（列举以“等”结尾，如另有项目请写明）' : '',
          },
          expected: sum,
          actual: list.total.value,
          difference,
          tolerance,
        });
      }
    }
  },
});

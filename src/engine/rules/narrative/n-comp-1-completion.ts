import { analyzeNarrative } from '../../narrative/check/analyze';
import { percentOf, samePercent } from '../../narrative/check/printed';
import { defineRule } from '../rule';
import { cellsOf, pct2, SECTION_NAMES, where } from './support-narrative';

/** §5.3 N-COMP-1: 完成预算% = 决算 ÷ 预算 × 100 (not (预算 − 决算) ÷ 预算); a zero budget has no rate (§7 000-13, 004-9). */
export const nComp1Completion = defineRule({
  code: 'N-COMP-1',
  title: '完成预算比例等于决算除以预算',
  severity: 'error',
  group: 'narrative',
  description: '“完成年初预算的x%” = 决算数 ÷ 预算数 × 100',
  messages: {
    rate: '情况说明“{section}”（{where}）：决算 {actual} ÷ 预算 {budget} × 100 = {expected}%，文中写 {printed}%{hint}',
    zeroBudget: '情况说明“{section}”（{where}）：预算为 0，“完成预算的{printed}%”无从计算，宜写“无预算”或“本年度无此项支出”',
  },
  check(ctx) {
    const a = analyzeNarrative(ctx.tables);
    if (!a) return;
    let zeroReported = new Set<string>();
    for (const c of a.completions) {
      if (c.budget === undefined || c.actual === undefined) continue;
      const expected = percentOf(c.actual, c.budget);
      if (expected === undefined) {
        // One note per section: seeds print “完成全年预算的0%” for every 三公 item.
        if (zeroReported.has(c.section)) continue;
        zeroReported = new Set([...zeroReported, c.section]);
        ctx.report({ messageId: 'zeroBudget', severity: 'info', cells: cellsOf(c.at, c.budgetCells), data: { section: SECTION_NAMES[c.section], where: where(c.at), printed: c.rate.text } });
        continue;
      }
      if (samePercent(c.rate.value, c.rate.decimals, expected)) continue;
      const wrongFormula = percentOf(c.budget.minus(c.actual), c.budget);
      const hint = wrongFormula && samePercent(c.rate.value, c.rate.decimals, wrongFormula) ? '（文中的数是 (预算 − 决算) ÷ 预算）' : '';
      ctx.report({
        messageId: 'rate',
        cells: cellsOf(c.at, c.budgetCells),
        expected: pct2(expected),
        actual: c.rate.text,
        data: { section: SECTION_NAMES[c.section], where: where(c.at), actual: c.actual.toString(), budget: c.budget.toString(), expected: pct2(expected), printed: c.rate.text, hint },
      });
    }
  },
});

import { ZERO } from '../../money/decimal';
import type { Table } from '../../tables/table';
import { defineRule } from '../rule';
import { amountIn, commonUnit, decimalsOf, show } from '../support/amounts';
import { cellName } from '../support/cell-ref';
import { usable, type Term } from '../support/identity';
import { codeTerm, needTables } from './support-cross';

/** 经济分类 items of 基本支出 and the 功能分类 项 that usually carry the same money (basic column of 05表). */
const PAIRS: { econ: string[]; func: string[] }[] = [
  { econ: ['30108'], func: ['2080505'] }, // 机关事业单位基本养老保险缴费
  { econ: ['30109'], func: ['2080506'] }, // 职业年金缴费
  { econ: ['30110'], func: ['2101101', '2101102'] }, // 职工基本医疗保险缴费 ≈ 行政/事业单位医疗
  { econ: ['30111'], func: ['2101103'] }, // 公务员医疗补助
  { econ: ['30113'], func: ['2210201'] }, // 住房公积金
  { econ: ['30302', '30301'], func: ['2080501', '2080502', '2080599'] }, // 退休费、离休费 ≈ 离退休、其他养老
];

function terms(table: Table, codes: string[], col: number): Term[] {
  return codes.filter((c) => table.code(c)).map((c) => codeTerm(table, c, col));
}

/**
 * 功能分类 ↔ 经济分类 plausibility (domain-rules §4.10 X-16). The two classifications need not map
 * one to one, so a difference is only an info; a pair is compared when both sides are printed
 * (seed 004 pays 职业年金 without a 2080506 row, which says nothing).
 */
export const x16FunctionEconomic = defineRule({
  code: 'X-16',
  title: '经济分类与功能分类对应科目大致相符',
  severity: 'info',
  group: 'cross-table',
  description: '基本支出明细与一般公共预算基本支出的对应科目应大致相等：30108≈2080505，30109≈2080506，30110≈2101101+2101102，30111≈2101103，30113≈2210201，30302(+30301)≈2080501/2080502/2080599',
  messages: {
    differs: '{subject}：经济分类 {econName} = {econ} 与功能分类 {funcName} = {func} 相差 {difference}（两种分类不必一一对应，请核实）',
  },
  check(ctx) {
    const tables = needTables(ctx, ['T05', 'T06'], '经济分类与功能分类的对应关系');
    if (!tables) return;
    const [t05, t06] = tables;
    const econCol = t06.variant === '2022' ? 2 : 1;
    for (const pair of PAIRS) {
      const econ = terms(t06, pair.econ, econCol);
      const func = terms(t05, pair.func, 2);
      if (econ.length === 0 || func.length === 0) continue;
      const subject = `${pair.econ.join('+')} 与 ${pair.func.join('/')}`;
      if (!usable(ctx, subject, [...econ, ...func])) continue;
      const cells = [...econ, ...func].map((t) => t.cell!);
      const unit = commonUnit(cells);
      const econSum = econ.reduce((a, t) => a.plus(amountIn(t.cell!, unit)), ZERO);
      const funcSum = func.reduce((a, t) => a.plus(amountIn(t.cell!, unit)), ZERO);
      const difference = econSum.minus(funcSum).abs();
      if (difference.isZero()) continue;
      const decimals = decimalsOf(cells);
      const names = (list: Term[]) => list.map((t) => `${t.name} ${cellName(t.cell!, cells[0].sheet)}`).join(' + ');
      ctx.report({
        messageId: 'differs',
        cells: cells.filter((c) => c.kind === 'number'),
        data: { subject, econName: names(econ), econ: show(econSum, decimals), funcName: names(func), func: show(funcSum, decimals), difference: show(difference, decimals) },
        expected: funcSum,
        actual: econSum,
        difference,
      });
    }
  },
});

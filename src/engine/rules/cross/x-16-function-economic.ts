import { ZERO } from '../../money/decimal';
import type { Table } from '../../tables/table';
import { defineRule } from '../rule';
import { amountIn, commonUnit, decimalsOf, show } from '../support/amounts';
import { cellName } from '../support/cell-ref';
import { usable, type Term } from '../support/identity';
import { codeTerm, needTables } from './support-cross';

interface Pair {
  econ: string[];
  func: string[];
}

/**
 * 经济分类 items of 基本支出 and the 功能分类 项 that usually carry the same money (basic column of
 * 05表), in families whose pairs can absorb each other's money: a unit without a 2080506 row pays
 * 职业年金 under 2080505, one without 2101103 pays 公务员医疗补助 under 行政单位医疗.
 */
const FAMILIES: Pair[][] = [
  [
    { econ: ['30108'], func: ['2080505'] }, // 机关事业单位基本养老保险缴费
    { econ: ['30109'], func: ['2080506'] }, // 职业年金缴费
  ],
  [
    { econ: ['30110'], func: ['2101101', '2101102'] }, // 职工基本医疗保险缴费 ≈ 行政/事业单位医疗
    { econ: ['30111'], func: ['2101103'] }, // 公务员医疗补助
  ],
  [{ econ: ['30113'], func: ['2210201'] }], // 住房公积金
  [{ econ: ['30302', '30301'], func: ['2080501', '2080502', '2080599'] }], // 退休费、离休费 ≈ 离退休、其他养老
];

function terms(table: Table, codes: string[], col: number): Term[] {
  return codes.filter((c) => table.code(c)).map((c) => codeTerm(table, c, col));
}

function hasMoney(table: Table, codes: string[], col: number): boolean {
  return codes.some((c) => {
    const cell = table.value(c, col);
    return cell?.kind === 'number' && !cell.value.isZero();
  });
}

/**
 * A pair is complete when money on either side has its row on the other: 30109 paid without a
 * 2080506 row sits in some other 项 (2080505 or 2080599), so neither it nor its siblings can be
 * compared; the first incomplete pair of a family is returned.
 */
function incompletePair(family: Pair[], t06: Table, econCol: number, t05: Table): Pair | undefined {
  return family.find((p) => (hasMoney(t06, p.econ, econCol) && !p.func.some((c) => t05.code(c))) || (hasMoney(t05, p.func, 2) && !p.econ.some((c) => t06.code(c))));
}

/**
 * 功能分类 ↔ 经济分类 plausibility (domain-rules §4.10 X-16). The two classifications need not map
 * one to one, so a difference is only an info; a pair is compared when both sides are printed and
 * its family is complete (seed 004 pays 职业年金 without a 2080506 row: the 养老 family is not
 * compared), a many-to-one pair (30301+30302 ↔ 2080501/2080502/2080599) with all its parts.
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
    const complete = FAMILIES.filter((family) => {
      const gap = incompletePair(family, t06, econCol, t05);
      if (gap) ctx.unchecked(`${family.map((p) => `${p.econ.join('+')}↔${p.func.join('/')}`).join('、')}：${gap.econ.join('+')} 与 ${gap.func.join('/')} 只有一方列示，资金可能列在同组其他科目中，对应不完整，未比较`, t06.sheet);
      return !gap;
    });
    for (const pair of complete.flat()) {
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

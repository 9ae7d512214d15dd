import { toA1 } from '../../model/address';
import { analyzeNarrative } from '../../narrative/check/analyze';
import { sameAmount, shownIn } from '../../narrative/check/printed';
import { defineRule } from '../rule';
import { cellsOf, SECTION_NAMES, where } from './support-narrative';

/**
 * §5.3 N-AMT-1, §3 rule 4: an amount the narrative gives for a table quantity equals the table, in
 * any unit, at the coarser precision — 政府性基金 / 国有资本经营 against TGF / TSOC, and the
 * 中小企业 / 小微企业 amounts where the 相关信息统计表 holds them. Counts (购置公务用车 N 辆,
 * 保有量, 车辆数) equal the table that holds them; 保有量 against 车辆数合计 (all vehicles) is at
 * most that. 中小企业 ≤ 政府采购支出总额 and 小微企业 ≤ 中小企业.
 */
export const nAmt1Amounts = defineRule({
  code: 'N-AMT-1',
  title: '情况说明金额与表一致',
  severity: 'error',
  group: 'narrative',
  description: '情况说明中指明表中项目的金额，换算为表的单位并按较粗的精度取整后，等于表中数；车辆数等计数等于表中数；中小企业合同金额不大于政府采购支出总额，小微企业不大于中小企业',
  messages: {
    amount: '情况说明“{section}”（{where}）写{name} {actual}，表中为 {expected}',
    count: '情况说明“{section}”（{where}）写{name} {actual}，{table} {cell} 为 {expected}',
    countAbove: '情况说明“{section}”（{where}）写{name} {actual}，多于{table} {cell} 的 {expected}',
    exceeds: '情况说明“{section}”（{where}）写{name} {actual}，大于{limitName} {limit}',
  },
  check(ctx) {
    const a = analyzeNarrative(ctx.tables);
    if (!a) return;
    for (const m of a.amounts) {
      // A number without a unit is a unit problem (N-UNIT-1) when it matches in 元 or 万元.
      const ok = m.printed.unit ? sameAmount(m.printed, m.figure, a.unit) : (['元', '万元'] as const).some((u) => sameAmount(m.printed, m.figure, u));
      if (ok) continue;
      const unit = m.printed.unit ?? a.unit;
      ctx.report({
        messageId: 'amount',
        cells: cellsOf(m.at, m.figure),
        expected: shownIn(m.figure, unit),
        actual: m.printed.text,
        data: { section: SECTION_NAMES[m.section], where: where(m.at), name: m.name, actual: m.printed.text, expected: shownIn(m.figure, unit) },
      });
    }
    for (const c of a.counts) {
      const held = c.cell.value;
      const ok = c.relation === 'equal' ? c.printed.value.equals(held) : c.printed.value.lessThanOrEqualTo(held);
      if (ok) continue;
      const unit = c.name.includes('设备') ? '台（套）' : '辆';
      ctx.report({
        messageId: c.relation === 'equal' ? 'count' : 'countAbove',
        cells: [c.at, c.cell],
        expected: held.toFixed(0),
        actual: c.printed.text,
        difference: c.printed.value.minus(held).abs().toFixed(0),
        data: { section: SECTION_NAMES[c.section], where: where(c.at), name: c.name, actual: `${c.printed.text} ${unit}`, table: c.tableName, cell: `${c.cell.sheet}!${toA1(c.cell.pos)}`, expected: `${held.toFixed(0)} ${unit}` },
      });
    }
    for (const b of a.bounds) {
      if (!b.value.value.greaterThan(b.limit.value)) continue;
      ctx.report({
        messageId: 'exceeds',
        cells: cellsOf(b.at, b.value, b.limit),
        expected: `≤ ${b.limit.value.toDecimalPlaces(2).toFixed(2)}${a.unit}`,
        actual: b.printed.text,
        difference: b.value.value.minus(b.limit.value).toDecimalPlaces(2).toFixed(2),
        data: { section: SECTION_NAMES[b.section], where: where(b.at), name: b.name, actual: b.printed.text, limitName: b.limitName, limit: `${b.limit.value.toDecimalPlaces(2).toFixed(2)}${a.unit}` },
      });
    }
  },
});

import { Decimal, ZERO } from '../../money/decimal';
import type { Indicator } from '../../tables/self-eval';
import { defineRule } from '../rule';
import { groupOf, indicatorName, isExecutionIndicator, isMisgrouped, printedGroupOf, scoresExecutionInFunds, standardGroupOf, type IndicatorGroup } from './support-indicators';
import { a1, natural, selfEvalsToCheck, subjectOf, unreadable } from './support-self-eval';

/** 财预〔2020〕10号: 产出 50%、效益 30%、服务对象满意度 10%、预算执行率 10%. */
const SPLIT: [IndicatorGroup, number][] = [
  ['产出', 50],
  ['效益', 30],
  ['满意度', 10],
];

function total(indicators: Indicator[]): Decimal {
  return indicators.reduce((acc, i) => acc.plus(i.weight.value), ZERO);
}

function expression(indicators: Indicator[]): string {
  const terms = indicators.map((i) => i.weight.text || '0');
  return terms.length <= 12 ? terms.join(' + ') : `${terms.slice(0, 11).join(' + ')} + … + ${terms[terms.length - 1]}`;
}

/**
 * 财预〔2020〕10号 原则上 权重: Σ 三级指标分值 = 90 (100 less 10 for 预算执行率), split
 * 产出 50 / 效益 30 / 满意度 10; without a 满意度 indicator its weight moves to 产出/效益.
 */
export const peIndicatorWeights = defineRule({
  code: 'PE-5',
  title: '三级指标分值合计为90分',
  severity: 'error',
  group: 'performance',
  description: '项目支出绩效自评表：三级指标分值合计 = 90（预算执行率另占 10 分）；原则上产出指标 50、效益指标 30、满意度指标 10',
  messages: {
    sum: '{subject}：三级指标分值合计 {expression} = {actual}，应为 {expected}（{basis}），差 {difference}',
    split: '{subject}：{group}指标分值合计 {expression} = {actual}，原则上应为 {expected}（产出 50、效益 30、满意度 10）',
    misgrouped: '{subject}：{name}（{cell}，分值 {weight}）的二级指标“{level2}”属于{expected}指标，却列在一级指标“{level1}”下；分值按{expected}指标计',
  },
  check(ctx) {
    for (const pe of selfEvalsToCheck(ctx, '汇总表没有绩效指标分值')) {
      const subject = subjectOf(pe);
      if (pe.indicators.length === 0) {
        ctx.unchecked(`${subject}：未读到绩效指标`, pe.sheet);
        continue;
      }
      const bad = pe.indicators.find((i) => unreadable(i.weight));
      if (bad) {
        ctx.unchecked(`${subject}：分值 ${a1(bad.weight)} 的内容“${bad.weight.text}”不是数字`, pe.sheet);
        continue;
      }
      const inFunds = scoresExecutionInFunds(pe);
      const expected = new Decimal(inFunds ? 90 : 100);
      const actual = total(pe.indicators);
      if (!actual.equals(expected)) {
        ctx.report({
          messageId: 'sum',
          cells: pe.indicators.map((i) => i.weight),
          data: {
            subject,
            expression: expression(pe.indicators),
            actual: natural(actual),
            expected: expected.toString(),
            basis: inFunds ? '100 分减预算执行率 10 分' : '预算执行率列在指标中，合计 100 分',
            difference: natural(actual.minus(expected).abs()),
          },
          expected,
          actual,
          difference: actual.minus(expected).abs(),
        });
      }
      const scored = pe.indicators.filter((i) => !isExecutionIndicator(i));
      // A row under the wrong 一级指标 is named as such; its weight counts where it belongs.
      for (const i of scored.filter(isMisgrouped)) {
        ctx.report({
          messageId: 'misgrouped',
          severity: 'warning',
          cells: [i.weight],
          data: { subject, name: indicatorName(i), cell: a1(i.weight), weight: i.weight.text || '0', level1: i.level1, level2: i.level2, expected: standardGroupOf(i)!, printed: printedGroupOf(i)! },
        });
      }
      const groups = new Map<IndicatorGroup, Indicator[]>();
      for (const i of scored) {
        const group = groupOf(i);
        if (!group) continue;
        groups.set(group, [...(groups.get(group) ?? []), i]);
      }
      // The default split applies only when all three first-level indicators are present.
      if (SPLIT.some(([g]) => !groups.has(g)) || scored.some((i) => !groupOf(i))) continue;
      for (const [group, weight] of SPLIT) {
        const members = groups.get(group)!;
        const sum = total(members);
        if (sum.equals(weight)) continue;
        ctx.report({
          messageId: 'split',
          severity: 'warning',
          cells: members.map((i) => i.weight),
          data: { subject, group, expression: expression(members), actual: natural(sum), expected: String(weight) },
          expected: new Decimal(weight),
          actual: sum,
          difference: sum.minus(weight).abs(),
        });
      }
    }
  },
});

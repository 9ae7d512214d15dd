import { defineRule } from '../rule';
import { indicatorName } from './support-indicators';
import { at, natural, selfEvalsToCheck, subjectOf } from './support-self-eval';

const NOT_FILLED = /^(未填报|未填写|未填|无|暂无|\/|[-—–]+)?$/;

/**
 * 财预〔2020〕10号: 成本 is one of the 产出 indicators, so a 成本指标 reading “未填报” has no
 * target to score against (seed 004 scores it 5/10: local practice, reported as info).
 */
export const peCostIndicator = defineRule({
  code: 'PE-13',
  title: '成本指标应填报',
  severity: 'info',
  group: 'performance',
  description: '项目支出绩效自评表：成本指标的指标值不应为“未填报”或空白',
  messages: {
    notFilled: '{subject}：{name}的指标值为“{target}”，没有可据以评分的目标，却计分值 {weight}、得分 {score}',
  },
  check(ctx) {
    for (const pe of selfEvalsToCheck(ctx, '汇总表没有绩效指标')) {
      for (const i of pe.indicators) {
        if (!/成本/.test(`${i.level1}${i.level2}`)) continue;
        const targets = [i.initialTarget, i.adjustedTarget].map((t) => t.replace(/\s+/g, ''));
        if (!targets.every((t) => NOT_FILLED.test(t))) continue;
        ctx.report({
          messageId: 'notFilled',
          cells: [at(pe, i.level3), i.weight, i.score],
          data: {
            subject: subjectOf(pe),
            name: indicatorName(i, '成本指标'),
            target: targets.find((t) => t) ?? '（空白）',
            weight: i.weight.kind === 'number' ? natural(i.weight.value) : i.weight.text || '（空白）',
            score: i.score.kind === 'number' ? natural(i.score.value) : i.score.text || '（空白）',
          },
        });
      }
    }
  },
});

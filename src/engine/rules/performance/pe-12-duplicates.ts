import type { SelfEval } from '../../tables/self-eval';
import { defineRule } from '../rule';
import { nameKey, sameFigures } from './support-duplicates';
import { at, allSelfEvalsToCheck, subjectOf } from './support-self-eval';

/** 部门决算 附件 自评表: one table per 项目; the same table twice inflates the counts of PE-11. */
export const peDuplicates = defineRule({
  code: 'PE-12',
  title: '自评表不重复',
  severity: 'warning',
  group: 'performance',
  description: '项目支出绩效自评表：同一项目名称、数字完全相同的自评表不应出现两次；同名而数字不同的自评表提示核实',
  messages: {
    duplicate: '{subject}：{place} 与 {firstPlace} 的项目名称和全部数字相同，自评表重复（其余检查只做一次，合计只计一次）',
    sameName: '{subject}：{place} 与 {firstPlace} 项目名称相同而数字不同，请核实是否为同一项目',
  },
  check(ctx) {
    const seen = new Map<string, SelfEval[]>();
    for (const pe of allSelfEvalsToCheck(ctx)) {
      const key = nameKey(pe);
      const earlier = seen.get(key) ?? [];
      const twin = earlier.find((e) => sameFigures(e, pe));
      const first = twin ?? earlier[0];
      if (first && pe.projectName && first.projectName) {
        ctx.report({
          messageId: twin ? 'duplicate' : 'sameName',
          severity: twin ? 'warning' : 'info',
          cells: [at(pe, pe.projectName), at(first, first.projectName)],
          data: { subject: subjectOf(pe), place: `${pe.sheet}!${at(pe, pe.projectName).cell}`, firstPlace: `${first.sheet}!${at(first, first.projectName).cell}` },
        });
      }
      seen.set(key, [...earlier, pe]);
    }
  },
});

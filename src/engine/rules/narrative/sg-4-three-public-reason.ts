import { analyzeNarrative } from '../../narrative/check/analyze';
import { figureOf } from '../../narrative/check/printed';
import { defineRule } from '../rule';
import { cellsOf, where } from './support-narrative';

/** SG-4: when the “三公” 决算 (栏次7) differs from the 预算 (栏次1), the narrative explains why. */
export const sg4ThreePublicReason = defineRule({
  code: 'SG-4',
  title: '“三公”经费决算与预算不同须说明原因',
  severity: 'warning',
  group: 'table',
  description: '“三公”经费决算数不等于预算数时，情况说明写明“决算数小于/大于预算数的主要原因”',
  messages: {
    noReason: '“三公”经费决算 {final} ≠ 预算 {budget}，情况说明“三公”经费部分（{where}）没有说明原因',
  },
  check(ctx) {
    const a = analyzeNarrative(ctx.tables);
    if (!a) return;
    const sections = [a.doc.sections.get('三公总体'), a.doc.sections.get('三公具体')].filter((s) => s !== undefined);
    if (sections.length === 0) return;
    const budget = figureOf([a.facts.t3g(1)], a.unit);
    const final = figureOf([a.facts.t3g(7)], a.unit);
    if (!budget || !final || budget.value.equals(final.value)) return;
    if (sections.some((s) => /原因/.test(s.text))) return;
    const at = sections[0].lines[0].at;
    ctx.report({ messageId: 'noReason', cells: cellsOf(at, final, budget), data: { final: final.value.toString(), budget: budget.value.toString(), where: where(at) } });
  },
});

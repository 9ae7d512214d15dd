import { analyzeNarrative, hasReason } from '../../narrative/check/analyze';
import type { SectionId } from '../../narrative/paragraph';
import { defineRule } from '../rule';
import { SECTION_NAMES, where } from './support-narrative';

/** The sections whose year-on-year change must be explained (§5.2 一, 四, 五（一）, 十（一）). */
const EXPLAINED: readonly SectionId[] = ['收入支出总体', '财政拨款收支总体', '一般公共预算总体', '机关运行经费'];

/** §5.3 N-REASON-1: a change (Δ ≠ 0, 决算 ≠ 预算) is followed by its reason (“主要原因是…”), and the reason is not empty. */
export const nReason1Reasons = defineRule({
  code: 'N-REASON-1',
  title: '变动须说明原因',
  severity: 'warning',
  group: 'narrative',
  description: '与上年相比有增减、决算数与预算数不同时，须写明主要原因',
  messages: {
    noReason: '情况说明“{section}”（{where}）：{what}，但没有说明原因（“主要原因是…”）',
    emptyReason: '情况说明“{section}”（{where}）：“主要原因”后没有写原因',
  },
  check(ctx) {
    const a = analyzeNarrative(ctx.tables);
    if (!a) return;
    for (const gap of a.reasonGaps) ctx.report({ messageId: 'noReason', cells: [gap.at], data: { section: SECTION_NAMES[gap.section], where: where(gap.at), what: gap.what } });
    for (const id of EXPLAINED) {
      const section = a.doc.sections.get(id);
      if (!section) continue;
      const changed = a.yoys.find((y) => y.section === id && !y.delta.value.isZero());
      if (changed && !hasReason(section.text)) {
        ctx.report({ messageId: 'noReason', cells: [changed.at], data: { section: SECTION_NAMES[id], where: where(changed.at), what: `与上年相比${changed.excerpt}` } });
      }
      // A 【请填写：…】 placeholder after 主要原因 is S-6's finding, not an empty reason.
      const empty = /主要原因(?:是|为)?[:：]?\s*(?:[。；;]|$)/.exec(section.text);
      if (empty) {
        const at = section.cellAt(empty.index);
        ctx.report({ messageId: 'emptyReason', cells: [at], data: { section: SECTION_NAMES[id], where: where(at) } });
      }
    }
  },
});

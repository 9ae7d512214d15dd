import { Decimal, ZERO } from '../../money/decimal';
import { defineRule } from '../rule';
import { executionScoreOf } from './support-indicators';
import { a1, at, natural, selfEvalsToCheck, subjectOf } from './support-self-eval';

/** 预算司 等级: 90(含)–100 优, 80(含)–90 良, 60(含)–80 中, <60 差 (上海: ≥60 合格). */
function gradeOf(total: Decimal, scale: 'four' | 'pass'): string {
  if (scale === 'pass') return total.greaterThanOrEqualTo(60) ? '合格' : '不合格';
  if (total.greaterThanOrEqualTo(90)) return '优';
  if (total.greaterThanOrEqualTo(80)) return '良';
  if (total.greaterThanOrEqualTo(60)) return '中';
  return '差';
}

const ALIASES: Record<string, string> = { 优秀: '优', 良好: '良' };

/** 财预〔2020〕10号 自评结果等级, from the 总分 printed (and from the recomputed 总分 when it differs). */
export const peGrade = defineRule({
  code: 'PE-8',
  title: '自评等级与总分相符',
  severity: 'error',
  group: 'performance',
  description: '项目支出绩效自评表：总分 ≥ 90 为优，≥ 80 为良，≥ 60 为中，其余为差（90 分为优）',
  messages: {
    grade: '{subject}：总分 {totalCell} = {total}，等级应为“{expected}”，表中为“{actual}”（{bands}）',
    recomputed: '{subject}：按各项得分重算的总分 {expectedTotal} 对应等级“{expected}”，与表中总分 {total} 的等级“{actual}”不同',
    missingGrade: '{subject}：总分 {totalCell} = {total}，未填等级（应为“{expected}”）',
  },
  check(ctx) {
    for (const pe of selfEvalsToCheck(ctx, '汇总表没有等级栏')) {
      const subject = subjectOf(pe);
      if (!pe.total || pe.total.kind !== 'number') {
        ctx.unchecked(`${subject}：未读到总分`, pe.sheet);
        continue;
      }
      const total = pe.total.value;
      const printed = pe.grade ? (ALIASES[pe.grade.text.trim()] ?? pe.grade.text.trim()) : undefined;
      const scale = printed === '合格' || printed === '不合格' ? 'pass' : 'four';
      const bands = scale === 'pass' ? '60 分及以上为合格' : '90 分（含）以上为优，80 分（含）以上为良，60 分（含）以上为中，60 分以下为差';
      const expected = gradeOf(total, scale);
      const data = { subject, totalCell: a1(pe.total), total: natural(total), expected, bands };
      if (!pe.grade || printed === undefined) {
        ctx.report({ messageId: 'missingGrade', severity: 'warning', cells: [pe.total], data, expected });
        continue;
      }
      if (printed !== expected) {
        ctx.report({ messageId: 'grade', cells: [at(pe, pe.grade), pe.total], data: { ...data, actual: pe.grade.text }, expected, actual: pe.grade.text });
        continue;
      }
      // The 总分 itself may be wrong (PE-7): say so when the right total falls in another band.
      const scores = pe.indicators.map((i) => i.score);
      if (scores.length === 0 || scores.some((s) => s.kind === 'text' || s.kind === 'error')) continue;
      const fundScore = executionScoreOf(pe);
      const recomputed = scores.reduce((acc, s) => acc.plus(s.value), fundScore?.value ?? ZERO);
      const recomputedGrade = gradeOf(recomputed, scale);
      if (recomputedGrade === expected) continue;
      ctx.report({
        messageId: 'recomputed',
        cells: [at(pe, pe.grade), pe.total, ...(fundScore ? [fundScore.cell] : []), ...scores],
        data: { ...data, expected: recomputedGrade, actual: pe.grade.text, expectedTotal: natural(recomputed) },
        expected: recomputedGrade,
        actual: pe.grade.text,
      });
    }
  },
});

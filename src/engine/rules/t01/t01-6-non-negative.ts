import { defineRule } from '../rule';
import { checkNonNegative, type Term } from '../support/identity';
import { lineTerms } from '../support/lines';

/** 财决01表 核实性公式 “1至8行、28行、32至85行≥0” (公开01: 收入行次1–8、28，支出行次32–57). */
export const t01NonNegative = defineRule({
  code: 'T01-6',
  title: '收入来源、使用结余和各类支出不得为负',
  severity: 'error',
  group: 'table',
  description: '收入支出决算总表：行次1至8、行次28、行次32至57 均应 ≥ 0',
  messages: {},
  check(ctx) {
    const t01 = ctx.tables.get('T01');
    if (!t01) return ctx.unchecked('未找到收入支出决算总表');
    const terms: Term[] = [...lineTerms(t01, 1, 8, 1), ...lineTerms(t01, 28, 28, 1), ...lineTerms(t01, 32, 57, 2)];
    if (terms.length === 0) return ctx.unchecked('收入支出决算总表：未找到行次1至8、28、32至57', t01.sheet);
    for (const t of terms) {
      if (t.cell && (t.cell.kind === 'text' || t.cell.kind === 'error')) ctx.unchecked(`收入支出决算总表：${t.name} 的内容“${t.cell.text}”不是数字`, t01.sheet);
    }
    checkNonNegative(ctx, '收入支出决算总表', terms);
  },
});

import { defineRule } from '../rule';
import { checkSum } from '../support/identity';
import { lineTerm, lineTerms } from '../support/lines';

/** 财决01表 支出方: 本年支出合计（行次58） = 26 个功能分类类级科目（行次32–57）之和. */
export const t01ExpenditureTotal = defineRule({
  code: 'T01-3',
  title: '本年支出合计等于各类支出之和',
  severity: 'error',
  group: 'table',
  description: '收入支出决算总表：行次58 本年支出合计 = 行次32至57 各功能分类类级支出之和',
  messages: {},
  check(ctx) {
    const t01 = ctx.tables.get('T01');
    if (!t01) return ctx.unchecked('未找到收入支出决算总表');
    const parts = lineTerms(t01, 32, 57, 2);
    if (parts.length === 0) return ctx.unchecked('收入支出决算总表：未找到行次32至57 的支出功能分类行', t01.sheet);
    checkSum(ctx, { subject: '收入支出决算总表 本年支出合计', total: lineTerm(t01, 58, 2), parts });
  },
});

import { defineRule } from '../rule';
import { checkSum } from '../support/identity';
import { lineTerm, lineTerms } from '../support/lines';

/** 财决01表 审核公式 “27行=(1+2+…+8)行”: 本年收入合计 = the eight income sources. */
export const t01IncomeTotal = defineRule({
  code: 'T01-1',
  title: '本年收入合计等于各项收入之和',
  severity: 'error',
  group: 'table',
  description: '收入支出决算总表：行次27 本年收入合计 = 行次1至8 各项收入之和',
  messages: {},
  check(ctx) {
    const t01 = ctx.tables.get('T01');
    if (!t01) return ctx.unchecked('未找到收入支出决算总表');
    checkSum(ctx, { subject: '收入支出决算总表', total: lineTerm(t01, 27, 1), parts: lineTerms(t01, 1, 8, 1) });
  },
});

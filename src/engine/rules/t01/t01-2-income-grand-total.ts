import { defineRule } from '../rule';
import { checkSum } from '../support/identity';
import { lineTerm } from '../support/lines';

/** 财决01表 审核公式 “31行=(27+28+29)行”: 收入总计 = 本年收入合计 + 使用非财政拨款结余(和专用结余) + 年初结转和结余. */
export const t01IncomeGrandTotal = defineRule({
  code: 'T01-2',
  title: '收入总计等于本年收入合计、使用结余与年初结转和结余之和',
  severity: 'error',
  group: 'table',
  description: '收入支出决算总表：行次31 总计 = 行次27 本年收入合计 + 行次28 使用非财政拨款结余（和专用结余） + 行次29 年初结转和结余',
  messages: {},
  check(ctx) {
    const t01 = ctx.tables.get('T01');
    if (!t01) return ctx.unchecked('未找到收入支出决算总表');
    checkSum(ctx, {
      subject: '收入支出决算总表 收入总计',
      total: lineTerm(t01, 31, 1),
      parts: [lineTerm(t01, 27, 1), lineTerm(t01, 28, 1), lineTerm(t01, 29, 1)],
    });
  },
});

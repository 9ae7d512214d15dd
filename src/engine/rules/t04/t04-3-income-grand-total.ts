import { defineRule } from '../rule';
import { checkSum } from '../support/identity';
import { lineTerm } from '../support/lines';
import { T04_SUBJECT } from './support-columns';

/** 财政拨款收入支出决算总表 “32行 = 27+28行” (V33-242): 收入总计 = 本年收入合计 + 年初财政拨款结转和结余. */
export const t04IncomeGrandTotal = defineRule({
  code: 'T04-3',
  title: '财政拨款收入总计等于本年收入与年初结转结余之和',
  severity: 'error',
  group: 'table',
  description: '财政拨款收入支出决算总表：行次32 收入总计 = 行次27 本年收入合计 + 行次28 年初财政拨款结转和结余',
  messages: {},
  check(ctx) {
    const t04 = ctx.tables.get('T04');
    if (!t04) return ctx.unchecked(`未找到${T04_SUBJECT}`);
    checkSum(ctx, { subject: T04_SUBJECT, total: lineTerm(t04, 32, 1), parts: [lineTerm(t04, 27, 1), lineTerm(t04, 28, 1)] });
  },
});

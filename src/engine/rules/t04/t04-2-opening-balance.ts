import { defineRule } from '../rule';
import { checkSum } from '../support/identity';
import { lineTerm } from '../support/lines';
import { T04_SUBJECT } from './support-columns';

/** 财政拨款收入支出决算总表 “28行 = 29+30+31行”: 年初财政拨款结转和结余 by budget type. */
export const t04OpeningBalance = defineRule({
  code: 'T04-2',
  title: '年初财政拨款结转和结余等于分类之和',
  severity: 'error',
  group: 'table',
  description: '财政拨款收入支出决算总表：行次28 年初财政拨款结转和结余 = 行次29 + 行次30 + 行次31',
  messages: {},
  check(ctx) {
    const t04 = ctx.tables.get('T04');
    if (!t04) return ctx.unchecked(`未找到${T04_SUBJECT}`);
    checkSum(ctx, { subject: T04_SUBJECT, total: lineTerm(t04, 28, 1), parts: [29, 30, 31].map((n) => lineTerm(t04, n, 1)) });
  },
});

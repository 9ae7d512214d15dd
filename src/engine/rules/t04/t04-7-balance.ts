import { defineRule } from '../rule';
import { checkEqual } from '../support/identity';
import { lineTerm } from '../support/lines';
import { expenditureTerm, T04_SUBJECT } from './support-columns';

/**
 * V33-242 总平衡: 收入总计（行次32）= 支出总计（行次64 栏次2）. Both print the same 元 total rounded
 * the same way, so one rounding step is a warning and more is an error (§3 rule 3).
 */
export const t04Balance = defineRule({
  code: 'T04-7',
  title: '财政拨款收入总计等于支出总计',
  severity: 'error',
  group: 'table',
  description: '财政拨款收入支出决算总表：行次32 收入总计 = 行次64 支出总计（栏次2 合计）',
  messages: {},
  check(ctx) {
    const t04 = ctx.tables.get('T04');
    if (!t04) return ctx.unchecked(`未找到${T04_SUBJECT}`);
    checkEqual(ctx, { subject: T04_SUBJECT, left: lineTerm(t04, 32, 1), right: expenditureTerm(t04, 64, 2) });
  },
});

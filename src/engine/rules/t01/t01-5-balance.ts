import { defineRule } from '../rule';
import { checkEqual } from '../support/identity';
import { lineTerm } from '../support/lines';

/**
 * 收支平衡 (V33-214): 收入总计（行次31） = 支出总计（行次62）. Both print one 元 total rounded
 * the same way (domain-rules §3 rule 3): one rounding step is a warning, more an error.
 */
export const t01Balance = defineRule({
  code: 'T01-5',
  title: '收入总计等于支出总计',
  severity: 'error',
  group: 'table',
  description: '收入支出决算总表：行次31 收入总计 = 行次62 支出总计',
  messages: {},
  check(ctx) {
    const t01 = ctx.tables.get('T01');
    if (!t01) return ctx.unchecked('未找到收入支出决算总表');
    checkEqual(ctx, {
      subject: '收入支出决算总表 收支平衡',
      left: lineTerm(t01, 31, 1, '收入总计（行次31）'),
      right: lineTerm(t01, 62, 2, '支出总计（行次62）'),
    });
  },
});

import { defineRule } from '../rule';
import { checkSum } from '../support/identity';
import { T10_NAME, t10Term, t10Terms } from './support-t10';

/** 一、政府采购情况：合计（行次1）= 货物（2）+ 工程（3）+ 服务（4）。 */
export const procurementTotal = defineRule({
  code: 'T10-1',
  title: '政府采购合计等于货物、工程、服务之和',
  severity: 'error',
  group: 'table',
  description: '部门决算公开相关信息统计表：行次1 政府采购合计 = 行次2 货物 + 行次3 工程 + 行次4 服务',
  messages: {},
  check(ctx) {
    const t10 = ctx.tables.get('T10');
    if (!t10) return ctx.unchecked(`未找到${T10_NAME}`);
    checkSum(ctx, { subject: `${T10_NAME} 政府采购`, total: t10Term(t10, 1), parts: t10Terms(t10, [2, 3, 4]) });
  },
});

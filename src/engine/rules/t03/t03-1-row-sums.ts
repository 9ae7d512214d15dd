import { defineRule } from '../rule';
import { checkRowSums } from '../support/code-hierarchy';

/** V33-241 / R007 支出决算表: 每行 本年支出合计（栏次1） = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出（栏次2–6）. */
export const t03RowSums = defineRule({
  code: 'T03-1',
  title: '支出决算表各行本年支出合计等于各项支出之和',
  severity: 'error',
  group: 'table',
  description: '支出决算表：每行 栏次1 本年支出合计 = 栏次2至6 之和',
  messages: {},
  check(ctx) {
    const t03 = ctx.tables.get('T03');
    if (!t03) return ctx.unchecked('未找到支出决算表');
    if (t03.rows.length === 0) return ctx.unchecked('支出决算表没有数据行', t03.sheet);
    checkRowSums(ctx, t03, '支出决算表', 1, [2, 3, 4, 5, 6]);
  },
});

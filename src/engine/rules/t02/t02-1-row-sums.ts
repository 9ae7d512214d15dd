import { defineRule } from '../rule';
import { checkRowSums } from '../support/code-hierarchy';

/** V33-240 收入决算表: 每行 本年收入合计（栏次1） = 财政拨款收入 + 上级补助收入 + 事业收入 + 经营收入 + 附属单位上缴收入 + 其他收入（栏次2–7）. */
export const t02RowSums = defineRule({
  code: 'T02-1',
  title: '收入决算表各行本年收入合计等于各项收入之和',
  severity: 'error',
  group: 'table',
  description: '收入决算表：每行 栏次1 本年收入合计 = 栏次2至7 之和',
  messages: {},
  check(ctx) {
    const t02 = ctx.tables.get('T02');
    if (!t02) return ctx.unchecked('未找到收入决算表');
    if (t02.rows.length === 0) return ctx.unchecked('收入决算表没有数据行', t02.sheet);
    checkRowSums(ctx, t02, '收入决算表', 1, [2, 3, 4, 5, 6, 7]);
  },
});

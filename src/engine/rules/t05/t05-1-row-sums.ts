import { defineRule } from '../rule';
import { checkRowSums } from '../support/code-hierarchy';

/** V33-241 “合计 ≈ 基本支出 + 项目支出”: on every row of the table, 栏次1 小计 = 栏次2 基本支出 + 栏次3 项目支出. */
export const t05RowSums = defineRule({
  code: 'T05-1',
  title: '本年支出小计等于基本支出与项目支出之和',
  severity: 'error',
  group: 'table',
  description: '一般公共预算财政拨款支出决算表：每一行 栏次1 小计 = 栏次2 基本支出 + 栏次3 项目支出',
  messages: {},
  check(ctx) {
    const t05 = ctx.tables.get('T05');
    if (!t05) return ctx.unchecked('未找到一般公共预算财政拨款支出决算表');
    const missing = [1, 2, 3].filter((c) => !t05.columns.includes(c));
    if (missing.length > 0) return ctx.unchecked(`一般公共预算财政拨款支出决算表：缺少栏次 ${missing.join('、')}`, t05.sheet);
    if (t05.rows.length === 0) return ctx.unchecked('一般公共预算财政拨款支出决算表：未读到数据行', t05.sheet);
    checkRowSums(ctx, t05, '一般公共预算财政拨款支出决算表', 1, [2, 3]);
  },
});

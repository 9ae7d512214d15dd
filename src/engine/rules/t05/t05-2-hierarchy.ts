import { defineRule } from '../rule';
import { checkHierarchy } from '../support/code-hierarchy';

/**
 * V33-241 功能分类 3/5/7 位: per 栏次 (小计, 基本支出, 项目支出) 合计 = Σ类, 类 = Σ款, 款 = Σ项.
 * A parent printed without children is not summed (the table may stop at 类 or 款 level).
 */
export const t05Hierarchy = defineRule({
  code: 'T05-2',
  title: '功能分类科目逐级汇总相符',
  severity: 'error',
  group: 'table',
  description: '一般公共预算财政拨款支出决算表：各栏次 合计 = 各类之和，类 = 所属款之和，款 = 所属项之和',
  messages: {},
  check(ctx) {
    const t05 = ctx.tables.get('T05');
    if (!t05) return ctx.unchecked('未找到一般公共预算财政拨款支出决算表');
    if (t05.codeRows().length === 0) return ctx.unchecked('一般公共预算财政拨款支出决算表：未读到功能分类科目行', t05.sheet);
    if (!t05.total()) ctx.unchecked('一般公共预算财政拨款支出决算表：未找到合计行，合计 = 各类之和未校验', t05.sheet);
    const cols = [1, 2, 3].filter((c) => t05.columns.includes(c));
    if (cols.length < 3) ctx.unchecked(`一般公共预算财政拨款支出决算表：缺少栏次 ${[1, 2, 3].filter((c) => !cols.includes(c)).join('、')}`, t05.sheet);
    checkHierarchy(ctx, t05, '一般公共预算财政拨款支出决算表', cols);
  },
});

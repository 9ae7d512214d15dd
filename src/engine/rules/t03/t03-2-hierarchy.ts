import { defineRule } from '../rule';
import { checkHierarchy } from '../support/code-hierarchy';

/** V33-241: 功能分类科目 3/5/7 位为 类/款/项; 每栏 合计 = Σ类, 类 = Σ款, 款 = Σ项. */
export const t03Hierarchy = defineRule({
  code: 'T03-2',
  title: '支出决算表科目层级合计正确',
  severity: 'error',
  group: 'table',
  description: '支出决算表：每一栏 合计 = 各类之和，类 = 所属各款之和，款 = 所属各项之和',
  messages: {},
  check(ctx) {
    const t03 = ctx.tables.get('T03');
    if (!t03) return ctx.unchecked('未找到支出决算表');
    if (t03.codeRows().length === 0) return ctx.unchecked('支出决算表中没有功能分类科目行', t03.sheet);
    if (!t03.total()) ctx.unchecked('支出决算表：未找到合计行，“合计 = 各类之和”未核对', t03.sheet);
    checkHierarchy(ctx, t03, '支出决算表', t03.columns.length > 0 ? t03.columns : [1, 2, 3, 4, 5, 6]);
  },
});

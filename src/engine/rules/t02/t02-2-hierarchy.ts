import { defineRule } from '../rule';
import { checkHierarchy } from '../support/code-hierarchy';

/** V33-240/V33-120: 功能分类科目 3/5/7 位为 类/款/项; 每栏 合计 = Σ类, 类 = Σ款, 款 = Σ项. */
export const t02Hierarchy = defineRule({
  code: 'T02-2',
  title: '收入决算表科目层级合计正确',
  severity: 'error',
  group: 'table',
  description: '收入决算表：每一栏 合计 = 各类之和，类 = 所属各款之和，款 = 所属各项之和',
  messages: {},
  check(ctx) {
    const t02 = ctx.tables.get('T02');
    if (!t02) return ctx.unchecked('未找到收入决算表');
    if (t02.codeRows().length === 0) return ctx.unchecked('收入决算表中没有功能分类科目行', t02.sheet);
    if (!t02.total()) ctx.unchecked('收入决算表：未找到合计行，“合计 = 各类之和”未核对', t02.sheet);
    checkHierarchy(ctx, t02, '收入决算表', t02.columns.length > 0 ? t02.columns : [1, 2, 3, 4, 5, 6, 7]);
  },
});

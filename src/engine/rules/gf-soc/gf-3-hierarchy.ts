import { defineRule } from '../rule';
import { checkHierarchy } from '../support/code-hierarchy';
import { TGF_NAME } from './support-columns';

/** 政府收支分类科目 功能分类 类/款/项 逐级汇总（合计 = Σ类，类 = Σ款，款 = Σ项），每一栏次。 */
export const gfHierarchy = defineRule({
  code: 'GF-3',
  title: '政府性基金决算表科目逐级汇总',
  severity: 'error',
  group: 'table',
  description: '政府性基金预算财政拨款收入支出决算表：每一栏次 合计 = 各类之和，类 = 所属款之和，款 = 所属项之和',
  messages: {},
  check(ctx) {
    const tgf = ctx.tables.get('TGF');
    if (!tgf) return ctx.unchecked(`未找到${TGF_NAME}`);
    if (tgf.columns.length === 0) return ctx.unchecked(`${TGF_NAME}：未找到栏次`, tgf.sheet);
    checkHierarchy(ctx, tgf, TGF_NAME, tgf.columns);
  },
});

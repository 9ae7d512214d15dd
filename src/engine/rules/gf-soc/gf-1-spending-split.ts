import { defineRule } from '../rule';
import { checkSpendingSplit, hasColumns, TGF_NAME } from './support-columns';

/** 政府性基金预算财政拨款收入支出决算表 表内关系：本年支出 小计（栏次3）= 基本支出（4）+ 项目支出（5），逐行。 */
export const gfSpendingSplit = defineRule({
  code: 'GF-1',
  title: '政府性基金本年支出等于基本支出加项目支出',
  severity: 'error',
  group: 'table',
  description: '政府性基金预算财政拨款收入支出决算表：每一行 栏次3 本年支出小计 = 栏次4 基本支出 + 栏次5 项目支出',
  messages: {},
  check(ctx) {
    const tgf = ctx.tables.get('TGF');
    if (!tgf) return ctx.unchecked(`未找到${TGF_NAME}`);
    if (!hasColumns(ctx, tgf, TGF_NAME, [3, 4, 5])) return;
    checkSpendingSplit(ctx, tgf, TGF_NAME);
  },
});

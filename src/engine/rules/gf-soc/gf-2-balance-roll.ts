import { defineRule } from '../rule';
import { checkBalanceRoll, hasColumns, TGF_NAME } from './support-columns';

/**
 * 政府性基金预算财政拨款收入支出决算表 表内关系：年末结转和结余（栏次6）= 年初结转和结余（1）
 * + 本年收入（2）− 本年支出（3），逐行（与财决01-1表 年末 = 年初 + 收入 − 支出 同理）。
 */
export const gfBalanceRoll = defineRule({
  code: 'GF-2',
  title: '政府性基金年末结转和结余等于年初加收入减支出',
  severity: 'error',
  group: 'table',
  description: '政府性基金预算财政拨款收入支出决算表：每一行 栏次6 年末结转和结余 = 栏次1 年初结转和结余 + 栏次2 本年收入 − 栏次3 本年支出小计',
  messages: {},
  check(ctx) {
    const tgf = ctx.tables.get('TGF');
    if (!tgf) return ctx.unchecked(`未找到${TGF_NAME}`);
    if (!hasColumns(ctx, tgf, TGF_NAME, [1, 2, 3, 6])) return;
    checkBalanceRoll(ctx, tgf, TGF_NAME);
  },
});

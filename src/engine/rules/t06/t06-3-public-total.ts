import { CAPITAL_CONSTRUCTION_CLASSES, PUBLIC_CLASSES } from '../../dictionary/economic-codes';
import { defineRule } from '../rule';
import { checkFooter } from './support-footer';
import { isFullVariant } from './support-t06';

/**
 * V33-243 公用经费 = 302 + 307 + 310 + 312 + 313 + 399 (the classes the table prints). In the 山西
 * 2022 金额 栏, which covers all 一般公共预算 spending, 公用经费合计 is every non-人员 类, so the
 * 基本建设 classes 309/311 count there too (人员经费合计 + 公用经费合计 = T05 合计, X-7).
 */
export const t06PublicTotal = defineRule({
  code: 'T06-3',
  title: '公用经费合计等于各公用经费类之和',
  severity: 'error',
  group: 'table',
  description: '基本支出决算明细表：公用经费合计 = 302 + 307 + 310 + 312 + 313 + 399（列示的类；山西2022版金额栏另含 309、311）',
  messages: {},
  check(ctx) {
    const t06 = ctx.tables.get('T06');
    if (!t06) return ctx.unchecked('未找到一般公共预算财政拨款基本支出决算明细表');
    const full = isFullVariant(t06);
    checkFooter(ctx, t06, '公用经费合计', (col) => (full && col === 1 ? [...PUBLIC_CLASSES, ...CAPITAL_CONSTRUCTION_CLASSES].sort() : PUBLIC_CLASSES));
  },
});

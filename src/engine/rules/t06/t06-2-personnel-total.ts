import { PERSONNEL_CLASSES } from '../../dictionary/economic-codes';
import { defineRule } from '../rule';
import { checkFooter } from './support-footer';

/** V33-243 人员经费 = 301 工资福利支出 + 303 对个人和家庭的补助 (domain-rules.md §2.4), per amount 栏次. */
export const t06PersonnelTotal = defineRule({
  code: 'T06-2',
  title: '人员经费合计等于工资福利支出与对个人和家庭的补助之和',
  severity: 'error',
  group: 'table',
  description: '基本支出决算明细表：人员经费合计 = 301 工资福利支出 + 303 对个人和家庭的补助（各金额栏分别校验）',
  messages: {},
  check(ctx) {
    const t06 = ctx.tables.get('T06');
    if (!t06) return ctx.unchecked('未找到一般公共预算财政拨款基本支出决算明细表');
    checkFooter(ctx, t06, '人员经费合计', () => PERSONNEL_CLASSES);
  },
});

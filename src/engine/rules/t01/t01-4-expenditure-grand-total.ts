import { defineRule } from '../rule';
import { checkSum } from '../support/identity';
import { lineTerm } from '../support/lines';

/** 财决01表 支出方 / GovBudgetChecker D-001: 支出总计（行次62） = 本年支出合计（58） + 结余分配（59） + 年末结转和结余（60）. */
export const t01ExpenditureGrandTotal = defineRule({
  code: 'T01-4',
  title: '支出总计等于本年支出合计、结余分配与年末结转和结余之和',
  severity: 'error',
  group: 'table',
  description: '收入支出决算总表：行次62 总计 = 行次58 本年支出合计 + 行次59 结余分配 + 行次60 年末结转和结余',
  messages: {},
  check(ctx) {
    const t01 = ctx.tables.get('T01');
    if (!t01) return ctx.unchecked('未找到收入支出决算总表');
    checkSum(ctx, {
      subject: '收入支出决算总表 支出总计',
      total: lineTerm(t01, 62, 2),
      parts: [lineTerm(t01, 58, 2), lineTerm(t01, 59, 2), lineTerm(t01, 60, 2)],
    });
  },
});

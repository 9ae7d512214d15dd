import { defineRule } from '../rule';
import { checkEqual } from '../support/identity';
import { codeTerm, lineCell, needTables } from './support-cross';

/** 财决01表↔03表 表间审核 (V33-201): 01表 58行 本年支出合计 = 03表 合计行 栏次1 本年支出合计. */
export const x2ExpenditureTotalT03 = defineRule({
  code: 'X-2',
  title: '总表本年支出合计与支出决算表一致',
  severity: 'error',
  group: 'cross-table',
  description: '收入支出决算总表行次58 本年支出合计 = 支出决算表合计行 栏次1 本年支出合计',
  messages: {},
  check(ctx) {
    const tables = needTables(ctx, ['T01', 'T03'], '本年支出合计');
    if (!tables) return;
    const [t01, t03] = tables;
    checkEqual(ctx, { subject: '本年支出合计（总表与支出决算表）', left: lineCell(t01, 58, 2), right: codeTerm(t03, '合计', 1) });
  },
});

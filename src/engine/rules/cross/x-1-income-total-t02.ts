import { defineRule } from '../rule';
import { checkEqual } from '../support/identity';
import { codeTerm, lineCell, needTables } from './support-cross';

/** 财决01表↔02表 表间审核 (V33-200): 01表 27行 本年收入合计 = 02表 合计行 栏次1 本年收入合计. */
export const x1IncomeTotalT02 = defineRule({
  code: 'X-1',
  title: '总表本年收入合计与收入决算表一致',
  severity: 'error',
  group: 'cross-table',
  description: '收入支出决算总表行次27 本年收入合计 = 收入决算表合计行 栏次1 本年收入合计',
  messages: {},
  check(ctx) {
    const tables = needTables(ctx, ['T01', 'T02'], '本年收入合计');
    if (!tables) return;
    const [t01, t02] = tables;
    checkEqual(ctx, { subject: '本年收入合计（总表与收入决算表）', left: lineCell(t01, 27, 1), right: codeTerm(t02, '合计', 1) });
  },
});

import { defineRule } from '../rule';
import { checkEqual } from '../support/identity';
import { codeTerm, lineCell, needTables } from './support-cross';

/** V33-204: 02表 合计 栏次2 财政拨款收入 = 04表 27行 本年收入合计 (财政拨款本年收入). */
export const x5FiscalIncomeT04 = defineRule({
  code: 'X-5',
  title: '收入决算表财政拨款收入与财政拨款本年收入合计一致',
  severity: 'error',
  group: 'cross-table',
  description: '收入决算表合计行 栏次2 财政拨款收入 = 财政拨款收入支出决算总表行次27 本年收入合计',
  messages: {},
  check(ctx) {
    const tables = needTables(ctx, ['T02', 'T04'], '财政拨款收入');
    if (!tables) return;
    const [t02, t04] = tables;
    checkEqual(ctx, { subject: '财政拨款收入（收入决算表与财政拨款收入支出决算总表）', left: codeTerm(t02, '合计', 2), right: lineCell(t04, 27, 1) });
  },
});

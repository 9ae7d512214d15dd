import { defineRule } from '../rule';
import { checkEqual, checkSum } from '../support/identity';
import { codeTerm, lineCell, needTables } from './support-cross';

/** 收入 by source (domain-rules §4.10 X-4): 01表 行次4–8 ↔ 02表 合计行 栏次3–7. */
const SOURCE_COLUMNS: [line: number, col: number][] = [
  [4, 3],
  [5, 4],
  [6, 5],
  [7, 6],
  [8, 7],
];

/**
 * The same income printed in 收入支出决算总表, 财政拨款收入支出决算总表 and 收入决算表:
 * 01表 行次1–3 = 04表 行次1–3; 01表 行次1+2+3 = 02表 合计 财政拨款收入; 01表 行次4–8 = 02表 合计 栏次3–7.
 */
export const x4IncomeSources = defineRule({
  code: 'X-4',
  title: '各项收入在总表、财政拨款总表和收入决算表中一致',
  severity: 'error',
  group: 'cross-table',
  description: '总表行次1至3 = 财政拨款收入支出决算总表行次1至3；总表行次1+2+3 = 收入决算表合计 财政拨款收入；总表行次4至8 = 收入决算表合计 栏次3至7',
  messages: {},
  check(ctx) {
    const t01 = ctx.tables.get('T01');
    if (!t01) return ctx.unchecked('未找到收入支出决算总表，无法核对各项收入');
    const t04 = ctx.tables.get('T04');
    if (t04) {
      for (const line of [1, 2, 3]) checkEqual(ctx, { subject: '财政拨款收入（总表与财政拨款收入支出决算总表）', left: lineCell(t01, line, 1), right: lineCell(t04, line, 1) });
    } else ctx.unchecked('未找到财政拨款收入支出决算总表，无法核对总表行次1至3');
    const t02 = needTables(ctx, ['T02'], '总表各项收入与收入决算表')?.[0];
    if (!t02) return;
    checkSum(ctx, { subject: '财政拨款收入（收入决算表与总表）', total: codeTerm(t02, '合计', 2), parts: [1, 2, 3].map((line) => lineCell(t01, line, 1)) });
    for (const [line, col] of SOURCE_COLUMNS) checkEqual(ctx, { subject: '各项收入（总表与收入决算表）', left: lineCell(t01, line, 1), right: codeTerm(t02, '合计', col) });
  },
});

import { t04LineOfClass } from '../../dictionary/function-classes';
import { defineRule } from '../rule';
import { checkSameOrZero, className, classCodes, codeTerm, hasColumns, lineCell, MISSING_ROW, needTables } from './support-cross';

/**
 * 政府性基金 in 财政拨款收入支出决算总表 and in its own 收入支出决算表 (domain-rules §4.10 X-8):
 * 04表 行次30 = 年初 (栏次1), 行次2 = 本年收入 (栏次2), 行次59 栏次4 = 本年支出小计 (栏次3),
 * 行次60 栏次4 = 年末 (栏次6); each class row 栏次4 = the class's 本年支出小计.
 * An empty 政府性基金 table printed without a 合计 row counts as 0.
 */
export const x8T04Tgf = defineRule({
  code: 'X-8',
  title: '政府性基金预算财政拨款在两表中一致',
  severity: 'error',
  group: 'cross-table',
  description: '财政拨款收入支出决算总表的政府性基金预算财政拨款（行次30 年初、行次2 收入、行次59 栏次4 支出、行次60 栏次4 年末及各类支出）= 政府性基金预算财政拨款收入支出决算表对应数',
  messages: { missingRow: MISSING_ROW },
  check(ctx) {
    const tables = needTables(ctx, ['T04', 'TGF'], '政府性基金预算财政拨款');
    if (!tables) return;
    const [t04, tgf] = tables;
    if (!hasColumns(ctx, t04, [1, 4]) || !hasColumns(ctx, tgf, [1, 2, 3, 6])) return;
    const total = (col: number) => (tgf.total() ? codeTerm(tgf, '合计', col) : { cell: undefined, name: `政府性基金预算财政拨款收入支出决算表 合计行` });
    const subject = '政府性基金预算财政拨款（财政拨款收入支出决算总表与政府性基金表）';
    checkSameOrZero(ctx, { subject, left: lineCell(t04, 30, 1), right: total(1) });
    checkSameOrZero(ctx, { subject, left: lineCell(t04, 2, 1), right: total(2) });
    checkSameOrZero(ctx, { subject, left: lineCell(t04, 59, 4), right: total(3) });
    checkSameOrZero(ctx, { subject, left: lineCell(t04, 60, 4), right: total(6) });
    for (const code of classCodes(tgf)) {
      const line = t04LineOfClass(code);
      const left = line === undefined ? { cell: undefined, name: `财政拨款收入支出决算总表 ${className(code, tgf)}` } : lineCell(t04, line, 4);
      const right = tgf.code(code) ? codeTerm(tgf, code, 3) : { cell: undefined, name: `政府性基金预算财政拨款收入支出决算表 ${code} 类` };
      checkSameOrZero(ctx, { subject: `${code} ${className(code, tgf)}（政府性基金预算财政拨款支出，两表）`, left, right });
    }
  },
});

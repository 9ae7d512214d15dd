import { t04LineOfClass } from '../../dictionary/function-classes';
import { defineRule } from '../rule';
import { checkSameOrZero, className, classCodes, codeTerm, lineCell, MISSING_ROW, needTables, nonZero } from './support-cross';

/** 年初 (行次28–31, 栏次1) and 年末 (行次60, 栏次2–5) 财政拨款结转和结余 of 04表. */
const CARRYOVER: [line: number, col: number][] = [
  [28, 1],
  [29, 1],
  [30, 1],
  [31, 1],
  [60, 2],
  [60, 3],
  [60, 4],
  [60, 5],
];

/**
 * Without fiscal carryover, what the unit received as 财政拨款 in the year is what it spent:
 * 02表 栏次2 财政拨款收入 of each class (and 合计) = 04表 class row (and 行次59) 栏次2 合计.
 * With carryover the two legitimately differ, and there is nothing to compare.
 */
export const x12FiscalIncomeByClass = defineRule({
  code: 'X-12',
  title: '无财政拨款结转时各类财政拨款收入等于支出',
  severity: 'warning',
  group: 'cross-table',
  description: '财政拨款收入支出决算总表无年初、年末财政拨款结转和结余时，收入决算表各类 栏次2 财政拨款收入 = 财政拨款收入支出决算总表该类 栏次2 合计',
  messages: { missingRow: MISSING_ROW },
  check(ctx) {
    const tables = needTables(ctx, ['T02', 'T04'], '各类财政拨款收入与支出');
    if (!tables) return;
    const [t02, t04] = tables;
    if (CARRYOVER.some(([line, col]) => nonZero(t04.line(line)?.values.get(col)))) return;
    const subject = (what: string) => `${what}（无财政拨款结转和结余，收入决算表财政拨款收入应等于财政拨款支出）`;
    checkSameOrZero(ctx, { subject: subject('合计'), left: codeTerm(t02, '合计', 2), right: lineCell(t04, 59, 2), severity: 'warning' });
    for (const code of classCodes(t02)) {
      const line = t04LineOfClass(code);
      const left = t02.code(code) ? codeTerm(t02, code, 2) : { cell: undefined, name: `收入决算表 ${code} 类` };
      const right = line === undefined ? { cell: undefined, name: `财政拨款收入支出决算总表 ${className(code, t02)}` } : lineCell(t04, line, 2);
      checkSameOrZero(ctx, { subject: subject(`${code} ${className(code, t02)}`), left, right, severity: 'warning' });
    }
  },
});

import { t04LineOfClass } from '../../dictionary/function-classes';
import { defineRule } from '../rule';
import { checkEqual } from '../support/identity';
import { checkSameOrZero, className, classCodes, codeTerm, lineCell, MISSING_ROW, needTables } from './support-cross';

/**
 * V33-202 / C-004: 04表 59行 栏次3 (一般公共预算财政拨款 本年支出合计) = 05表 合计 栏次1, and
 * each class row 33–58 栏次3 = the 05表 class row. A class printed in one table only counts as 0 in the other.
 */
export const x6T04T05 = defineRule({
  code: 'X-6',
  title: '一般公共预算财政拨款支出在两表中一致',
  severity: 'error',
  group: 'cross-table',
  description: '财政拨款收入支出决算总表行次59 栏次3 = 一般公共预算财政拨款支出决算表合计 栏次1；各类（行次33至58）栏次3 = 该表对应类级科目 栏次1',
  messages: { missingRow: MISSING_ROW },
  check(ctx) {
    const tables = needTables(ctx, ['T04', 'T05'], '一般公共预算财政拨款支出');
    if (!tables) return;
    const [t04, t05] = tables;
    checkEqual(ctx, { subject: '一般公共预算财政拨款本年支出合计（两表）', left: lineCell(t04, 59, 3), right: codeTerm(t05, '合计', 1) });
    for (const code of classCodes(t05)) {
      const line = t04LineOfClass(code);
      const left = line === undefined ? { cell: undefined, name: `财政拨款收入支出决算总表 ${className(code, t05)}` } : lineCell(t04, line, 3);
      const right = t05.code(code) ? codeTerm(t05, code, 1) : { cell: undefined, name: `一般公共预算财政拨款支出决算表 ${code} 类` };
      checkSameOrZero(ctx, { subject: `${code} ${className(code, t05)}（一般公共预算财政拨款支出，两表）`, left, right });
    }
  },
});

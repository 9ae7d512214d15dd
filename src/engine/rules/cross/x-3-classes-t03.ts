import { t01LineOfClass } from '../../dictionary/function-classes';
import { defineRule } from '../rule';
import { checkSameOrZero, className, classCodes, codeTerm, lineCell, MISSING_ROW, needTables } from './support-cross';

/**
 * 财决01表 32–57行 are the 26 功能分类 classes of 支出决算表 (domain-rules §2.4): each class row of
 * the 总表 equals the class row of 03表 栏次1. A class printed in one table only counts as 0 in the other.
 */
export const x3ClassesT03 = defineRule({
  code: 'X-3',
  title: '总表各类支出与支出决算表类级科目一致',
  severity: 'error',
  group: 'cross-table',
  description: '收入支出决算总表行次32至57 各类支出 = 支出决算表对应类级科目 栏次1 本年支出合计',
  messages: { missingRow: MISSING_ROW },
  check(ctx) {
    const tables = needTables(ctx, ['T01', 'T03'], '各类支出');
    if (!tables) return;
    const [t01, t03] = tables;
    for (const code of classCodes(t03)) {
      const line = t01LineOfClass(code);
      const left = line === undefined ? { cell: undefined, name: `收入支出决算总表 ${className(code, t03)}` } : lineCell(t01, line, 2);
      const right = t03.code(code) ? codeTerm(t03, code, 1) : { cell: undefined, name: `支出决算表 ${code} 类` };
      checkSameOrZero(ctx, { subject: `${code} ${className(code, t03)}（总表与支出决算表）`, left, right });
    }
  },
});

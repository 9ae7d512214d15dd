import { t04LineOfClass } from '../../dictionary/function-classes';
import { defineRule } from '../rule';
import { checkSameOrZero, className, classCodes, codeTerm, hasColumns, lineCell, MISSING_ROW, needTables } from './support-cross';

/**
 * 国有资本经营 in 财政拨款收入支出决算总表 and in its own table (domain-rules §4.10 X-9):
 * 04表 行次59 栏次5 = the table's 本年支出合计, class rows likewise. The 3-栏 支出决算表 has 合计 in
 * 栏次1; the 6-栏 收入支出决算表 (上海/四川/云南, as SOC-1 reads it) has 年初 1, 本年收入 2, 本年支出 3,
 * 年末 6, and then also 04表 行次31 = 年初, 行次3 = 本年收入, 行次60 栏次5 = 年末.
 */
export const x9T04Tsoc = defineRule({
  code: 'X-9',
  title: '国有资本经营预算财政拨款在两表中一致',
  severity: 'error',
  group: 'cross-table',
  description: '财政拨款收入支出决算总表行次59 栏次5 = 国有资本经营预算财政拨款支出决算表合计（各类同）；该表有收入栏时，总表行次3 = 本年收入，行次31 = 年初，行次60 栏次5 = 年末',
  messages: { missingRow: MISSING_ROW },
  check(ctx) {
    const tables = needTables(ctx, ['T04', 'TSOC'], '国有资本经营预算财政拨款');
    if (!tables) return;
    const [t04, tsoc] = tables;
    if (!hasColumns(ctx, t04, [1, 5])) return;
    const withIncome = tsoc.columns.length === 6;
    if (!withIncome && !hasColumns(ctx, tsoc, [1])) return;
    const spendCol = withIncome ? 3 : 1;
    const total = (col: number) => (tsoc.total() ? codeTerm(tsoc, '合计', col) : { cell: undefined, name: '国有资本经营预算财政拨款支出决算表 合计行' });
    const subject = '国有资本经营预算财政拨款（财政拨款收入支出决算总表与国有资本经营表）';
    checkSameOrZero(ctx, { subject, left: lineCell(t04, 59, 5), right: total(spendCol) });
    if (withIncome) {
      checkSameOrZero(ctx, { subject, left: lineCell(t04, 31, 1), right: total(1) });
      checkSameOrZero(ctx, { subject, left: lineCell(t04, 3, 1), right: total(2) });
      checkSameOrZero(ctx, { subject, left: lineCell(t04, 60, 5), right: total(6) });
    }
    for (const code of classCodes(tsoc)) {
      const line = t04LineOfClass(code);
      const left = line === undefined ? { cell: undefined, name: `财政拨款收入支出决算总表 ${className(code, tsoc)}` } : lineCell(t04, line, 5);
      const right = tsoc.code(code) ? codeTerm(tsoc, code, spendCol) : { cell: undefined, name: `国有资本经营预算财政拨款支出决算表 ${code} 类` };
      checkSameOrZero(ctx, { subject: `${code} ${className(code, tsoc)}（国有资本经营预算财政拨款支出，两表）`, left, right });
    }
  },
});

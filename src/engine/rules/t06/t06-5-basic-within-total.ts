import { defineRule } from '../rule';
import { checkNotGreater } from '../support/identity';
import { isFullVariant, rowTerm, subjectOf } from './support-t06';

const FOOTERS = ['人员经费合计', '公用经费合计'];

/**
 * 山西 2022 一般公共预算财政拨款支出决算明细表 (seed 000): 其中：基本支出 is part of 金额, so on every
 * 经济分类 row and on both footer totals 栏次2 ≤ 栏次1. Both footers must print both columns.
 * The 2023 基本支出 table has a single column: nothing to compare there.
 */
export const t06BasicWithinTotal = defineRule({
  code: 'T06-5',
  title: '其中：基本支出不大于金额',
  severity: 'error',
  group: 'table',
  description: '山西2022版一般公共预算财政拨款支出决算明细表：每行及人员经费合计、公用经费合计的“其中：基本支出” ≤ “金额”',
  messages: {},
  check(ctx) {
    const t06 = ctx.tables.get('T06');
    if (!t06) return ctx.unchecked('未找到一般公共预算财政拨款基本支出决算明细表');
    if (!isFullVariant(t06)) return; // not applicable to the single-column 基本支出 table
    const subject = subjectOf(t06);
    for (const footer of FOOTERS) if (!t06.row(footer)) ctx.unchecked(`${subject}：未找到“${footer}”行`, t06.sheet);
    const rows = [...t06.codeRows(), ...FOOTERS.map((f) => t06.row(f)).filter((r) => r !== undefined)];
    for (const row of rows) {
      const name = rowTerm(row, 1, row.key).name;
      checkNotGreater(ctx, {
        subject: `${subject} ${name}`,
        left: { ...rowTerm(row, 2, row.key), name: '其中：基本支出' },
        right: { ...rowTerm(row, 1, row.key), name: '金额' },
      });
    }
  },
});

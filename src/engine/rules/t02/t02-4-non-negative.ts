import { defineRule } from '../rule';
import { checkNonNegative, type Term } from '../support/identity';

/** As 财决01表 核实性公式 “1至8行≥0” for the income sources: 收入决算表 has no negative income. */
export const t02NonNegative = defineRule({
  code: 'T02-4',
  title: '收入决算表金额不得为负',
  severity: 'error',
  group: 'table',
  description: '收入决算表：各行各栏金额均应 ≥ 0',
  messages: {},
  check(ctx) {
    const t02 = ctx.tables.get('T02');
    if (!t02) return ctx.unchecked('未找到收入决算表');
    if (t02.rows.length === 0) return ctx.unchecked('收入决算表没有数据行', t02.sheet);
    // Only a negative amount is reported: the others need no name.
    const terms: Term[] = [];
    for (const row of t02.rows) {
      for (const [col, cell] of row.values) if (cell.kind === 'number' && cell.value.isNegative()) terms.push({ cell, name: `${row.code ? `${row.code} ${row.label}` : row.label || row.key} 栏次${col}` });
    }
    checkNonNegative(ctx, '收入决算表', terms);
  },
});

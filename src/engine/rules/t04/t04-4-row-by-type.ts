import { defineRule } from '../rule';
import { checkSum, sumCloses } from '../support/identity';
import { expenditureTerm, hasExpenditureColumns, T04_SUBJECT } from './support-columns';

/**
 * V33-119 “合计 = 一般公共 + 政府性 + 国有资本”: on every expenditure line (行次33–64)
 * 栏次2 合计 = 栏次3 + 栏次4 + 栏次5.
 */
export const t04RowByType = defineRule({
  code: 'T04-4',
  title: '支出各行合计等于三类财政拨款之和',
  severity: 'error',
  group: 'table',
  description: '财政拨款收入支出决算总表：支出每一行 栏次2 合计 = 栏次3 一般公共预算 + 栏次4 政府性基金预算 + 栏次5 国有资本经营预算',
  messages: {},
  check(ctx) {
    const t04 = ctx.tables.get('T04');
    if (!t04) return ctx.unchecked(`未找到${T04_SUBJECT}`);
    if (!hasExpenditureColumns(ctx, t04)) return;
    let lines = 0;
    for (let n = 33; n <= 64; n++) {
      const row = t04.line(n);
      if (!row) continue;
      lines++;
      if (sumCloses(row.values.get(2), [row.values.get(3), row.values.get(4), row.values.get(5)])) continue;
      checkSum(ctx, { subject: T04_SUBJECT, total: expenditureTerm(t04, n, 2), parts: [3, 4, 5].map((c) => expenditureTerm(t04, n, c)) });
    }
    if (lines === 0) ctx.unchecked(`${T04_SUBJECT}：未读到支出方行次33–64`, t04.sheet);
  },
});

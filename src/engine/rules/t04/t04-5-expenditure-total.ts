import { defineRule } from '../rule';
import { checkSum, sumCloses } from '../support/identity';
import { expenditureTerm, hasExpenditureColumns, T04_SUBJECT } from './support-columns';

/** 财政拨款收入支出决算总表 “59行 = 33+…+58行”: 本年支出合计 = the 26 功能分类 classes, per 栏次 2–5. */
export const t04ExpenditureTotal = defineRule({
  code: 'T04-5',
  title: '财政拨款本年支出合计等于各类支出之和',
  severity: 'error',
  group: 'table',
  description: '财政拨款收入支出决算总表：行次59 本年支出合计 = 行次33至58 各功能分类支出之和（栏次2至5 分别校验）',
  messages: {},
  check(ctx) {
    const t04 = ctx.tables.get('T04');
    if (!t04) return ctx.unchecked(`未找到${T04_SUBJECT}`);
    if (!hasExpenditureColumns(ctx, t04)) return;
    // Lines a variant does not print (上海 has no 债务 rows) are left out, not read as missing.
    const printed: number[] = [];
    for (let n = 33; n <= 58; n++) if (t04.line(n)) printed.push(n);
    if (printed.length === 0) return ctx.unchecked(`${T04_SUBJECT}：未读到支出功能分类行次33–58`, t04.sheet);
    for (const col of [2, 3, 4, 5]) {
      if (sumCloses(t04.line(59)?.values.get(col), printed.map((n) => t04.line(n)!.values.get(col)))) continue;
      checkSum(ctx, { subject: T04_SUBJECT, total: expenditureTerm(t04, 59, col), parts: printed.map((n) => expenditureTerm(t04, n, col)) });
    }
  },
});

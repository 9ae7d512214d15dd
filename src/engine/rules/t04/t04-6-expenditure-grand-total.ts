import { defineRule } from '../rule';
import { checkSum } from '../support/identity';
import { expenditureTerm, hasExpenditureColumns, T04_SUBJECT } from './support-columns';

/** 财政拨款收入支出决算总表 “64行 = 59+60行” (V33-242): 总计 = 本年支出合计 + 年末财政拨款结转和结余, per 栏次. */
export const t04ExpenditureGrandTotal = defineRule({
  code: 'T04-6',
  title: '财政拨款支出总计等于本年支出与年末结转结余之和',
  severity: 'error',
  group: 'table',
  description: '财政拨款收入支出决算总表：行次64 总计 = 行次59 本年支出合计 + 行次60 年末财政拨款结转和结余（栏次2至5 分别校验）',
  messages: {},
  check(ctx) {
    const t04 = ctx.tables.get('T04');
    if (!t04) return ctx.unchecked(`未找到${T04_SUBJECT}`);
    if (!hasExpenditureColumns(ctx, t04)) return;
    for (const col of [2, 3, 4, 5]) {
      checkSum(ctx, { subject: T04_SUBJECT, total: expenditureTerm(t04, 64, col), parts: [expenditureTerm(t04, 59, col), expenditureTerm(t04, 60, col)] });
    }
  },
});

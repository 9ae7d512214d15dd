import { defineRule } from '../rule';
import { checkSum } from '../support/identity';
import { expenditureTerm, hasExpenditureColumns, T04_SUBJECT } from './support-columns';

const SPLIT_LINES = [61, 62, 63];

/**
 * Variants that print the 年末财政拨款结转和结余 split by budget type under it (行次61–63, blank
 * and unlabelled in the 2023 template): 行次60 = 行次61 + 62 + 63, per 栏次. The split counts as
 * printed when a line is labelled or a cell holds a non-zero amount or anything unreadable;
 * blank, zero or “——” unlabelled lines are the template's empty rows.
 */
export const t04ClosingSplit = defineRule({
  code: 'T04-9',
  title: '年末财政拨款结转和结余等于分类明细之和',
  severity: 'error',
  group: 'table',
  description: '财政拨款收入支出决算总表：支出方行次61至63 列示年末结转和结余分类明细时，行次60 = 行次61 + 行次62 + 行次63（栏次2至5 分别校验）',
  messages: {},
  check(ctx) {
    const t04 = ctx.tables.get('T04');
    if (!t04) return ctx.unchecked(`未找到${T04_SUBJECT}`);
    const rows = SPLIT_LINES.map((n) => t04.line(n)).filter((r) => r !== undefined);
    const printed = rows.some(
      (r) =>
        r.label.trim() !== '' ||
        [...r.values.values()].some((v) => v.kind === 'text' || v.kind === 'error' || (v.kind === 'number' && !v.value.isZero())),
    );
    if (!printed) return; // not applicable: the 2023 template leaves 行次61–63 empty
    if (!hasExpenditureColumns(ctx, t04)) return;
    for (const col of [2, 3, 4, 5]) {
      checkSum(ctx, { subject: T04_SUBJECT, total: expenditureTerm(t04, 60, col), parts: SPLIT_LINES.map((n) => expenditureTerm(t04, n, col)) });
    }
  },
});

import { CAPITAL_CONSTRUCTION_CLASSES } from '../../dictionary/economic-codes';
import { defineRule } from '../rule';
import { show, decimalsOf } from '../support/amounts';
import { cellName } from '../support/cell-ref';
import { basicColumn, columnName, subjectOf } from './support-t06';

/**
 * 基本建设 spending (309 资本性支出（基本建设）, 311 对企业补助（基本建设）) is never 基本支出: the
 * template prints “——” in those 基本支出 cells (山西 2023 决算数; 山西 2022 其中：基本支出 only — its
 * 金额 栏 covers project spending and may hold amounts). An amount there is an error.
 */
export const t06CapitalConstruction = defineRule({
  code: 'T06-4',
  title: '基本建设类科目不得列示基本支出',
  severity: 'error',
  group: 'table',
  description: '基本支出决算明细表：309 资本性支出（基本建设）、311 对企业补助（基本建设）及其款级科目在基本支出栏应为“——”或空白，不得填列金额',
  messages: {
    amountInNa: '{subject}：{code} {name}的{column} {cell} = {actual}；基本建设类科目不属于基本支出，该栏应为“——”或空白',
  },
  check(ctx) {
    const t06 = ctx.tables.get('T06');
    if (!t06) return ctx.unchecked('未找到一般公共预算财政拨款基本支出决算明细表');
    const col = basicColumn(t06);
    for (const row of t06.codeRows()) {
      if (!CAPITAL_CONSTRUCTION_CLASSES.some((c) => row.code!.startsWith(c))) continue;
      const cell = row.values.get(col);
      if (!cell || cell.kind !== 'number' || cell.value.isZero()) continue;
      ctx.report({
        messageId: 'amountInNa',
        cells: [cell],
        data: {
          subject: subjectOf(t06),
          code: row.code!,
          name: row.label,
          column: columnName(t06, col),
          cell: cellName(cell, cell.sheet),
          actual: show(cell.value, decimalsOf([cell])),
        },
        expected: '——',
        actual: cell.value,
      });
    }
  },
});

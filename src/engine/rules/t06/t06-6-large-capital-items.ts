import { Decimal } from '../../money/decimal';
import { fromYuan, toYuan } from '../../money/unit';
import { defineRule } from '../rule';
import { decimalsOf, show } from '../support/amounts';
import { cellName } from '../support/cell-ref';
import { basicColumn, columnName, subjectOf } from './support-t06';

/**
 * 提示线 100,000 元 (10 万元) per 310 资本性支出 款. 基本支出 keeps a unit running (staff and daily
 * operation); buying assets is normally budgeted as a project. Routine replacement of office
 * equipment in 基本支出 stays in the tens of thousands of 元 for a unit of the seeds' size, so a
 * 款 at or above 10 万元 is worth a look — but it is allowed, hence info only.
 */
const THRESHOLD_YUAN = new Decimal(100000);

/**
 * 2023 基本支出决算明细表 (and the 其中：基本支出 栏 of the 山西 2022 table): large 资本性支出 such as
 * 31002 办公设备购置 under 基本支出 are plausible but unusual (catalog T06-6, info).
 */
export const t06LargeCapitalItems = defineRule({
  code: 'T06-6',
  title: '基本支出中的大额资本性支出提示',
  severity: 'info',
  group: 'table',
  description: '基本支出决算明细表：310 资本性支出各款（如 31002 办公设备购置）在基本支出中达到 10 万元时提示核实是否应列项目支出',
  messages: {
    largeItem: '{subject}：{code} {name}的{column} {cell} = {actual}，达到提示线 {threshold}；大额资产购置一般列项目支出，请核实是否属于基本支出',
  },
  check(ctx) {
    const t06 = ctx.tables.get('T06');
    if (!t06) return ctx.unchecked('未找到一般公共预算财政拨款基本支出决算明细表');
    const subject = subjectOf(t06);
    if (!t06.unit) return ctx.unchecked(`${subject}：未识别金额单位，无法判断资本性支出是否达到 10 万元提示线`, t06.sheet);
    const col = basicColumn(t06);
    const items = t06.codeRows().filter((r) => r.code!.length === 5 && r.code!.startsWith('310'));
    // A table that prints 310 without its 款 is judged on the 类.
    const rows = items.length > 0 ? items : t06.codeRows().filter((r) => r.code === '310');
    const threshold = fromYuan(THRESHOLD_YUAN, t06.unit);
    for (const row of rows) {
      const cell = row.values.get(col);
      if (!cell || cell.kind !== 'number' || toYuan(cell.value, t06.unit).lessThan(THRESHOLD_YUAN)) continue;
      const decimals = decimalsOf([cell]);
      ctx.report({
        messageId: 'largeItem',
        cells: [cell],
        data: {
          subject,
          code: row.code!,
          name: row.label,
          column: columnName(t06, col),
          cell: cellName(cell, cell.sheet),
          actual: show(cell.value, decimals),
          threshold: `${show(threshold, decimals)} ${t06.unit}`,
        },
        expected: `< ${threshold.toFixed(decimals)}`,
        actual: cell.value,
      });
    }
  },
});

import { defineRule } from '../rule';
import { show } from '../support/amounts';
import { cellName } from '../support/cell-ref';
import { usable } from '../support/identity';
import { EQUIPMENT, T10_NAME, t10Terms, VEHICLE_KINDS, VEHICLE_TOTAL } from './support-t10';

type Message = 'notInteger' | 'negativeCount';

/** 三、国有资产占用情况：车辆数（辆，行次7–15）与单价100万元以上设备（台（套），行次17）为非负整数。 */
export const countsAreWhole = defineRule<Message>({
  code: 'T10-4',
  title: '车辆数和设备数为非负整数',
  severity: 'error',
  group: 'table',
  description: '部门决算公开相关信息统计表：行次7至15 车辆数（辆）与行次17 单价100万元（含）以上设备（台（套））须为大于等于0的整数',
  messages: {
    notInteger: '{table}：{name} {cell} = {value}，数量应为整数',
    negativeCount: '{table}：{name} {cell} = {value}，数量不应为负数',
  },
  check(ctx) {
    const t10 = ctx.tables.get('T10');
    if (!t10) return ctx.unchecked(`未找到${T10_NAME}`);
    const terms = t10Terms(t10, [VEHICLE_TOTAL, ...VEHICLE_KINDS, EQUIPMENT]);
    if (terms.length === 0) return ctx.unchecked(`${T10_NAME}：未找到车辆数、设备数（行次7–17）`, t10.sheet);
    for (const term of terms) {
      if (!usable(ctx, `${T10_NAME} 数量`, [term])) continue;
      const cell = term.cell!;
      if (cell.kind !== 'number') continue;
      const data = { table: T10_NAME, name: term.name, cell: cellName(cell, t10.sheet), value: show(cell.value, cell.decimals) };
      if (cell.value.isNegative()) ctx.report({ messageId: 'negativeCount', cells: [cell], data, actual: cell.value, expected: '≥ 0' });
      else if (!cell.value.isInteger()) ctx.report({ messageId: 'notInteger', cells: [cell], data, actual: cell.value, expected: '整数' });
    }
  },
});

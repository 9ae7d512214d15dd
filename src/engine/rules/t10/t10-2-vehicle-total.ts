import { ZERO } from '../../money/decimal';
import type { ValueCell } from '../../values/value-cell';
import { defineRule } from '../rule';
import { show } from '../support/amounts';
import { cellName } from '../support/cell-ref';
import { usable } from '../support/identity';
import { T10_NAME, t10Term, t10Terms, VEHICLE_KINDS, VEHICLE_TOTAL } from './support-t10';

/**
 * 三、国有资产占用情况：车辆数合计（行次7）= 各类用车之和（行次8–15）。车辆是辆数，不是由元折算的
 * 金额，没有尾差：必须完全相等。
 */
export const vehicleTotal = defineRule<'countSum'>({
  code: 'T10-2',
  title: '车辆数合计等于各类用车之和',
  severity: 'error',
  group: 'table',
  description: '部门决算公开相关信息统计表：行次7 车辆数合计 = 行次8至15 各类用车之和（辆数，须完全相等）',
  messages: {
    countSum: '{table}：车辆数合计 {totalCell} = {actual} 辆 ≠ {expression} = {expected} 辆，差 {difference} 辆（车辆数须完全相等）',
  },
  check(ctx) {
    const t10 = ctx.tables.get('T10');
    if (!t10) return ctx.unchecked(`未找到${T10_NAME}`);
    const total = t10Term(t10, VEHICLE_TOTAL);
    const parts = t10Terms(t10, VEHICLE_KINDS);
    if (!usable(ctx, `${T10_NAME} 车辆数`, [total, ...parts])) return;
    const totalCell = total.cell as ValueCell;
    const partCells = parts.map((p) => p.cell as ValueCell);
    const expected = partCells.reduce((acc, c) => acc.plus(c.value), ZERO);
    const difference = totalCell.value.minus(expected).abs();
    if (difference.isZero()) return;
    const decimals = Math.max(0, ...[totalCell, ...partCells].filter((c) => c.kind === 'number').map((c) => Math.min(c.decimals, 4)));
    const names = partCells.map((c) => cellName(c, t10.sheet));
    ctx.report({
      messageId: 'countSum',
      cells: [totalCell, ...partCells.filter((c) => c.kind !== 'blank')],
      data: {
        table: T10_NAME,
        totalCell: cellName(totalCell, t10.sheet),
        actual: show(totalCell.value, decimals),
        expression: names.length > 0 ? `${names[0]}+…+${names[names.length - 1]}` : '0',
        expected: show(expected, decimals),
        difference: show(difference, decimals),
      },
      expected,
      actual: totalCell.value,
      difference,
    });
  },
});

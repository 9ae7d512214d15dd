import { toA1 } from '../../model/address';
import type { CellLocation } from '../../finding';
import { Decimal } from '../../money/decimal';
import { defineRule, type FindingCell, type RuleContext } from '../rule';
import { cellName } from '../support/cell-ref';
import { usable } from '../support/identity';
import { codeTerm, lineCell, nonZero } from './support-cross';

interface Count {
  value: Decimal;
  where: FindingCell;
  name: string;
}

const HELD = /(?:公务用车|车辆)保有量(?:为|是|共)?(\d+)辆/;
const PURCHASED = /(?:购置|新购|购买)(?:公务用车|车辆)(\d+)辆/;

function fromText(ctx: RuleContext, pattern: RegExp, name: string): Count | undefined {
  for (const t of ctx.tables.textCells()) {
    const m = pattern.exec(t.text.replace(/\s+/g, ''));
    if (m) return { value: new Decimal(m[1]), where: { sheet: t.sheet, cell: toA1(t.pos) } as CellLocation, name: `${name}（说明文字）` };
  }
  return undefined;
}

/** Vehicles held: 相关信息统计表 行次7 车辆数合计, else the narrative's 公务用车保有量. */
function vehiclesHeld(ctx: RuleContext): Count | undefined {
  const t10 = ctx.tables.get('T10');
  const term = t10 ? lineCell(t10, 7, 1) : undefined;
  if (term?.cell && usable(ctx, '公务用车与车辆数', [term])) return { value: term.cell.value, where: term.cell, name: term.name };
  return fromText(ctx, HELD, '公务用车保有量');
}

/**
 * 公务用车 plausibility (domain-rules §4.10 X-15): running costs (三公 栏次11) need vehicles
 * (T10 行次7 or the narrative's 保有量), and a purchase (栏次10) needs a vehicle bought (narrative)
 * or, when the narrative does not say, a vehicle held at year end.
 */
export const x15Vehicles = defineRule({
  code: 'X-15',
  title: '公务用车经费与车辆数相符',
  severity: 'warning',
  group: 'cross-table',
  description: '三公经费表栏次11 公务用车运行维护费 > 0 时应有车辆（相关信息统计表行次7 或说明中的保有量）；栏次10 公务用车购置费 > 0 时应有购置车辆；无车辆时运行维护费应为0',
  messages: {
    noVehicles: '{costName} {costCell} = {cost}，但{countName} {countCell} 为 {count} 辆',
    noVehiclesBoth: '{costs}，但{countName} {countCell} 为 {count} 辆',
  },
  check(ctx) {
    const t3g = ctx.tables.get('T3G');
    if (!t3g?.row('data')) return ctx.unchecked('未找到财政拨款“三公”经费支出决算表或其数据行，无法核对公务用车经费与车辆数');
    const running = codeTerm(t3g, 'data', 11);
    const purchase = codeTerm(t3g, 'data', 10);
    if (!nonZero(running.cell) && !nonZero(purchase.cell)) return;
    const held = vehiclesHeld(ctx);
    if (!held) return ctx.unchecked('未找到部门决算公开相关信息统计表（车辆数）或说明中的公务用车保有量，无法核对公务用车经费');
    const bought = fromText(ctx, PURCHASED, '购置公务用车') ?? held;
    const report = (cost: typeof running, count: Count) => {
      const cell = cost.cell!;
      ctx.report({
        messageId: 'noVehicles',
        cells: [cell, count.where],
        data: { costName: cost.name, costCell: cellName(cell, cell.sheet), cost: cell.text, countName: count.name, countCell: cellName(count.where, cell.sheet), count: count.value.toString() },
      });
    };
    const runningWrong = nonZero(running.cell) && held.value.isZero();
    const purchaseWrong = nonZero(purchase.cell) && bought.value.isZero();
    if (runningWrong && purchaseWrong && bought === held) {
      // Both costs against the same zero count: one problem, one finding naming both.
      const [r, p] = [running.cell!, purchase.cell!];
      const costs = [running, purchase].map((c) => `${c.name} ${cellName(c.cell!, r.sheet)} = ${c.cell!.text}`).join('、');
      ctx.report({
        messageId: 'noVehiclesBoth',
        cells: [r, p, held.where],
        data: { costs, countName: held.name, countCell: cellName(held.where, r.sheet), count: held.value.toString() },
      });
      return;
    }
    if (runningWrong) report(running, held);
    if (purchaseWrong) report(purchase, bought);
  },
});

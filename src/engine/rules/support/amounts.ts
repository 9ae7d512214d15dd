import { Decimal, formatAmount } from '../../money/decimal';
import { toYuan, type AmountUnit } from '../../money/unit';
import type { ValueCell } from '../../values/value-cell';

const UNIT_RANK: Record<AmountUnit, number> = { 元: 0, 万元: 1, 亿元: 2 };

/** The coarsest unit among the cells: amounts are compared in it (a 元 figure becomes 万元). */
export function commonUnit<T = ValueCell>(cells: readonly T[], unitOf: (cell: T) => AmountUnit | undefined = (c) => (c as ValueCell).unit): AmountUnit {
  let unit: AmountUnit = '元';
  let seen = false;
  for (const c of cells) {
    const u = unitOf(c);
    if (!u) continue;
    if (!seen || UNIT_RANK[u] > UNIT_RANK[unit]) unit = u;
    seen = true;
  }
  return seen ? unit : '万元';
}

/** The cell's amount expressed in `unit` (unrounded: the tolerance of the coarse unit covers it). */
export function amountIn(cell: ValueCell, unit: AmountUnit): Decimal {
  if (!cell.unit || cell.unit === unit) return cell.value;
  return toYuan(cell.value, cell.unit).dividedBy(toYuan(new Decimal(1), unit));
}

/** Decimals to show: at least 2, at most 4 (a loop, not Math.max(...cells): a sum may have 100,000 parts). */
export function decimalsOf(cells: readonly ValueCell[]): number {
  let decimals = 2;
  for (const c of cells) if (c.kind === 'number' && c.decimals > decimals) decimals = Math.min(c.decimals, 4);
  return decimals;
}

export function show(value: Decimal, decimals: number): string {
  return formatAmount(value, decimals);
}

import { Decimal, ZERO } from '../../money/decimal';
import type { Table } from '../../tables/table';
import type { TableSet } from '../../tables/table-set';
import type { ValueCell } from '../../values/value-cell';
import { distinctSelfEvals } from '../performance/support-duplicates';
import { amountIn } from '../support/amounts';

/** A printed unit that is 10,000 times off puts the ratio of figures that should match near 10⁴ (or 10⁻⁴). */
const SCALE_LOW = new Decimal(3_000);
const SCALE_HIGH = new Decimal(30_000);
/** Fewer amounts than this say nothing about a workbook's habit. */
const MIN_AMOUNTS = 5;

export interface ScaleMismatch {
  /** 公开 figure ÷ 自评 figure, both in the units printed on them. */
  ratio: Decimal;
  spendCell: ValueCell;
  executedCells: ValueCell[];
}

/**
 * 05表 项目支出 (合计 栏次3) against Σ 全年执行数 of the 自评表 (which X-17 expects to match, 自评表
 * in 万元): read in their printed units, about 10,000 times apart means one of the printed units
 * is wrong — typically 元 amounts under a 金额单位：万元 heading.
 */
export function scaleMismatch(tables: TableSet): ScaleMismatch | undefined {
  const t05 = tables.get('T05');
  const spendCell = t05?.value('合计', 3);
  const executedCells = distinctSelfEvals(tables)
    .map((pe) => pe.funds[0]?.executed)
    .filter((c): c is ValueCell => c !== undefined && c.kind === 'number');
  if (!t05?.unit || !spendCell || spendCell.kind !== 'number' || spendCell.value.isZero() || executedCells.length === 0) return undefined;
  const evaluated = executedCells.reduce((sum, c) => sum.plus(amountIn(c, t05.unit ?? '万元')), ZERO);
  if (evaluated.isZero()) return undefined;
  const ratio = spendCell.value.dividedBy(evaluated).abs();
  const inverse = ratio.isZero() ? ZERO : new Decimal(1).dividedBy(ratio);
  const off = (r: Decimal) => r.greaterThanOrEqualTo(SCALE_LOW) && r.lessThanOrEqualTo(SCALE_HIGH);
  return off(ratio) || off(inverse) ? { ratio, spendCell, executedCells } : undefined;
}

/** Non-zero amounts of the tables printed in 万元. */
function wanAmounts(tables: readonly Table[]): ValueCell[] {
  const cells: ValueCell[] = [];
  for (const t of tables) {
    if (t.unit !== '万元') continue;
    for (const row of t.rows) for (const cell of row.values.values()) if (cell.kind === 'number' && !cell.value.isZero()) cells.push(cell);
  }
  return cells;
}

/** “Throughout”: counts (车辆数, 10表) and a few round figures do not make a habit. */
const THROUGHOUT = 0.9;

/**
 * 万元 amounts are 元 rounded to 2 decimals (domain-rules §3); when (nearly) every non-zero 万元
 * amount carries more decimals, the figures were divided by 10,000 without rounding, or are not 万元.
 */
export function overPreciseWan(tables: readonly Table[]): { cells: ValueCell[]; decimals: number } | undefined {
  const all = wanAmounts(tables);
  const cells = all.filter((c) => c.value.decimalPlaces() > 2);
  if (cells.length < MIN_AMOUNTS || cells.length < all.length * THROUGHOUT) return undefined;
  return { cells, decimals: Math.min(...cells.map((c) => c.value.decimalPlaces())) };
}

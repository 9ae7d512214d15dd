import { cellDecimal, type Decimal } from '../money/decimal';
import type { CellSnapshot } from '../model/snapshot';
import { parseNumberText } from '../values/parse-number';
import type { FillStatus } from './fill-item';

/** True when the cell holds nothing (no value, or only spaces). */
export function isBlankCell(cell: CellSnapshot | null | undefined): boolean {
  if (!cell || cell.value === null) return !cell?.formula;
  return typeof cell.value === 'string' && cell.value.trim() === '' && !cell.formula;
}

/** The number the cell shows and its displayed decimals; a percent-formatted 0.7758 reads as 77.58 when `percentFigure`. */
export function shownNumber(cell: CellSnapshot, percentFigure: boolean): { value: Decimal; decimals: number } | undefined {
  const parsed = parseNumberText(cell.text ?? '');
  if (typeof cell.value === 'number') {
    const scaled = percentFigure && cell.numFmt?.includes('%') ? cellDecimal(cell.value).times(100) : cellDecimal(cell.value);
    return { value: scaled, decimals: parsed?.decimals ?? decimalsOfNumber(cell.value) };
  }
  if (typeof cell.value === 'string' && parsed) return { value: parsed.value, decimals: parsed.decimals };
  return undefined;
}

function decimalsOfNumber(value: number): number {
  return cellDecimal(value).decimalPlaces();
}

/**
 * A number cell against the engine's value: the same when the value, rounded as the cell
 * displays it, equals what the cell shows (22.6 in a 0.0 cell for 22.6000; 100 for 100.00).
 */
export function compareNumber(cell: CellSnapshot | null, expected: Decimal, percentFigure = false): FillStatus {
  if (isBlankCell(cell)) return 'empty';
  const shown = shownNumber(cell!, percentFigure);
  if (!shown) return 'conflict';
  const decimals = Math.min(shown.decimals, 10);
  return expected.toDecimalPlaces(decimals).equals(shown.value.toDecimalPlaces(decimals)) ? 'same' : 'conflict';
}

import type { CellPos } from '../model/address';
import { Decimal } from '../money/decimal';
import type { AmountUnit } from '../money/unit';

/**
 * What a cell means as an amount:
 * number — a number, or a number stored as text (“1,475,018.17”);
 * blank  — empty, counts as 0 (000/004 leave zero cells blank);
 * na     — “——”: not applicable, must stay empty of amounts;
 * text   — words where a number was expected;
 * error  — an Excel error value (#REF!, #DIV/0!).
 */
export type CellKind = 'number' | 'blank' | 'na' | 'text' | 'error';

export interface ValueCell {
  sheet: string;
  pos: CellPos;
  kind: CellKind;
  /** The amount; 0 for blank, na, text and error cells (rules check `kind` first). */
  value: Decimal;
  /** The text as displayed. */
  text: string;
  /** Decimal places shown, used to judge rounding (2 for 0.00, 3 for 29.099). */
  decimals: number;
  /** True for numbers stored as text. */
  storedAsText: boolean;
  /** The amount unit of the table the cell belongs to, when known. */
  unit?: AmountUnit;
  /** A rate read as percent points (readPercentCell): findings on it show “%”. */
  percent?: true;
}

export function isUsable(cell: ValueCell | undefined): cell is ValueCell {
  return cell !== undefined && (cell.kind === 'number' || cell.kind === 'blank' || cell.kind === 'na');
}

export function hasValue(cell: ValueCell | undefined): boolean {
  return cell !== undefined && cell.kind === 'number';
}

export const ZERO_VALUE = new Decimal(0);

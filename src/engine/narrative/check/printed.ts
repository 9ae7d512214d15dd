import { Decimal } from '../../money/decimal';
import { fromYuan, toYuan, type AmountUnit } from '../../money/unit';
import type { ValueCell } from '../../values/value-cell';

/** A number printed in the narrative: its value, decimals shown, unit (when printed) and where. */
export interface Printed {
  value: Decimal;
  decimals: number;
  unit?: AmountUnit;
  text: string;
  index: number;
  end: number;
}

const NUMBER = String.raw`(-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)`;
export const AMOUNT_SOURCE = `${NUMBER}\\s*(亿元|万元|元)?`;

/** The number (and unit) that starts at `index` of `text`, skipping spaces. */
export function amountAt(text: string, index: number): Printed | undefined {
  const m = new RegExp(`^\\s*${AMOUNT_SOURCE}`).exec(text.slice(index));
  // A percentage or a count is not an amount.
  if (!m || (!m[2] && /^\s*[%％个辆人次台项件分]/.test(text.slice(index + m[0].length)))) return undefined;
  const start = index + m[0].indexOf(m[1]);
  return printed(m[1], m[2] as AmountUnit | undefined, start, index + m[0].length);
}

export function printed(number: string, unit: AmountUnit | undefined, index: number, end: number): Printed {
  const plain = number.replace(/,/g, '');
  const decimals = plain.includes('.') ? plain.split('.')[1].length : 0;
  return { value: new Decimal(plain), decimals, unit, text: `${number}${unit ?? ''}`, index, end };
}

/** A table figure: one cell or the sum of several, in the table's unit. */
export interface Figure {
  value: Decimal;
  unit: AmountUnit;
  /** Decimals the table shows (2, or 3 in 自评表). */
  decimals: number;
  cells: ValueCell[];
}

export function figureOf(cells: Array<ValueCell | undefined>, fallbackUnit: AmountUnit): Figure | undefined {
  const present = cells.filter((c): c is ValueCell => c !== undefined);
  if (present.length === 0 || present.some((c) => c.kind === 'text' || c.kind === 'error')) return undefined;
  const value = present.reduce((acc, c) => acc.plus(c.value), new Decimal(0));
  return { value, unit: present[0].unit ?? fallbackUnit, decimals: Math.max(2, ...present.map((c) => (c.kind === 'number' ? c.decimals : 2))), cells: present };
}

/**
 * domain-rules §3 rule 4: narrative and table agree when, in one unit and at the coarser of the
 * two precisions, they are equal (“3898065.04元” = 389.81万元; “57.5万元” for 57.466 at one decimal).
 */
export function sameAmount(p: Printed, f: Figure, documentUnit: AmountUnit): boolean {
  const unit = p.unit ?? documentUnit;
  const narrativeInTable = fromYuan(toYuan(p.value, unit), f.unit);
  // One printed step of the narrative, in table units.
  const narrativeStep = fromYuan(toYuan(new Decimal(10).pow(-p.decimals), unit), f.unit);
  const tableStep = new Decimal(10).pow(-f.decimals);
  if (narrativeStep.greaterThan(tableStep)) {
    const tableInNarrative = fromYuan(toYuan(f.value, f.unit), unit).toDecimalPlaces(p.decimals);
    return tableInNarrative.equals(p.value);
  }
  return narrativeInTable.toDecimalPlaces(f.decimals).equals(f.value.toDecimalPlaces(f.decimals));
}

/** The table figure in the narrative's unit, for a message: “46,700.00元”. */
export function shownIn(f: Figure, unit: AmountUnit): string {
  const v = fromYuan(toYuan(f.value, f.unit), unit);
  return `${v.toDecimalPlaces(unit === f.unit ? f.decimals : 2).toFixed(unit === f.unit ? f.decimals : 2)}${unit}`;
}

/** A printed percentage agrees with the computed one: ±0.01 at 2 decimals, ±0.05 at 1, ±0.5 at 0. */
export function samePercent(printedValue: Decimal, decimals: number, expected: Decimal): boolean {
  const tolerance = decimals >= 2 ? new Decimal('0.01') : decimals === 1 ? new Decimal('0.05') : new Decimal('0.5');
  return printedValue.minus(expected.toDecimalPlaces(Math.max(decimals, 2))).abs().lessThanOrEqualTo(tolerance);
}

export function percentOf(part: Decimal, whole: Decimal): Decimal | undefined {
  return whole.isZero() ? undefined : part.dividedBy(whole).times(100);
}

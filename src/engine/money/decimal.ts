import DecimalBase from 'decimal.js';

/**
 * The engine's one Decimal: half-up rounding (四舍五入, as 财政 tables round), enough
 * precision for 元 amounts with many digits. Never add JavaScript numbers for money.
 */
export const Decimal = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;

export const ZERO = new Decimal(0);

/** Excel keeps and shows 15 significant digits of a number. */
const EXCEL_DIGITS = 15;

/**
 * A cell's raw number as Excel holds it: to 15 significant digits. A typed 262.49 is read as it
 * was typed; a formula's result keeps the binary noise of its double in the file
 * (=SUM(0.1,0.2) is saved as 0.30000000000000004), which Excel neither shows nor counts: read
 * whole, every total made by a formula would miss its parts by 10⁻¹⁷.
 */
export function cellDecimal(n: number): Decimal {
  return Number.isSafeInteger(n) ? new Decimal(n) : new Decimal(n.toPrecision(EXCEL_DIGITS));
}

export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce((acc, v) => acc.plus(v), ZERO);
}

/**
 * value.toFixed(decimals), half-up. decimal.js rounds a copy of the value even when it has no more
 * decimals than asked (most amounts); then its plain text padded with zeros is the answer, at a
 * quarter of the cost: every figure of every finding is written out.
 */
export function toFixed(value: Decimal, decimals: number): string {
  const exponential = value.e <= Decimal.toExpNeg || value.e >= Decimal.toExpPos;
  if (exponential || value.decimalPlaces() > decimals) return value.toFixed(decimals);
  const text = value.toString();
  const dot = text.indexOf('.');
  const shown = dot < 0 ? 0 : text.length - dot - 1;
  if (shown === decimals) return text;
  return `${dot < 0 ? `${text}.` : text}${'0'.repeat(decimals - shown)}`;
}

/** 1475018 → 1,475,018 (a loop: a lookahead pattern costs more than the rest of formatAmount). */
function thousands(digits: string): string {
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
}

/** Fixed-point text with thousands separators, as shown in the reports: 1,475,018.17 */
export function formatAmount(value: Decimal, decimals = 2): string {
  const fixed = toFixed(value, decimals);
  const [intPart, frac] = fixed.split('.');
  const sign = intPart.startsWith('-') ? '-' : '';
  const digits = sign ? intPart.slice(1) : intPart;
  const grouped = thousands(digits);
  return frac === undefined ? `${sign}${grouped}` : `${sign}${grouped}.${frac}`;
}

/** Plain decimal string for JSON output: no exponent, no grouping. */
export function plain(value: Decimal, decimals = 2): string {
  return toFixed(value, decimals);
}

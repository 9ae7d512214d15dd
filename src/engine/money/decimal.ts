import DecimalBase from 'decimal.js';

/**
 * The engine's one Decimal: half-up rounding (四舍五入, as 财政 tables round), enough
 * precision for 元 amounts with many digits. Never add JavaScript numbers for money.
 */
export const Decimal = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;

export const ZERO = new Decimal(0);

export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce((acc, v) => acc.plus(v), ZERO);
}

/** Fixed-point text with thousands separators, as shown in the reports: 1,475,018.17 */
export function formatAmount(value: Decimal, decimals = 2): string {
  const fixed = value.toFixed(decimals);
  const [intPart, frac] = fixed.split('.');
  const sign = intPart.startsWith('-') ? '-' : '';
  const digits = sign ? intPart.slice(1) : intPart;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? `${sign}${grouped}` : `${sign}${grouped}.${frac}`;
}

/** Plain decimal string for JSON output: no exponent, no grouping. */
export function plain(value: Decimal, decimals = 2): string {
  return value.toFixed(decimals);
}

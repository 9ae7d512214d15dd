/**
 * The text Excel displays for a number under the common formats of 决算 workbooks
 * (General, 0, 0.00, #,##0.00, 0.000, 0%, 0.00%). Other formats fall back to their
 * decimal places. Half-up, as Excel rounds for display.
 */
import { Decimal, formatAmount } from '../money/decimal';

function decimalsOf(format: string): number {
  const match = /\.(0+)/.exec(format);
  return match ? match[1].length : 0;
}

export function formatNumber(value: number, numFmt: string | undefined): string {
  const format = (numFmt ?? 'General').split(';')[0];
  if (format === 'General' || format === '' || format === '@') {
    return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
  }
  const decimal = new Decimal(String(value));
  if (format.includes('%')) return `${decimal.times(100).toFixed(decimalsOf(format))}%`;
  const decimals = decimalsOf(format);
  if (format.includes(',')) return formatAmount(decimal, decimals);
  return decimal.toFixed(decimals);
}

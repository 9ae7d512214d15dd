import { cellDecimal, Decimal } from '../money/decimal';
import { normalizeText } from './normalize';

export interface ParsedNumber {
  value: Decimal;
  decimals: number;
}

const NUMBER_TEXT = /^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

/**
 * Reads a number typed or pasted as text: thousands separators (half- or full-width
 * commas), surrounding spaces, a trailing % (returned as the percent figure, not /100), a
 * leading minus sign “−” (U+2212, which PDF converters write and NFKC keeps).
 */
export function parseNumberText(text: string): ParsedNumber | undefined {
  const compact = normalizeText(text).replace(/%$/, '').replace(/^\u2212/, '-');
  if (!NUMBER_TEXT.test(compact)) return undefined;
  const digits = compact.replace(/,/g, '');
  const dot = digits.indexOf('.');
  return { value: new Decimal(digits), decimals: dot < 0 ? 0 : digits.length - dot - 1 };
}

const SHOWN_DECIMALS = /^[-+]?[\d,]*\.\d+%?$/;

/**
 * Decimal places a number shows: from the displayed text when there is one (no Decimal built: hot
 * path), else those of the raw number to Excel's 15 digits (cellDecimal: no binary noise).
 */
export function decimalsShown(displayed: string, raw: number): number {
  const shown = displayed.trim();
  // Tested, not matched: no match array per amount cell. The pattern holds one dot, digits after it.
  if (SHOWN_DECIMALS.test(shown)) return (shown.endsWith('%') ? shown.length - 1 : shown.length) - shown.indexOf('.') - 1;
  if (/^[-+]?[\d,]+%?$/.test(shown)) return 0;
  return cellDecimal(raw).decimalPlaces();
}

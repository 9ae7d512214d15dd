import { Decimal } from '../money/decimal';
import { normalizeText } from './normalize';

export interface ParsedNumber {
  value: Decimal;
  decimals: number;
}

const NUMBER_TEXT = /^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

/**
 * Reads a number typed or pasted as text: thousands separators (half- or full-width
 * commas), surrounding spaces, a trailing % (returned as the percent figure, not /100).
 */
export function parseNumberText(text: string): ParsedNumber | undefined {
  const compact = normalizeText(text).replace(/%$/, '');
  if (!NUMBER_TEXT.test(compact)) return undefined;
  const digits = compact.replace(/,/g, '');
  const dot = digits.indexOf('.');
  return { value: new Decimal(digits), decimals: dot < 0 ? 0 : digits.length - dot - 1 };
}

/**
 * The decimals of a shown figure such as “-1,234.50”, “.5”, “77.58%” or “1,234” (0), or
 * undefined for any other text: /^[-+]?[\d,]*\.(\d+)%?$/ and /^[-+]?[\d,]+%?$/ read by hand,
 * since every amount cell of the workbook is read through here and a match allocates.
 */
function shownDecimals(s: string): number | undefined {
  const start = s.charCodeAt(0) === 45 || s.charCodeAt(0) === 43 ? 1 : 0; // - +
  const end = s.charCodeAt(s.length - 1) === 37 ? s.length - 1 : s.length; // %
  let dot = -1;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) continue; // 0-9
    if (c === 44 && dot < 0) continue; // , before the point
    if (c === 46 && dot < 0) {
      dot = i;
      continue;
    }
    return undefined;
  }
  if (dot >= 0) return end - dot - 1 > 0 ? end - dot - 1 : undefined;
  return end > start ? 0 : undefined;
}

/** Decimal places a number shows: from the displayed text when there is one (no Decimal built: hot path). */
export function decimalsShown(displayed: string, raw: number): number {
  const shown = shownDecimals(displayed.trim());
  if (shown !== undefined) return shown;
  const text = String(raw);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

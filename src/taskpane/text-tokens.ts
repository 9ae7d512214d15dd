/**
 * Splits a message into text and the units that must never break across lines: amounts and
 * rates (“1,233,569.79”, “-0.01”, “69.00%”), cell addresses and ranges (“C156”, “A1:F40”,
 * “公开02表!C7”), and functions written in the text (“SUM(C7:C12)”). Arithmetic still wraps, at
 * the spaces around its operators.
 */
export interface TextToken {
  text: string;
  /** True for a unit rendered unbreakable. */
  unit: boolean;
}

const SHEET = String.raw`(?:'[^']{1,31}'|[^\s'!：:，,、。；;（）()=+×÷≠<>]{1,12})!`;
const CELL = String.raw`\$?[A-Z]{1,3}\$?[1-9]\d*`;
const ADDRESS = String.raw`(?:${SHEET})?${CELL}(?::${CELL})?`;
const NUMBER = String.raw`[-−]?\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|[-−]?\d+(?:\.\d+)?%?`;
const FUNCTION = String.raw`[A-Z]{2,10}\([^()\s]{0,40}\)`;
// Letters or digits glued to a match (“PE-7”, “T01”, “X9Y”) are not an address or a number.
const UNIT = new RegExp(String.raw`(?<![A-Za-z0-9_.\-−])(?:${FUNCTION}|${ADDRESS}|${NUMBER})(?![A-Za-z0-9_])`, 'g');

export function textTokens(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  let last = 0;
  for (const match of text.matchAll(UNIT)) {
    const start = match.index;
    if (start > last) tokens.push({ text: text.slice(last, start), unit: false });
    tokens.push({ text: match[0], unit: true });
    last = start + match[0].length;
  }
  if (last < text.length) tokens.push({ text: text.slice(last), unit: false });
  return tokens;
}

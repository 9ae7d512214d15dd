/**
 * The displayed text of a cell (Range.text) for the number formats 决算 workbooks use:
 * General, 0, 0.00, #,##0, #,##0.00, 0%, 0.00%, their sign sections ("#,##0.00;-#,##0.00;\"-\""),
 * colours, literals, "_)" spacing and thousands scaling. Dates and fractions fall back to General;
 * the host is a test double, not a formatting engine.
 */
import type { CellValue } from './workbook-model';

export function displayText(value: CellValue, format: string | undefined, isError = false): string {
  if (value === null) return '';
  if (isError) return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return textSection(value, format);
  return formatNumber(value, format ?? 'General');
}

function textSection(value: string, format: string | undefined): string {
  const sections = format ? splitSections(format) : [];
  if (sections.length < 4) return value;
  return render(tokenize(sections[3]), '', value);
}

export function formatNumber(v: number, format: string): string {
  const sections = splitSections(format);
  let section = sections[0];
  let n = v;
  let sign = v < 0 ? '-' : '';
  if (v < 0 && sections.length >= 2) {
    section = sections[1];
    n = -v;
    sign = ''; // the negative section writes its own sign, if any
  } else if (v === 0 && sections.length >= 3) {
    section = sections[2];
  }
  if (/^\s*general\s*$/i.test(section.replace(/\[[^\]]*\]/g, ''))) return sign + general(Math.abs(n));
  const tokens = tokenize(section);
  if (!tokens) return sign + general(Math.abs(n));
  const digits = digitsOf(tokens, Math.abs(n));
  const text = render(tokens, digits, '');
  return sign + text; // Excel keeps the sign even when the rounded value shows as zero ("-0.00")
}

/** Excel's General format in a standard-width column: at most 11 characters. */
export function general(v: number): string {
  if (v === 0) return '0';
  const abs = Math.abs(v);
  const sign = v < 0 ? '-' : '';
  const width = 11 - sign.length;
  if (Number.isInteger(v) && String(abs).length <= width) return sign + String(abs);
  if (abs >= 1e11 || abs < 1e-9) return sign + scientific(abs, width);
  const intDigits = Math.max(1, Math.floor(Math.log10(abs)) + 1);
  const decimals = Math.max(0, width - intDigits - 1);
  const fixed = trimZeros(roundFixed(abs, decimals));
  return fixed === '0' ? sign + scientific(abs, width) : sign + fixed;
}

function scientific(abs: number, width: number): string {
  for (let d = Math.max(0, width - 6); d >= 0; d--) {
    const [m, e] = abs.toExponential(d).split('e');
    const exp = Number(e);
    const s = `${trimZeros(m)}E${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
    if (s.length <= width) return s;
  }
  return abs.toExponential(0).toUpperCase();
}

function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

/** Rounds half away from zero on the decimal value Excel shows (15 significant digits). */
function roundFixed(abs: number, decimals: number): string {
  const scaled = Number((abs * 10 ** decimals).toPrecision(15));
  return (Math.round(scaled) / 10 ** decimals).toFixed(decimals);
}

function splitSections(format: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && !quoted) {
      cur += ch + (format[++i] ?? '');
      continue;
    }
    if (ch === ';' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

type Token = { lit: string } | { digit: '0' | '#' | '?' } | { point: true } | { comma: true } | { percent: true } | { at: true };

/** Returns null for formats the host does not render (dates, times, fractions, exponents). */
function tokenize(section: string): Token[] | null {
  const tokens: Token[] = [];
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      tokens.push({ lit: section.slice(i + 1, end < 0 ? undefined : end) });
      i = end < 0 ? section.length : end;
    } else if (ch === '\\') tokens.push({ lit: section[++i] ?? '' });
    else if (ch === '_') {
      tokens.push({ lit: ' ' });
      i++;
    } else if (ch === '*') i++; // fill character: repeats to column width, contributes nothing here
    else if (ch === '[') i = section.indexOf(']', i) < 0 ? section.length : section.indexOf(']', i);
    else if (ch === '0' || ch === '#' || ch === '?') tokens.push({ digit: ch });
    else if (ch === '.') tokens.push({ point: true });
    else if (ch === ',') tokens.push({ comma: true });
    else if (ch === '%') tokens.push({ percent: true });
    else if (ch === '@') tokens.push({ at: true });
    else if (/[yYmMdDhHsSeE/]/.test(ch)) return null;
    else tokens.push({ lit: ch });
  }
  return tokens;
}

/** Formats |n| per the section's placeholders; literals are placed by render(). */
function digitsOf(tokens: Token[], n: number): string {
  const pointAt = tokens.findIndex((t) => 'point' in t);
  const intTokens = pointAt < 0 ? tokens : tokens.slice(0, pointAt);
  const fracTokens = pointAt < 0 ? [] : tokens.slice(pointAt + 1);
  const isDigit = (t: Token) => 'digit' in t;
  const lastIntDigit = intTokens.map(isDigit).lastIndexOf(true);
  const firstIntDigit = intTokens.findIndex(isDigit);
  // Commas right after the last integer placeholder scale by 1000 each; commas between placeholders group.
  let scaleCommas = 0;
  for (let i = lastIntDigit + 1; i < intTokens.length && 'comma' in intTokens[i]; i++) scaleCommas++;
  const grouping = intTokens.some((t, i) => 'comma' in t && i > firstIntDigit && i < lastIntDigit);
  const percents = tokens.filter((t) => 'percent' in t).length;
  const fracDigits = fracTokens.filter(isDigit) as { digit: string }[];
  const minInt = intTokens.filter((t) => 'digit' in t && t.digit === '0').length;

  const scaled = (n * 100 ** percents) / 1000 ** scaleCommas;
  const [intPart, fracPart = ''] = roundFixed(scaled, fracDigits.length).split('.');
  let int = intPart === '0' && minInt === 0 ? '' : intPart.padStart(minInt, '0');
  if (grouping) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  let frac = fracPart;
  // Trailing optional places ("#") drop zeros; "?" keeps the width with spaces.
  for (let i = fracDigits.length - 1; i >= 0 && frac.endsWith('0') && fracDigits[i].digit !== '0'; i--) {
    frac = fracDigits[i].digit === '?' ? `${frac.slice(0, -1)} ` : frac.slice(0, -1);
  }
  return pointAt < 0 ? int : `${int}.${frac}`;
}

/** Literals before the first placeholder, then the number, then the remaining literals. */
function render(tokens: Token[] | null, digits: string, text: string): string {
  if (!tokens) return text;
  let before = '';
  let after = '';
  let seen = false;
  for (const t of tokens) {
    const piece = 'lit' in t ? t.lit : 'percent' in t ? '%' : 'at' in t ? text : null;
    if (piece === null) seen = true;
    else if (seen || 'percent' in t) after += piece;
    else before += piece;
  }
  return before + digits + after;
}

/**
 * A1 addresses as Excel's JavaScript API accepts and reports them. Everything inside the host is
 * zero-based rectangles; A1 text exists only at the API surface.
 */

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** Zero-based, inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function columnLetters(col: number): string {
  let letters = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

function lettersToColumn(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

/** Parses one rectangular area: "A1", "$A$1:$C$3", "A:C" (whole columns), "2:4" (whole rows). */
export function parseArea(text: string): Rect | null {
  const s = text.trim().replace(/\$/g, '');
  const [a, b, extra] = s.split(':');
  if (extra !== undefined || !a) return null;
  const cell = /^([A-Za-z]{1,3})(\d{1,7})$/;
  const ca = cell.exec(a);
  if (ca) {
    const cb = b === undefined ? ca : cell.exec(b);
    if (!cb) return null;
    return checked(normalize(Number(ca[2]) - 1, lettersToColumn(ca[1]), Number(cb[2]) - 1, lettersToColumn(cb[1])));
  }
  if (b === undefined) return null;
  if (/^[A-Za-z]{1,3}$/.test(a) && /^[A-Za-z]{1,3}$/.test(b)) {
    return checked(normalize(0, lettersToColumn(a), MAX_ROWS - 1, lettersToColumn(b)));
  }
  if (/^\d{1,7}$/.test(a) && /^\d{1,7}$/.test(b)) {
    return checked(normalize(Number(a) - 1, 0, Number(b) - 1, MAX_COLUMNS - 1));
  }
  return null;
}

function normalize(r1: number, c1: number, r2: number, c2: number): Rect {
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

function checked(r: Rect): Rect | null {
  return inGrid(r) ? r : null;
}

export function inGrid(r: Rect): boolean {
  return r.top >= 0 && r.left >= 0 && r.bottom < MAX_ROWS && r.right < MAX_COLUMNS && r.top <= r.bottom && r.left <= r.right;
}

/** Splits "Sheet1!A1:B2" or "'公开 01'!B2" into sheet name (unquoted) and area text. */
export function splitSheet(address: string): { sheet?: string; area: string } {
  const s = address.trim();
  if (s.startsWith("'")) {
    let i = 1;
    let name = '';
    while (i < s.length) {
      if (s[i] === "'" && s[i + 1] === "'") {
        name += "'";
        i += 2;
      } else if (s[i] === "'") break;
      else name += s[i++];
    }
    if (s[i + 1] !== '!') return { area: s };
    return { sheet: name, area: s.slice(i + 2) };
  }
  const bang = s.lastIndexOf('!');
  return bang < 0 ? { area: s } : { sheet: s.slice(0, bang), area: s.slice(bang + 1) };
}

export function formatArea(r: Rect): string {
  if (r.top === 0 && r.bottom === MAX_ROWS - 1) return `${columnLetters(r.left)}:${columnLetters(r.right)}`;
  if (r.left === 0 && r.right === MAX_COLUMNS - 1) return `${r.top + 1}:${r.bottom + 1}`;
  const a = `${columnLetters(r.left)}${r.top + 1}`;
  const b = `${columnLetters(r.right)}${r.bottom + 1}`;
  return a === b ? a : `${a}:${b}`;
}

/**
 * Excel quotes a sheet name in an address when it contains anything but letters (any script),
 * digits, "_" and ".", starts with a digit, or could be read as a cell reference.
 */
export function quoteSheetName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[Rr]\d*([Cc]\d*)?$|^[Cc]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function formatAddress(sheetName: string, r: Rect): string {
  return `${quoteSheetName(sheetName)}!${formatArea(r)}`;
}

export function cellCount(r: Rect): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return outer.top <= inner.top && outer.left <= inner.left && outer.bottom >= inner.bottom && outer.right >= inner.right;
}

/** "C9" → {row: 8, col: 2}; throws on anything else (a test-helper contract, not an API error). */
export function parseCell(a1: string): { row: number; col: number } {
  const r = parseArea(a1);
  if (!r || r.top !== r.bottom || r.left !== r.right) throw new Error(`not a single cell address: ${JSON.stringify(a1)}`);
  return { row: r.top, col: r.left };
}

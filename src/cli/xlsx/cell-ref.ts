/** Zero-based row and column of an A1 reference; the row may be beyond Excel's grid (checked by the caller). */
export interface Ref {
  row: number;
  col: number;
}

/** Parses “AB12” (no $, no sheet) without a regular expression: the reader's hot path. */
export function parseRef(ref: string): Ref | undefined {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  if (i === 0 || i === ref.length || i > 7) return undefined;
  let row = 0;
  for (let j = i; j < ref.length; j++) {
    const c = ref.charCodeAt(j);
    if (c < 48 || c > 57) return undefined;
    row = row * 10 + (c - 48);
  }
  if (row === 0) return undefined;
  return { row: row - 1, col: col - 1 };
}

/** “A1:B2” (or a single cell) → rectangle; undefined when malformed. */
export function parseArea(ref: string): { top: number; left: number; bottom: number; right: number } | undefined {
  const [a, b = a] = ref.replace(/\$/g, '').split(':');
  const start = parseRef(a);
  const end = parseRef(b);
  if (!start || !end) return undefined;
  return { top: Math.min(start.row, end.row), left: Math.min(start.col, end.col), bottom: Math.max(start.row, end.row), right: Math.max(start.col, end.col) };
}

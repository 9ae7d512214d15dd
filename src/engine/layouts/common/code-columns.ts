import type { Grid } from '../../model/grid';
import type { CellPos } from '../../model/address';
import type { PrintedText } from '../../tables/table';

/**
 * How a table prints its classification codes (issue 6 item 1):
 * single   — one column of whole codes (2010601);
 * split    — the parts over columns 类 | 款 | 项 (201 | 06 | 01), parents blank or repeated on child rows;
 * combined — code and name in one cell (“2010601 行政运行”, “30101  基本工资”).
 */
export type CodeColumns = { kind: 'single'; col: number } | { kind: 'split'; cols: number[] } | { kind: 'combined'; col: number };

const WHOLE = /^\d{3}(\d{2}){0,2}$/;
const COMBINED = /^(\d{3}(?:\d{2}){0,2})\s*([^\d\s].*)$/;
const CLASS_PART = /^\d{3}$/;
const SUB_PART = /^\d{2}$/;

/** The code, where it is printed and (when in the same cell) the name read from one row. */
export interface CodeReading {
  code?: string;
  printed: PrintedText;
  /** The name when it shares the code's cell. */
  name?: PrintedText;
}

/** Parent parts seen so far: split layouts leave the 类 and 款 cells of child rows blank. */
export interface SplitState {
  parts: string[];
}

function countRows(grid: Grid, rows: number[], col: number, test: RegExp): number {
  let n = 0;
  for (const r of rows) if (test.test(grid.norm(r, col))) n++;
  return n;
}

/**
 * Decides from the body cells (and the 类/款/项 captions) which of the columns before the
 * amounts hold the codes. `rows` are body rows; `from…before` the candidate columns.
 */
export function detectCodeColumns(grid: Grid, rows: number[], from: number, before: number, headerRows: number[] = []): CodeColumns | undefined {
  const all = Array.from({ length: Math.max(0, before - from) }, (_, i) => from + i);
  const visible = all.filter((c) => !grid.isColumnHidden(c));
  // Hidden helper columns (a formula copy of the codes, notes) are passed over: 类 | 款 | 项 stay adjacent.
  return (visible.length > 0 ? detectAmong(grid, rows, visible, headerRows) : undefined) ?? (visible.length < all.length ? detectAmong(grid, rows, all, headerRows) : undefined);
}

function detectAmong(grid: Grid, rows: number[], candidates: number[], headerRows: number[]): CodeColumns | undefined {
  const scores: { col: number; whole: number; combined: number; klass: number; sub: number }[] = [];
  for (const c of candidates) {
    scores.push({
      col: c,
      whole: countRows(grid, rows, c, WHOLE),
      combined: countRows(grid, rows, c, COMBINED),
      klass: countRows(grid, rows, c, CLASS_PART),
      sub: countRows(grid, rows, c, SUB_PART),
    });
  }
  const captions = (c: number) => headerRows.map((r) => grid.norm(r, c));
  // Split: a column of 3-digit parts followed by one or two columns of 2-digit parts.
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    if (s.klass === 0) continue;
    const subs: number[] = [];
    for (let j = i + 1; j < scores.length && subs.length < 2; j++) {
      const t = scores[j];
      const captioned = captions(t.col).some((x) => x === '款' || x === '项');
      if (t.sub > 0 && t.whole === 0 && t.klass === 0) subs.push(t.col);
      else if (captioned && t.sub === 0 && t.whole === 0) subs.push(t.col);
      else break;
    }
    if (subs.length > 0 && s.whole === s.klass) return { kind: 'split', cols: [s.col, ...subs] };
  }
  const best = [...scores].sort((a, b) => b.whole - a.whole)[0];
  const bestCombined = [...scores].sort((a, b) => b.combined - a.combined)[0];
  if (bestCombined && bestCombined.combined > (best?.whole ?? 0)) return { kind: 'combined', col: bestCombined.col };
  if (best && best.whole > 0) return { kind: 'single', col: best.col };
  return undefined;
}

/** Reads one row's code. Whole codes only when the printed parts make a 3/5/7-digit code. */
export function readCode(grid: Grid, row: number, columns: CodeColumns, state: SplitState): CodeReading {
  const at = (col: number): CellPos => ({ row, col });
  if (columns.kind === 'single') {
    const text = grid.text(row, columns.col);
    const norm = grid.norm(row, columns.col);
    return { code: WHOLE.test(norm) ? norm : undefined, printed: { text, pos: at(columns.col) } };
  }
  if (columns.kind === 'combined') {
    const text = grid.text(row, columns.col);
    const match = COMBINED.exec(text.trim());
    if (match) return { code: match[1], printed: { text, pos: at(columns.col) }, name: { text: match[2].trim(), pos: at(columns.col) } };
    const norm = grid.norm(row, columns.col);
    return { code: WHOLE.test(norm) ? norm : undefined, printed: { text, pos: at(columns.col) } };
  }
  const parts = columns.cols.map((c) => grid.norm(row, c));
  const level = parts.reduce((deepest, p, i) => (p ? i : deepest), -1);
  const printedCol = level >= 0 ? columns.cols[level] : columns.cols[0];
  const printed = { text: grid.text(row, printedCol), pos: at(printedCol) };
  if (level < 0 || !parts.every((p, i) => !p || (i === 0 ? CLASS_PART : SUB_PART).test(p))) return { printed };
  const whole: string[] = [];
  for (let i = 0; i <= level; i++) {
    const part = parts[i] || state.parts[i];
    if (!part) return { printed };
    whole.push(part);
  }
  state.parts = whole;
  return { code: whole.join(''), printed };
}

/** True when the row's first printed cell starts a data row: a code, a code part or 合计/总计. */
export function startsDataRow(grid: Grid, row: number, from = 0, to = grid.rowLength(row) - 1): boolean {
  for (let c = from; c <= to; c++) {
    const norm = grid.norm(row, c);
    if (!norm) continue;
    return /^\d{2,7}($|\D)/.test(norm) || /^(合计|总计)$/.test(norm);
  }
  return false;
}

import type { Grid } from '../../model/grid';
import type { Region } from '../../recognize/region';
import { HEADER_SCAN_ROWS } from '../../recognize/region';

/** First row after the caption whose cells include one of the header words. */
export function findRow(region: Region, words: readonly string[], from = region.titleRow !== undefined ? region.titleRow + 1 : region.top): number | undefined {
  const { grid } = region;
  const last = Math.min(region.bottom, from + HEADER_SCAN_ROWS);
  for (let r = from; r <= last; r++) {
    for (let c = 0; c < grid.rowLength(r); c++) {
      const norm = grid.norm(r, c);
      if (norm && words.includes(norm)) return r;
    }
  }
  return undefined;
}

/** A loop, not words.some(closure): this runs for every cell of every header row. */
function containsAny(text: string, words: readonly string[]): boolean {
  for (const w of words) if (text.includes(w)) return true;
  return false;
}

/** Columns of a row whose text equals (or contains, with `partial`) one of the words. */
export function columnsWith(region: Region, row: number, words: readonly string[], partial = false): number[] {
  const { grid } = region;
  const cols: number[] = [];
  for (let c = 0; c < grid.rowLength(row); c++) {
    const norm = grid.norm(row, c);
    if (norm && (partial ? containsAny(norm, words) : words.includes(norm))) cols.push(c);
  }
  return cols;
}

/**
 * Each field's column: the first caption match (row by row) in a visible column, else in a
 * hidden one — a hidden column under the same caption is a helper (a formula copy, notes).
 */
export function captionColumns<F extends string>(grid: Grid, rows: readonly number[], headers: readonly (readonly [F, RegExp])[]): Map<F, number> {
  const columns = new Map<F, number>();
  const hidden = new Map<F, number>();
  for (const r of rows) {
    for (let c = 0; c < grid.rowLength(r); c++) {
      const norm = grid.norm(r, c);
      const found = grid.isColumnHidden(c) ? hidden : columns;
      if (!norm) continue;
      // Indexed, not destructured: this runs for every header and cell of the header rows.
      for (let h = 0; h < headers.length; h++) if (!found.has(headers[h][0]) && headers[h][1].test(norm)) found.set(headers[h][0], c);
    }
  }
  for (const [field, col] of hidden) if (!columns.has(field)) columns.set(field, col);
  return columns;
}

import type { Grid } from '../../model/grid';
import type { Region } from '../../recognize/region';
import { HEADER_SCAN_ROWS } from '../../recognize/region';

/** A whole number printed in a cell, also when shown as “1.00” or stored as text. */
export function integerIn(grid: Grid, row: number, col: number): number | undefined {
  const norm = grid.norm(row, col);
  // parseInt reads the digits before “.0”: no split array per cell of every 行次 column.
  return /^\d{1,3}(\.0+)?$/.test(norm) ? parseInt(norm, 10) : undefined;
}

export function printedAsDecimal(grid: Grid, row: number, col: number): boolean {
  return /^\d+\.0+$/.test(grid.norm(row, col));
}

export interface ColumnNumbers {
  /** The 栏次 line. */
  row: number;
  /** 栏次 number → sheet column. */
  columns: Map<number, number>;
}

/**
 * Finds the 栏次 line: a row labelled 栏次, or a row of consecutive numbers 1, 2, 3… (the 三公
 * table prints only the numbers). Columns are later addressed by these numbers, never by letters.
 */
export function findColumnNumbers(region: Region, from: number, minCount = 2): ColumnNumbers | undefined {
  const { grid } = region;
  const last = Math.min(region.bottom, from + HEADER_SCAN_ROWS);
  for (let r = from; r <= last; r++) {
    let labelled = false;
    const columns = new Map<number, number>();
    for (let c = 0; c < grid.rowLength(r); c++) {
      if (grid.norm(r, c) === '栏次') labelled = true;
      const n = integerIn(grid, r, c);
      // A hidden copy (a helper column repeating the 栏次) gives way to the visible column.
      const taken = columns.get(n ?? -1);
      if (n !== undefined && n >= 1 && n <= 20 && (taken === undefined || (grid.isColumnHidden(taken) && !grid.isColumnHidden(c)))) columns.set(n, c);
    }
    const consecutive = columns.has(1) && columns.has(2) && [...columns.keys()].every((n) => n === 1 || columns.has(n - 1));
    if ((labelled && columns.size >= 1) || (consecutive && columns.size >= minCount && isMostlyNumbers(grid, r))) {
      return { row: r, columns };
    }
  }
  return undefined;
}

function isMostlyNumbers(grid: Grid, row: number): boolean {
  let numbers = 0;
  let texts = 0;
  for (let c = 0; c < grid.rowLength(row); c++) {
    const norm = grid.norm(row, c);
    if (!norm) continue;
    if (/^\d{1,2}(\.0+)?$/.test(norm)) numbers++;
    else texts++;
  }
  return numbers >= 3 && texts <= 1;
}

/**
 * Fallback when no 栏次 line is printed: find each numbered column by its header words.
 * `headers[i]` lists the accepted header texts of 栏次 i + 1 (normalized).
 */
export function columnsByHeader(region: Region, headerTop: number, headerBottom: number, headers: string[][]): Map<number, number> {
  const { grid } = region;
  let width = 0;
  for (let r = headerTop; r <= headerBottom; r++) width = Math.max(width, grid.rowLength(r));
  const headerText: string[] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (let r = headerTop; r <= headerBottom; r++) {
      const t = grid.normMerged(r, c);
      if (t && parts[parts.length - 1] !== t) parts.push(t);
    }
    headerText.push(parts.join('/'));
  }
  const result = new Map<number, number>();
  const taken = new Set<number>();
  // Visible columns first: a hidden helper column under the same caption is taken only when nothing visible matches.
  const all = [...Array(width).keys()];
  const visible = grid.preferVisible(all);
  const order = [...visible, ...all.filter((c) => !visible.includes(c))];
  headers.forEach((names, i) => {
    // The most specific header wins: the last segment (lowest header row) must match.
    for (const c of order) {
      if (taken.has(c)) continue;
      const segments = headerText[c].split('/');
      const lowest = segments[segments.length - 1] ?? '';
      if (names.some((n) => lowest === n || lowest.endsWith(n))) {
        result.set(i + 1, c);
        taken.add(c);
        return;
      }
    }
  });
  return result;
}

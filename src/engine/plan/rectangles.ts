import type { CellPos } from '../model/address';
import type { RangeRect } from '../model/snapshot';

/**
 * Merges cells into few rectangles, so the adapter writes one address per block instead of
 * one per cell: vertical runs per column first, then side-by-side runs with the same rows.
 */
export function toRectangles(cells: readonly CellPos[]): RangeRect[] {
  const unique = [...new Map(cells.map((c) => [`${c.row},${c.col}`, c])).values()].sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: RangeRect[] = [];
  for (const c of unique) {
    const last = runs[runs.length - 1];
    if (last && last.left === c.col && last.bottom === c.row - 1) last.bottom = c.row;
    else runs.push({ top: c.row, bottom: c.row, left: c.col, right: c.col });
  }
  runs.sort((a, b) => a.top - b.top || a.bottom - b.bottom || a.left - b.left);
  const merged: RangeRect[] = [];
  for (const r of runs) {
    const last = merged[merged.length - 1];
    if (last && last.top === r.top && last.bottom === r.bottom && last.right === r.left - 1) last.right = r.right;
    else merged.push({ ...r });
  }
  return merged;
}

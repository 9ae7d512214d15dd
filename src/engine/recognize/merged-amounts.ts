import type { RangeRect } from '../model/snapshot';
import type { Table } from '../tables/table';

/**
 * Merged areas over amount cells: Excel keeps only the top-left value, so the other amounts
 * silently read as blank. Recorded on the table so U-1 names them instead of passing quietly.
 */
export function markMergedAmounts(table: Table, merges: readonly RangeRect[]): void {
  // An empty table's virtual row may sit on a merged note line: only cells with content count.
  const cells = table.allValues().filter((c) => c.kind !== 'blank');
  if (cells.length === 0) return;
  // Merges outside the cells' bounding box (other tables of the sheet) are skipped before the per-cell test.
  const box = { top: Infinity, bottom: -Infinity, left: Infinity, right: -Infinity };
  for (const { pos } of cells) {
    box.top = Math.min(box.top, pos.row);
    box.bottom = Math.max(box.bottom, pos.row);
    box.left = Math.min(box.left, pos.col);
    box.right = Math.max(box.right, pos.col);
  }
  const found = merges.filter(
    (m) =>
      (m.bottom > m.top || m.right > m.left) &&
      m.top <= box.bottom &&
      m.bottom >= box.top &&
      m.left <= box.right &&
      m.right >= box.left &&
      cells.some((c) => c.pos.row >= m.top && c.pos.row <= m.bottom && c.pos.col >= m.left && c.pos.col <= m.right),
  );
  if (found.length > 0) table.meta.mergedAmounts = found;
}

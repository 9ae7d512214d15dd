import type { RangeRect } from '../model/snapshot';
import type { Table } from '../tables/table';

/**
 * Merged areas over amount cells: Excel keeps only the top-left value, so the other amounts
 * silently read as blank. Recorded on the table so U-1 names them instead of passing quietly.
 */
export function markMergedAmounts(table: Table, merges: readonly RangeRect[]): void {
  // An empty table's virtual row may sit on a merged note line: only cells with content count.
  const cells = table.allValues().filter((c) => c.kind !== 'blank');
  const found = merges.filter(
    (m) => (m.bottom > m.top || m.right > m.left) && cells.some((c) => c.pos.row >= m.top && c.pos.row <= m.bottom && c.pos.col >= m.left && c.pos.col <= m.right),
  );
  if (found.length > 0) table.meta.mergedAmounts = found;
}

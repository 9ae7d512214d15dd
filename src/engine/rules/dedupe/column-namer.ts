import type { CellLocation } from '../../finding';
import { fromA1, type CellPos } from '../../model/address';
import type { Table, TableRow } from '../../tables/table';
import type { ColumnNamer } from './merge-same-figures';

/**
 * Names the column of an amount cell from the table that read it (Table.meta.columnNames). Asked
 * only when findings merge, a few times an audit: each question looks in the tables of the
 * cell's sheet rather than indexing every amount cell first.
 */
export function columnNamer(tables: readonly Table[]): ColumnNamer {
  return (location: CellLocation) => {
    if (!/^[A-Z]{1,3}\d+$/.test(location.cell)) return undefined;
    const pos = fromA1(location.cell);
    const named = tables.filter((t) => t.meta.columnNames && t.meta.columnNames.size > 0 && t.sheet === location.sheet);
    // The rows on the cell's sheet row first; then every row, for layouts whose rows span several sheet rows.
    return nameIn(named, pos, (row) => row.row === pos.row) ?? nameIn(named, pos, () => true);
  };
}

function nameIn(tables: readonly Table[], pos: CellPos, rowMayHold: (row: TableRow) => boolean): string | undefined {
  for (const table of tables) {
    for (const row of table.rows) {
      if (!rowMayHold(row)) continue;
      for (const [n, cell] of row.values) if (cell.pos.row === pos.row && cell.pos.col === pos.col) return table.meta.columnNames!.get(n);
    }
  }
  return undefined;
}

import type { CellLocation } from '../../finding';
import { fromA1 } from '../../model/address';
import type { Table } from '../../tables/table';
import type { ColumnNamer } from './merge-same-figures';

/**
 * Names the column of an amount cell from the table that read it (Table.meta.columnNames). Asked
 * only when findings merge, a few times an audit: each question looks in the tables of the
 * cell's sheet rather than indexing every amount cell first.
 */
export function columnNamer(tables: readonly Table[]): ColumnNamer {
  return (location: CellLocation) => {
    if (!/^[A-Z]{1,3}\d+$/.test(location.cell)) return undefined;
    const { row, col } = fromA1(location.cell);
    for (const table of tables) {
      const names = table.meta.columnNames;
      if (!names || names.size === 0 || table.sheet !== location.sheet) continue;
      for (const tableRow of table.rows) {
        for (const [n, cell] of tableRow.values) if (cell.pos.row === row && cell.pos.col === col) return names.get(n);
      }
    }
    return undefined;
  };
}

import type { CellLocation } from '../../finding';
import { fromA1 } from '../../model/address';
import type { Table } from '../../tables/table';
import type { ColumnNamer } from './merge-same-figures';

/**
 * Names the column of an amount cell from the table that read it (Table.meta.columnNames). The
 * index is built on first use: most audits merge nothing and never ask.
 */
export function columnNamer(tables: readonly Table[]): ColumnNamer {
  // Sheet → (row × 16384 + column) → name: numbers, not an A1 string per amount cell.
  let index: Map<string, Map<number, string>> | undefined;
  const build = () => {
    const out = new Map<string, Map<number, string>>();
    for (const table of tables) {
      const names = table.meta.columnNames;
      if (!names || names.size === 0) continue;
      let sheet = out.get(table.sheet);
      if (!sheet) out.set(table.sheet, (sheet = new Map()));
      for (const row of table.rows) {
        for (const [n, cell] of row.values) {
          const name = names.get(n);
          if (name) sheet.set(cell.pos.row * 16384 + cell.pos.col, name);
        }
      }
    }
    return out;
  };
  return (location: CellLocation) => {
    const sheet = (index ??= build()).get(location.sheet);
    if (!sheet || !/^[A-Z]{1,3}\d+$/.test(location.cell)) return undefined;
    const pos = fromA1(location.cell);
    return sheet.get(pos.row * 16384 + pos.col);
  };
}

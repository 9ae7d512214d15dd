import type { CellLocation } from '../../finding';
import { toA1 } from '../../model/address';
import type { Table } from '../../tables/table';
import type { ColumnNamer } from './merge-same-figures';

/**
 * Names the column of an amount cell from the table that read it (Table.meta.columnNames). The
 * index is built on first use: most audits merge nothing and never ask.
 */
export function columnNamer(tables: readonly Table[]): ColumnNamer {
  let index: Map<string, string> | undefined;
  const build = () => {
    const out = new Map<string, string>();
    for (const table of tables) {
      const names = table.meta.columnNames;
      if (!names || names.size === 0) continue;
      for (const row of table.rows) {
        for (const [n, cell] of row.values) {
          const name = names.get(n);
          if (name) out.set(`${table.sheet}!${toA1(cell.pos)}`, name);
        }
      }
    }
    return out;
  };
  return (location: CellLocation) => (index ??= build()).get(`${location.sheet}!${location.cell}`);
}

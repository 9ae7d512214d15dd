import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsx } from '../../src/cli/read-xlsx';
import { toA1 } from '../../src/engine/model/address';
import type { WorkbookSnapshot } from '../../src/engine/model/snapshot';
import type { TableSet } from '../../src/engine/tables/table-set';
import type { TableId } from '../../src/engine/tables/table-id';

export const FIXTURES = join(__dirname, '../fixtures');

/** A seed fixture read through the CLI's adapter (ExcelJS), as a user's file would be. */
export async function readFixture(name: string): Promise<WorkbookSnapshot> {
  const file = join(FIXTURES, name);
  return readXlsx(readFileSync(file), file);
}

/** “Sheet!A1” of a table cell, by row key and 栏次, for expectations that must not guess coordinates. */
export function cellAt(set: TableSet, id: Exclude<TableId, 'PE'>, key: string, col: number): string {
  const cell = set.get(id)?.value(key, col);
  if (!cell) throw new Error(`没有 ${id} ${key} 栏次${col}`);
  return `${cell.sheet}!${toA1(cell.pos)}`;
}

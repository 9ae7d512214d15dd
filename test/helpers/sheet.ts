import { fromA1 } from '../../src/engine/model/address';
import type { CellSnapshot, RangeRect, SheetSnapshot, WorkbookSnapshot } from '../../src/engine/model/snapshot';

/** A cell as tests write it: a number, a string (text as typed), null/'' for empty. */
export type CellInput = string | number | null | undefined;

function toCell(value: CellInput): CellSnapshot | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return { value, text: String(value) };
  // Strings that look like plain numbers become numeric cells, as when typed into Excel;
  // prefix with ' to keep a number as text ("'1,234.00"), as Excel users do.
  if (value.startsWith("'")) return { value: value.slice(1), text: value.slice(1) };
  if (/^-?\d+(\.\d+)?$/.test(value)) return { value: Number(value), text: value };
  if (/^#(REF!|DIV\/0!|VALUE!|N\/A|NAME\?)$/.test(value)) return { value, text: value, error: true };
  return { value, text: value };
}

/** Builds a sheet from rows of cells, starting at `origin` (default A1). */
export function sheet(name: string, rows: CellInput[][], options: { origin?: string; merges?: string[]; hidden?: boolean } = {}): SheetSnapshot {
  const origin = fromA1(options.origin ?? 'A1');
  const cells: (CellSnapshot | null)[][] = [];
  for (let r = 0; r < origin.row; r++) cells.push([]);
  for (const row of rows) cells.push([...Array<null>(origin.col).fill(null), ...row.map(toCell)]);
  const merges: RangeRect[] = (options.merges ?? []).map((m) => {
    const [a, b] = m.split(':').map(fromA1);
    return { top: a.row, left: a.col, bottom: b.row, right: b.col };
  });
  return { name, hidden: options.hidden ?? false, cells, merges };
}

export function workbook(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets };
}

/** Sets one cell of a snapshot (A1), for reject cases and mutation tests. */
export function setCell(sheetSnapshot: SheetSnapshot, address: string, value: CellInput): void {
  const pos = fromA1(address);
  while (sheetSnapshot.cells.length <= pos.row) sheetSnapshot.cells.push([]);
  const row = sheetSnapshot.cells[pos.row];
  while (row.length <= pos.col) row.push(null);
  row[pos.col] = toCell(value);
}

import { fromA1 } from '../../../../src/engine/model/address';
import type { CellSnapshot, WorkbookSnapshot } from '../../../../src/engine/model/snapshot';
import type { CellWrite } from '../../../../src/engine/plan/change-plan';

function cellRef(workbook: WorkbookSnapshot, sheet: string, a1: string): { row: (CellSnapshot | null | undefined)[]; col: number } {
  const s = workbook.sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`没有工作表 ${sheet}`);
  const pos = fromA1(a1);
  while (s.cells.length <= pos.row) s.cells.push([]);
  s.cells[pos.row] ??= [];
  const row = s.cells[pos.row];
  while (row.length <= pos.col) row.push(null);
  return { row, col: pos.col };
}

/** A copy with the cells (`Sheet!A1`) emptied, keeping their number format as a user's delete does. */
export function blankCells(workbook: WorkbookSnapshot, keys: readonly string[]): WorkbookSnapshot {
  const copy = structuredClone(workbook);
  for (const key of keys) {
    const [sheet, cell] = key.split('!');
    const { row, col } = cellRef(copy, sheet, cell);
    const numFmt = row[col]?.numFmt;
    row[col] = numFmt ? { value: null, text: '', numFmt } : null;
  }
  return copy;
}

/** A copy with one number typed into a cell. */
export function setNumber(workbook: WorkbookSnapshot, sheet: string, a1: string, value: number): WorkbookSnapshot {
  const copy = structuredClone(workbook);
  const { row, col } = cellRef(copy, sheet, a1);
  row[col] = { value, text: String(value), numFmt: row[col]?.numFmt };
  return copy;
}

/** A copy with the fill's writes applied as a host would show them (formula, cached value). */
export function applyWrites(workbook: WorkbookSnapshot, writes: readonly CellWrite[]): WorkbookSnapshot {
  const copy = structuredClone(workbook);
  for (const w of writes) {
    const { row, col } = cellRef(copy, w.sheet, w.cell);
    const numFmt = w.numFmt ?? row[col]?.numFmt;
    const text = typeof w.value === 'number' && numFmt?.includes('%') ? `${(w.value * 100).toFixed(2)}%` : String(w.value ?? '');
    row[col] = { value: w.value, text, formula: w.formula, ...(numFmt ? { numFmt } : {}) };
  }
  return copy;
}

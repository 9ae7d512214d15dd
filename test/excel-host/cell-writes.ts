/**
 * Writing cells as Excel applies Range writes: values are parsed like typed input ("12" becomes
 * a number, "=…" a formula, "'…" text), null leaves a cell unchanged, and a protected sheet
 * refuses the write with AccessDenied.
 */
import { cellCount, formatArea, type Rect } from './address';
import type { AreasRef, RangeRef } from './cell-reads';
import { forEachStored } from './cell-reads';
import { ErrorCodes, hostError } from './errors';
import type { CellModel, SheetModel } from './workbook-model';

/** Beyond this a write would make the in-memory model enormous; Excel itself would accept it. */
const MAX_CELLS_PER_WRITE = 5_000_000;

const ERROR_LITERALS = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#SPILL!', '#CALC!', '#GETTING_DATA'];

export type Grid = unknown[][] | unknown;

/** Content writes (values, formulas, hyperlinks) need every target cell unlocked on a protected sheet. */
export function assertCanEditContent(sheet: SheetModel, rects: Rect[], where: string): void {
  if (!sheet.protected) return;
  for (const rect of rects) {
    let unlocked = 0;
    forEachStored(sheet, rect, (c) => void (c.locked === false && unlocked++));
    if (unlocked < cellCount(rect)) throw accessDenied(sheet, rect, where);
  }
}

/** Formatting on a protected sheet needs the "format cells" permission. */
export function assertCanFormat(sheet: SheetModel, rects: Rect[], where: string): void {
  if (sheet.protected && !sheet.protection.allowFormatCells) throw accessDenied(sheet, rects[0], where);
}

export function assertUnprotected(sheet: SheetModel, rect: Rect, where: string): void {
  if (sheet.protected) throw accessDenied(sheet, rect, where);
}

function accessDenied(sheet: SheetModel, rect: Rect, where: string) {
  return hostError(
    ErrorCodes.accessDenied,
    `The cell or chart you're trying to change is on a protected sheet (${sheet.name}!${formatArea(rect)}).`,
    where,
  );
}

/** Applies a 2-D input (or one value for every cell) to a range; null entries are skipped. */
export function writeGrid(ref: RangeRef, input: Grid, where: string, apply: (cell: CellModel, v: unknown) => void): void {
  const { sheet, rect } = ref;
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  if (rows * cols > MAX_CELLS_PER_WRITE) {
    throw hostError(ErrorCodes.generalException, `The test host does not write more than ${MAX_CELLS_PER_WRITE} cells at once.`, where);
  }
  if (Array.isArray(input)) {
    const ok = input.length === rows && input.every((line) => Array.isArray(line) && line.length === cols);
    if (!ok) {
      throw hostError(
        ErrorCodes.invalidArgument,
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols}).`,
        where,
      );
    }
  }
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const v = Array.isArray(input) ? (input[r] as unknown[])[c] : input;
      if (v === null || v === undefined) continue;
      apply(sheet.ensureCell(rect.top + r, rect.left + c), v);
    }
  }
}

/** Every cell of every rectangle, created on demand (format writes). */
export function forEachCell(ref: AreasRef, where: string, f: (cell: CellModel) => void): void {
  for (const rect of ref.rects) {
    if (cellCount(rect) > MAX_CELLS_PER_WRITE) {
      throw hostError(ErrorCodes.generalException, `The test host does not format more than ${MAX_CELLS_PER_WRITE} cells at once.`, where);
    }
    for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) f(ref.sheet.ensureCell(r, c));
  }
}

/** A value as Excel stores it when typed in (or written through Range.values / Range.formulas). */
export function enter(cell: CellModel, v: unknown, where: string): void {
  cell.formula = undefined;
  cell.error = undefined;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw hostError(ErrorCodes.invalidArgument, `Not a finite number: ${v}`, where);
    cell.value = v;
  } else if (typeof v === 'boolean') cell.value = v;
  else if (typeof v === 'string') enterText(cell, v);
  else throw hostError(ErrorCodes.invalidArgument, `Cannot write a ${typeof v} to a cell.`, where);
}

function enterText(cell: CellModel, s: string): void {
  if (s === '') return void (cell.value = null);
  if (s.startsWith('=')) {
    cell.formula = s;
    cell.value = null; // the host does not calculate
    return;
  }
  if (s.startsWith("'")) return void (cell.value = s.slice(1));
  if (cell.numberFormat === '@') return void (cell.value = s);
  const n = parseTypedNumber(s);
  if (n) {
    cell.value = n.value;
    if (n.format && (!cell.numberFormat || cell.numberFormat === 'General')) cell.numberFormat = n.format;
    return;
  }
  if (/^(true|false)$/i.test(s.trim())) return void (cell.value = s.trim().toUpperCase() === 'TRUE');
  const err = ERROR_LITERALS.find((e) => e === s.trim().toUpperCase());
  if (err) {
    cell.value = err;
    cell.error = true;
    return;
  }
  cell.value = s;
}

/** "1,234.50" → 1234.5 with "#,##0.00"; "12%" → 0.12 with "0%"; "-3" → -3. */
function parseTypedNumber(s: string): { value: number; format?: string } | null {
  const m = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d+))?(?:[eE]([+-]?\d+))?(%?)$/.exec(s.trim());
  if (!m || (m[2] === '' && m[3] === undefined)) return null;
  const grouped = m[2].includes(',');
  const value = Number(`${m[1]}${m[2].replace(/,/g, '') || '0'}.${m[3] ?? '0'}e${m[4] ?? '0'}`) + 0;
  const decimals = m[3]?.length ?? 0;
  if (m[5]) return { value: value / 100, format: decimals ? '0.00%' : '0%' };
  if (grouped) return { value, format: decimals ? '#,##0.00' : '#,##0' };
  return { value };
}

export function clearContent(cell: CellModel): void {
  cell.value = null;
  cell.formula = undefined;
  cell.error = undefined;
}

export function setNumberFormat(cell: CellModel, v: unknown, where: string): void {
  if (typeof v !== 'string') throw hostError(ErrorCodes.invalidArgument, `A number format must be a string, not ${typeof v}.`, where);
  cell.numberFormat = v === 'General' ? undefined : v;
}

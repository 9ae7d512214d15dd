/** Reading cells the way Range properties report them. */
import { cellCount, type Rect } from './address';
import { displayText } from './number-format';
import type { CellModel, SheetModel } from './workbook-model';

export interface RangeRef {
  sheet: SheetModel;
  rect: Rect;
}

/** One or more rectangles on one sheet (a Range has one, a RangeAreas several). */
export interface AreasRef {
  sheet: SheetModel;
  rects: Rect[];
}

export function grid<V>(ref: RangeRef, read: (cell: CellModel | undefined, col: number) => V): V[][] {
  const { sheet, rect } = ref;
  const out: V[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row = sheet.rows.get(r);
    const line: V[] = [];
    for (let c = rect.left; c <= rect.right; c++) line.push(read(row?.get(c), c));
    out.push(line);
  }
  return out;
}

/** Empty cells read as "" in `values`, as in Office.js. */
export function valueOf(c: CellModel | undefined): string | number | boolean {
  return c?.value ?? '';
}

export function textOf(c: CellModel | undefined): string {
  return c ? displayText(c.value, c.numberFormat, c.error) : '';
}

/** Points a digit takes in the standard font: the standard column, 48 pt, shows 8.43 characters. */
const POINTS_PER_CHARACTER = 48 / 8.43;

/**
 * Range.text as Excel gives it: a number whose text does not fit its column's width shows as
 * “#” filling the column (text spills over or is cut, and keeps its words).
 */
export function shownTextOf(sheet: SheetModel, col: number, c: CellModel | undefined): string {
  const text = textOf(c);
  const width = sheet.columnWidths.get(col);
  if (typeof c?.value !== 'number' || width === undefined || text.length * POINTS_PER_CHARACTER <= width) return text;
  return '#'.repeat(Math.max(1, Math.floor(width / POINTS_PER_CHARACTER)));
}

export function formulaOf(c: CellModel | undefined): string | number | boolean {
  return c?.formula ?? valueOf(c);
}

export function numberFormatOf(c: CellModel | undefined): string {
  return c?.numberFormat ?? 'General';
}

export function valueTypeOf(c: CellModel | undefined): 'Empty' | 'Error' | 'Double' | 'Boolean' | 'String' {
  if (!c || c.value === null || c.value === '') return 'Empty';
  if (c.error) return 'Error';
  if (typeof c.value === 'number') return 'Double';
  if (typeof c.value === 'boolean') return 'Boolean';
  return 'String';
}

/** Calls `f` for every stored cell inside the rectangle, without visiting the empty ones. */
export function forEachStored(sheet: SheetModel, rect: Rect, f: (cell: CellModel, row: number, col: number) => void): number {
  let n = 0;
  const rowKeys = rect.bottom - rect.top + 1 < sheet.rows.size ? range(rect.top, rect.bottom) : [...sheet.rows.keys()];
  for (const r of rowKeys) {
    if (r < rect.top || r > rect.bottom) continue;
    const row = sheet.rows.get(r);
    if (!row) continue;
    for (const [c, cell] of row) {
      if (c < rect.left || c > rect.right) continue;
      f(cell, r, c);
      n++;
    }
  }
  return n;
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i <= b; i++) out.push(i);
  return out;
}

/**
 * A format property of a multi-cell range: the common value, or null when cells differ
 * (Office.js reports e.g. format.fill.color as null for mixed fills).
 */
export function uniform<V>(ref: AreasRef, read: (cell: CellModel | undefined) => V): V | null {
  let first = true;
  let value: V | null = null;
  let mixed = false;
  const see = (v: V) => {
    if (first) {
      value = v;
      first = false;
    } else if (v !== value) mixed = true;
  };
  for (const rect of ref.rects) {
    const stored = forEachStored(ref.sheet, rect, (cell) => see(read(cell)));
    if (stored < cellCount(rect)) see(read(undefined));
    if (mixed) return null;
  }
  return value;
}

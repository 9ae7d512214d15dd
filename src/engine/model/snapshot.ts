/**
 * The one input shape of the engine. Both hosts (Office.js in Excel, ExcelJS over
 * .xlsx files) produce exactly this plain data; the engine never sees a host object.
 */

/** A raw cell value as the host stores it. Error cells keep their code text ("#REF!"). */
export type RawValue = string | number | boolean | null;

export interface CellSnapshot {
  /** Raw value: a number for numeric cells, the string for text cells, null when empty. */
  value: RawValue;
  /** The text Excel displays (number format applied). */
  text: string;
  /** The formula without result, e.g. "=SUM(C9:C16)"; absent when the cell holds a constant. */
  formula?: string;
  /** Excel number format code, e.g. "#,##0.00"; absent for General. */
  numFmt?: string;
  /** True when the host reports an error value (#REF!, #DIV/0!…); value then holds its code. */
  error?: boolean;
}

/** Zero-based, inclusive rectangle. */
export interface RangeRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetSnapshot {
  name: string;
  hidden: boolean;
  /** True when the host reports the sheet as protected (writes will be refused). */
  protected?: boolean;
  /**
   * Rows of cells, zero-based, starting at A1. Rows may be shorter than others and may be
   * missing (undefined) when empty; a missing cell is an empty cell.
   */
  cells: (CellSnapshot | null | undefined)[][];
  merges: RangeRect[];
  /**
   * Zero-based columns the user hid, ascending, within the columns that hold cells. Absent: none
   * hidden, or a host that cannot tell (Excel below ExcelApi 1.9). Layouts prefer a visible column
   * over a hidden one for a role (a hidden helper column is not the table's amount column).
   */
  hiddenColumns?: number[];
  /** Zero-based hidden rows, ascending, within the rows that hold cells. Read as any row (SUM counts them). */
  hiddenRows?: number[];
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
}

import type { CellLocation } from '../finding';
import type { MarkPlan } from './mark-plan';

/**
 * One cell the engine wants written: a derived value (fill), a line of generated text
 * (情况说明), a report row. Plain data: the Excel adapter writes it with Office.js, the CLI
 * patches it into a copy of the original package. Neither decides what to write.
 */
export interface CellWrite {
  /** Sheet name: an existing sheet (fill) or one of the plan's new sheets. */
  sheet: string;
  /** A1 address of one cell (the top-left cell of a merged area). */
  cell: string;
  /**
   * The value the cell shows. For a formula it is the result the engine computed, stored as
   * the cached value so a file opened without recalculation shows the right number.
   */
  value: string | number | boolean | null;
  /** Excel formula with its leading '=', English function names and ',' separators; Excel 2010 functions only. */
  formula?: string;
  /** Excel number format code, e.g. '0.00' or '#,##0.00'; absent keeps the cell's own. */
  numFmt?: string;
  bold?: boolean;
  /** Wrap text inside the cell (paragraphs). */
  wrap?: boolean;
  /** An internal hyperlink to another cell of the workbook. */
  link?: CellLocation;
}

/** A sheet the tool adds. Its name is already unique in the workbook (uniqueSheetName). */
export interface NewSheetPlan {
  name: string;
  /** Column widths in characters, by zero-based column index. */
  columnWidths?: Record<number, number>;
  /** Every cell of the new sheet; each write's `sheet` equals `name`. */
  cells: CellWrite[];
  /**
   * The sheet becomes part of what the user publishes (the 情况说明): audited, marked and never
   * replaced like the user's own sheets. Reports and input sheets leave it unset: the tool's own.
   */
  userDocument?: boolean;
}

/**
 * Everything one command changes in a workbook. Both adapters apply it as a whole; the parts
 * of the workbook it does not name stay exactly as they were.
 */
export interface ChangePlan {
  marks?: MarkPlan;
  writes?: CellWrite[];
  newSheets?: NewSheetPlan[];
}

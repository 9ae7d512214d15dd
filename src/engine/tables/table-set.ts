import type { CellPos } from '../model/address';
import type { WorkbookSnapshot } from '../model/snapshot';
import { textCells, type TextCell } from './text-cells';
import type { SelfEval } from './self-eval';
import type { Table } from './table';
import type { TableId } from './table-id';

/** A sheet (or a titled region of one) that maps to no standard table, and why. */
export interface Unrecognized {
  sheet: string;
  reason: string;
  /** A1 of the title cell when the region had one. */
  cell?: string;
}

/** A title that names one table while the headers show another (labels are sometimes wrong). */
export interface TitleMismatch {
  sheet: string;
  pos: CellPos;
  title: string;
  titleSays: TableId;
  headersSay: TableId;
}

/** The recognized tables of one workbook. Rules use the first table of each id. */
export class TableSet {
  private texts?: TextCell[];

  constructor(
    readonly tables: Table[],
    readonly selfEvals: SelfEval[],
    readonly unrecognized: Unrecognized[] = [],
    readonly mismatches: TitleMismatch[] = [],
    readonly workbook: WorkbookSnapshot = { sheets: [] },
  ) {}

  /** Every text cell of the workbook (computed once, on first use). */
  textCells(): TextCell[] {
    this.texts ??= textCells(this.workbook);
    return this.texts;
  }

  get(id: Exclude<TableId, 'PE'>): Table | undefined {
    return this.tables.find((t) => t.id === id);
  }

  all(id: Exclude<TableId, 'PE'>): Table[] {
    return this.tables.filter((t) => t.id === id);
  }
}

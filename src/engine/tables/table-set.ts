import type { CellPos } from '../model/address';
import { Grid } from '../model/grid';
import { normalizeText } from '../values/normalize';
import type { RangeRect, WorkbookSnapshot } from '../model/snapshot';
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
  private texts?: { all: TextCell[]; bySheet: Map<string, TextCell[]> };
  private rangesBySheet?: Map<string, RangeRect[]>;
  private readonly derived = new Map<(tables: TableSet) => unknown, unknown>();
  private readonly derivedFor = new Map<(tables: TableSet, key: never) => unknown, Map<object, unknown>>();

  constructor(
    readonly tables: Table[],
    readonly selfEvals: SelfEval[],
    readonly unrecognized: Unrecognized[] = [],
    readonly mismatches: TitleMismatch[] = [],
    readonly workbook: WorkbookSnapshot = { sheets: [] },
    /** The grids recognition read, by sheet name; others are built on first use. */
    private readonly grids = new Map<string, Grid>(),
  ) {}

  /** The sheet as a Grid, the one recognition read when there is one; undefined for no such sheet. */
  grid(sheet: string): Grid | undefined {
    let grid = this.grids.get(sheet);
    if (!grid) {
      const snapshot = this.workbook.sheets.find((s) => s.name === sheet);
      if (!snapshot) return undefined;
      this.grids.set(sheet, (grid = new Grid(snapshot)));
    }
    return grid;
  }

  /** True when the cell lies inside a recognized table or 自评表 (their ranges grouped by sheet once, on first use). */
  inTable(sheet: string, pos: CellPos): boolean {
    if (!this.rangesBySheet) {
      this.rangesBySheet = new Map();
      for (const { sheet: on, range } of [...this.tables, ...this.selfEvals]) {
        const list = this.rangesBySheet.get(on);
        if (list) list.push(range);
        else this.rangesBySheet.set(on, [range]);
      }
    }
    for (const r of this.rangesBySheet.get(sheet) ?? []) if (pos.row >= r.top && pos.row <= r.bottom && pos.col >= r.left && pos.col <= r.right) return true;
    return false;
  }

  /**
   * normalizeText(text) for the text of the cell at `pos`: the normalized text recognition
   * cached for the cell when the cell shows that text (as good as always), so rules reading the
   * 自评表 prose do not normalize it a second time.
   */
  normalized(sheet: string, pos: CellPos, text: string): string {
    const grid = this.grids.get(sheet);
    return grid && grid.text(pos.row, pos.col) === text.trim() ? grid.norm(pos.row, pos.col) : normalizeText(text);
  }

  /** Every text cell of the workbook (computed once, on first use). */
  textCells(): TextCell[] {
    return this.listedTexts().all;
  }

  /** The text cells of one sheet, in textCells() order. */
  sheetTextCells(sheet: string): readonly TextCell[] {
    return this.listedTexts().bySheet.get(sheet) ?? [];
  }

  /** The text cells, listed once; a grid's hidden copies of its visible columns are read as blank, so their words are left out. */
  private listedTexts(): { all: TextCell[]; bySheet: Map<string, TextCell[]> } {
    return (this.texts ??= textCells(this.workbook, (sheet) => this.grid(sheet)?.helperCopyColumns()));
  }

  /**
   * `compute(this)`, computed on first use and then kept: several rules read the same derived
   * data (prose cells, narrative lines, 目录 entries), and one audit must compute it once. The
   * function itself is the key. Safe because a TableSet is built per audit (recognizeWorkbook)
   * and neither it nor its snapshot changes while the rules run; a new audit gets a new set.
   */
  derive<T>(compute: (tables: TableSet) => T): T {
    if (!this.derived.has(compute)) this.derived.set(compute, compute(this));
    return this.derived.get(compute) as T;
  }

  /**
   * `compute(this, key)` for one of this audit's objects (a 自评表), computed on first use and then
   * kept, as derive. The caches live here, not in module-level WeakMaps: a WeakMap outlives the
   * audit in old space, and every young key it holds is work for each scavenge (measured: half
   * the audit's young-generation GC time).
   */
  deriveFor<K extends object, T>(compute: (tables: TableSet, key: K) => T, key: K): T {
    let byKey = this.derivedFor.get(compute);
    if (!byKey) this.derivedFor.set(compute, (byKey = new Map()));
    if (!byKey.has(key)) byKey.set(key, compute(this, key));
    return byKey.get(key) as T;
  }

  get(id: Exclude<TableId, 'PE'>): Table | undefined {
    return this.tables.find((t) => t.id === id);
  }

  all(id: Exclude<TableId, 'PE'>): Table[] {
    return this.tables.filter((t) => t.id === id);
  }
}

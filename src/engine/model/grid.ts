import type { AmountUnit } from '../money/unit';
import { isNotBlank } from '../values/not-blank';
import { NumberDecimals } from '../values/number-decimals';
import { normalizeText } from '../values/normalize';
import { readValueCell } from '../values/read-cell';
import type { ValueCell } from '../values/value-cell';
import type { CellSnapshot, RangeRect, SheetSnapshot } from './snapshot';

/** A caption and its unit in brackets (normalized: full-width brackets are half-width). */
const CAPTION_WITH_UNIT = /^(.+?)\((?:亿元|万元|元)\)$/;
/** Longer texts are prose, whose words are kept as written. */
const CAPTION_LENGTH = 24;

/** “决算数(万元)” → “决算数”; “(万元)” alone and “金额单位(万元)” stay: they are unit lines. */
function withoutUnit(norm: string): string {
  if (norm.length > CAPTION_LENGTH || norm.charCodeAt(norm.length - 1) !== 41) return norm;
  const m = CAPTION_WITH_UNIT.exec(norm);
  return m && !m[1].includes('单位') ? m[1] : norm;
}

/**
 * Read access to one sheet for recognition and parsing: normalized text per cell, merged
 * areas resolved to their top-left cell (Excel keeps a merged value only there).
 */
export class Grid {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  /**
   * The merged areas over each row, built on first use: a lookup scans the few areas of one
   * row. A map of every covered cell would cost an entry per cell of each wide title or text
   * area, for a few dozen lookups a sheet.
   */
  private mergesByRow?: (RangeRect[] | undefined)[];
  /** Normalized text by row and column, filled on first read (an array per row: no hashing, few allocations). */
  private readonly normCache: (string | undefined)[][] = [];
  private readonly hiddenColumns: ReadonlySet<number>;
  /** Hidden columns that copy a visible one (see helperCopies): read as blank. */
  private readonly copies: ReadonlySet<number>;

  /** `numbers`: the audit's Decimals, shared by the grids of one workbook. */
  constructor(
    readonly sheet: SheetSnapshot,
    private readonly numbers = new NumberDecimals(),
  ) {
    this.name = sheet.name;
    this.rowCount = sheet.cells.length;
    let cols = 0;
    for (const row of sheet.cells) if (row && row.length > cols) cols = row.length;
    this.colCount = cols;
    this.hiddenColumns = new Set(sheet.hiddenColumns ?? []);
    this.copies = this.hiddenColumns.size === 0 ? this.hiddenColumns : helperCopies(sheet, this.hiddenColumns, cols);
  }

  /**
   * The merged area over the cell that starts there (`starting`) or covers it without starting
   * there. The last area wins where areas overlap (a malformed file), as a later one would
   * overwrite an earlier one.
   */
  private mergeAt(row: number, col: number, starting: boolean): RangeRect | undefined {
    if (!this.mergesByRow) {
      this.mergesByRow = [];
      for (const m of this.sheet.merges) for (let r = m.top; r <= m.bottom; r++) (this.mergesByRow[r] ??= []).push(m);
    }
    const areas = this.mergesByRow[row] ?? [];
    for (let i = areas.length - 1; i >= 0; i--) {
      const m = areas[i];
      if (col >= m.left && col <= m.right && (row === m.top && col === m.left) === starting) return m;
    }
    return undefined;
  }

  isColumnHidden(col: number): boolean {
    return this.hiddenColumns.has(col);
  }

  /**
   * True when the cell is not shown: its column is hidden and, for the top-left cell of a merged
   * area, so is every column of the area (a merged caption or text over visible columns shows).
   */
  isCellHidden(row: number, col: number): boolean {
    if (!this.hiddenColumns.has(col)) return false;
    const area = this.mergeAt(row, col, true);
    if (!area) return true;
    for (let c = area.left; c <= area.right; c++) if (!this.hiddenColumns.has(c)) return false;
    return true;
  }

  /**
   * The visible columns of `cols`, or all of them when none is visible: a hidden column is a
   * helper (formulas, notes, a copy of an amount column) unless it is the only candidate, as
   * when the user hid a table's only 行次 or amount column.
   */
  preferVisible(cols: readonly number[]): number[] {
    if (this.hiddenColumns.size === 0) return [...cols];
    const visible = cols.filter((c) => !this.hiddenColumns.has(c));
    return visible.length > 0 ? visible : [...cols];
  }

  /** The hidden columns read as blank because they copy a visible one (helperCopies). */
  helperCopyColumns(): ReadonlySet<number> {
    return this.copies;
  }

  /** The cell as read: undefined when empty, and for every cell of a hidden copy of a visible column. */
  cell(row: number, col: number): CellSnapshot | undefined {
    if (this.copies.size > 0 && this.copies.has(col)) return undefined;
    return this.sheet.cells[row]?.[col] ?? undefined;
  }

  /** The cell read as an amount cell of a table (readValueCell), its Decimal shared with the audit's other cells of the same figure. */
  valueCell(row: number, col: number, unit?: AmountUnit): ValueCell {
    return readValueCell(this.name, { row, col }, this.cell(row, col), unit, this.numbers);
  }

  /** The row's amount cells, keyed as `columns` keys their sheet columns (栏次 → column). */
  valueCells(row: number, columns: ReadonlyMap<number, number>, unit?: AmountUnit): Map<number, ValueCell> {
    const values = new Map<number, ValueCell>();
    // forEach, not for…of: no [栏次, column] array for every cell of every table row.
    columns.forEach((col, n) => values.set(n, this.valueCell(row, col, unit)));
    return values;
  }

  /** The text shown in the cell, trimmed; '' when empty. */
  text(row: number, col: number): string {
    const cell = this.cell(row, col);
    if (!cell || cell.value === null) return '';
    return (cell.text ?? String(cell.value)).trim();
  }

  /** True when the cell shows any text: text() is not '' (without building the trimmed copy). */
  hasText(row: number, col: number): boolean {
    const cell = this.cell(row, col);
    if (!cell || cell.value === null) return false;
    const shown = cell.text ?? (typeof cell.value === 'string' ? cell.value : undefined);
    // No text and not a string: a number or boolean, which always shows something.
    return shown === undefined || isNotBlank(shown);
  }

  /** The first column of the row whose cell shows text; undefined for a row without any. */
  firstTextCol(row: number): number | undefined {
    for (let c = 0; c < this.rowLength(row); c++) if (this.hasText(row, c)) return c;
    return undefined;
  }

  /**
   * Normalized text (see normalizeText), cached because recognizers read it many times. A short
   * caption or label that carries its unit, “决算数（万元）”, reads as the caption alone: the unit is
   * the table's (readMeta reads it from the cell's text), and every caption pattern matches.
   */
  norm(row: number, col: number): string {
    // Sized once to the row: filled one cell at a time, a growing array would be copied again and again.
    const cached = (this.normCache[row] ??= new Array<string | undefined>(this.rowLength(row)));
    let value = cached[col];
    if (value === undefined) cached[col] = value = withoutUnit(normalizeText(this.text(row, col)));
    return value;
  }

  /** Normalized text of the cell or, inside a merged area, of the area's top-left cell. */
  normMerged(row: number, col: number): string {
    const owner = this.mergeAt(row, col, false);
    return owner === undefined ? this.norm(row, col) : this.norm(owner.top, owner.left);
  }

  /** The column whose cell shows at the cell: the first column of a merged area stretched over it from the left, else its own. */
  shownFromCol(row: number, col: number): number {
    return this.mergeAt(row, col, false)?.left ?? col;
  }

  isMergedCovered(row: number, col: number): boolean {
    return this.mergeAt(row, col, false) !== undefined;
  }

  rowLength(row: number): number {
    return this.sheet.cells[row]?.length ?? 0;
  }

  isRowEmpty(row: number): boolean {
    const cells = this.sheet.cells[row];
    if (!cells) return true;
    return cells.every((c) => !c || c.value === null || c.value === '' || (typeof c.value === 'string' && c.value.trim() === ''));
  }

  /** All normalized non-empty texts of a row, joined: for keyword tests. */
  rowText(row: number): string {
    const parts: string[] = [];
    for (let c = 0; c < this.rowLength(row); c++) {
      const t = this.norm(row, c);
      if (t) parts.push(t);
    }
    return parts.join('|');
  }

  /** True when no cell shows any text (stops at the first that does, unlike usedRect). */
  isEmpty(): boolean {
    for (let r = 0; r < this.rowCount; r++) {
      for (let c = 0; c < this.rowLength(r); c++) if (this.hasText(r, c)) return false;
    }
    return true;
  }

  /** Bounding rectangle of non-empty cells between two rows (inclusive). */
  usedRect(top: number, bottom: number): RangeRect | undefined {
    let rect: RangeRect | undefined;
    for (let r = top; r <= bottom; r++) {
      for (let c = 0; c < this.rowLength(r); c++) {
        if (!this.hasText(r, c)) continue;
        if (!rect) rect = { top: r, left: c, bottom: r, right: c };
        else {
          rect.bottom = r;
          rect.left = Math.min(rect.left, c);
          rect.right = Math.max(rect.right, c);
        }
      }
    }
    return rect;
  }
}

/** What a cell shows, for comparing two cells; '' when empty. */
function shown(cell: CellSnapshot | null | undefined): string {
  if (!cell || cell.value === null || cell.value === '') return '';
  return (cell.text ?? String(cell.value)).trim();
}

/** A cell that tells columns apart: a non-zero number or words (blanks, zeros and dashes do not). */
function distinctive(cell: CellSnapshot | null | undefined): boolean {
  if (!cell || cell.value === null) return false;
  if (typeof cell.value === 'number') return cell.value !== 0;
  return !/^[-—–―\s0.,]*$/.test(shown(cell));
}

/** How many distinctive cells a hidden column must share with a visible one to be its copy. */
const COPY_EVIDENCE = 3;

/**
 * The hidden columns that print, wherever they print anything, what one visible column prints in
 * the same rows, value and text, with at least COPY_EVIDENCE of those cells distinctive: helper
 * copies — a lookup key beside the table, a formula copy =B7, a pasted backup — which the reading
 * must pass over, as it passes over a blank column. A column the user hid that is the table's only
 * copy (its 行次, an amount column) has its own caption, 栏次 or figures and is read; one that
 * prints only a caption and zeros is read too: a visible column of zeros under the same caption
 * proves no copy.
 */
function helperCopies(sheet: SheetSnapshot, hidden: ReadonlySet<number>, colCount: number): Set<number> {
  const copies = new Set<number>();
  for (const h of hidden) {
    const rows: number[] = [];
    let evidence = 0;
    for (let r = 0; r < sheet.cells.length; r++) {
      const cell = sheet.cells[r]?.[h];
      if (shown(cell) === '') continue;
      rows.push(r);
      if (distinctive(cell)) evidence++;
    }
    if (evidence < COPY_EVIDENCE) continue;
    for (let v = 0; v < colCount; v++) {
      if (hidden.has(v)) continue;
      const same = rows.every((r) => {
        const a = sheet.cells[r]?.[h];
        const b = sheet.cells[r]?.[v];
        return a?.value === b?.value && shown(a) === shown(b);
      });
      if (same) {
        copies.add(h);
        break;
      }
    }
  }
  return copies;
}

/**
 * The in-memory workbook the host serves: plain data that tests build, inspect and assert on
 * (`host.workbook.sheet('公开01表').cell('C9').fill`). The Office.js proxies read and write it
 * only while a sync() is being processed.
 */
import { columnLetters, parseArea, parseCell, type Rect } from './address';

/** Error cells hold their code text ("#REF!") with `error: true`. */
export type CellValue = number | string | boolean | null;
export type SheetVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface FontModel {
  bold?: boolean;
  italic?: boolean;
  /** "#RRGGBB" */
  color?: string;
  name?: string;
  size?: number;
}

export interface HyperlinkModel {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

export interface CellModel {
  value: CellValue;
  error?: boolean;
  /** "=SUM(C9:C16)". The host does not calculate: a formula written through the API leaves `value` null. */
  formula?: string;
  /** Absent means "General". */
  numberFormat?: string;
  /** "#RRGGBB"; absent or null means no fill. */
  fill?: string | null;
  font?: FontModel;
  /** Absent means locked, Excel's default; only matters on a protected sheet. */
  locked?: boolean;
  wrapText?: boolean;
  hyperlink?: HyperlinkModel;
}

const EMPTY: Readonly<CellModel> = Object.freeze({ value: null });

export interface SheetProtectionModel {
  /** Formatting (fill, font, number format) allowed while protected (sheetProtection formatCells="0"). */
  allowFormatCells: boolean;
}

export class SheetModel {
  visibility: SheetVisibility = 'Visible';
  protected = false;
  protection: SheetProtectionModel = { allowFormatCells: false };
  tabColor: string | null = null;
  /** row → column → cell; sparse, as a sheet is. */
  readonly rows = new Map<number, Map<number, CellModel>>();
  merges: Rect[] = [];
  /** Column widths in points; absent means the standard 48 pt. */
  readonly columnWidths = new Map<number, number>();
  /** Zero-based hidden columns and rows (Range.columnHidden / rowHidden, getColumnProperties / getRowProperties). */
  readonly hiddenColumns = new Set<number>();
  readonly hiddenRows = new Set<number>();
  deleted = false;

  constructor(
    public name: string,
    readonly id: string,
  ) {}

  /** The cell at "C9"; an empty frozen cell when nothing is stored there. */
  cell(a1: string): Readonly<CellModel> {
    const { row, col } = parseCell(a1);
    return this.cellAt(row, col) ?? EMPTY;
  }

  cellAt(row: number, col: number): CellModel | undefined {
    return this.rows.get(row)?.get(col);
  }

  ensureCell(row: number, col: number): CellModel {
    let r = this.rows.get(row);
    if (!r) this.rows.set(row, (r = new Map()));
    let c = r.get(col);
    if (!c) r.set(col, (c = { value: null }));
    return c;
  }

  /** Test convenience: `sheet.set('C9', 12.5)` or `sheet.set('C9', { value: 1, numberFormat: '0.00' })`. */
  set(a1: string, cell: CellValue | Partial<CellModel>): this {
    const { row, col } = parseCell(a1);
    const target = this.ensureCell(row, col);
    if (cell !== null && typeof cell === 'object') Object.assign(target, cell);
    else target.value = cell;
    return this;
  }

  /** Test convenience: writes a block of values with its top-left at `a1`; null leaves a cell empty. */
  setRows(a1: string, rows: CellValue[][]): this {
    const { row, col } = parseCell(a1);
    rows.forEach((values, r) => values.forEach((v, c) => v !== null && (this.ensureCell(row + r, col + c).value = v)));
    return this;
  }

  merge(area: string): this {
    const r = parseArea(area);
    if (!r) throw new Error(`not an area: ${area}`);
    this.merges.push(r);
    return this;
  }

  /**
   * Excel's used range: the bounding box of cells with a value (valuesOnly) or with a value or
   * any formatting. Null for an empty sheet. `within`: only the cells inside that rectangle
   * (Range.getUsedRange).
   */
  usedRect(valuesOnly: boolean, within?: Rect): Rect | null {
    let box: Rect | null = null;
    const grow = (row: number, col: number) => {
      if (within && (row < within.top || row > within.bottom || col < within.left || col > within.right)) return;
      if (!box) box = { top: row, left: col, bottom: row, right: col };
      else {
        box.top = Math.min(box.top, row);
        box.bottom = Math.max(box.bottom, row);
        box.left = Math.min(box.left, col);
        box.right = Math.max(box.right, col);
      }
    };
    for (const [row, cols] of this.rows) {
      for (const [col, c] of cols) if (hasValue(c) || (!valuesOnly && hasFormat(c))) grow(row, col);
    }
    if (!valuesOnly) {
      for (const m of this.merges) {
        grow(m.top, m.left);
        grow(m.bottom, m.right);
      }
    }
    return box;
  }
}

export function hasValue(c: CellModel): boolean {
  return (c.value !== null && c.value !== '') || !!c.formula;
}

function hasFormat(c: CellModel): boolean {
  return !!c.fill || !!c.font || (!!c.numberFormat && c.numberFormat !== 'General') || c.locked === false || !!c.wrapText || !!c.hyperlink;
}

export interface NoteModel {
  sheet: SheetModel;
  row: number;
  col: number;
  content: string;
  authorName: string;
}

export interface CommentModel {
  id: string;
  sheet: SheetModel;
  row: number;
  col: number;
  content: string;
  authorName: string;
  authorEmail: string;
  creationDate: Date;
  resolved: boolean;
}

export interface CustomXmlPartModel {
  id: string;
  xml: string;
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  notes: NoteModel[] = [];
  comments: CommentModel[] = [];
  customXmlParts: CustomXmlPartModel[] = [];
  activeSheet: SheetModel | null = null;
  /** The selected area; defaults to A1 of the active sheet. */
  selection: { sheet: SheetModel; rect: Rect; areas?: Rect[] } | null = null;
  private idCounter = 0;

  /** Case-insensitive, as Excel compares sheet names. Throws when missing: a test-helper contract. */
  sheet(name: string): SheetModel {
    const s = this.findSheet(name);
    if (!s) throw new Error(`no sheet named ${JSON.stringify(name)}; sheets: ${this.sheets.map((x) => x.name).join(', ')}`);
    return s;
  }

  findSheet(nameOrId: string): SheetModel | undefined {
    const key = nameOrId.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key || s.id === nameOrId);
  }

  addSheet(name: string, options: { visibility?: SheetVisibility; protected?: boolean } = {}): SheetModel {
    const sheet = new SheetModel(name, this.newId());
    if (options.visibility) sheet.visibility = options.visibility;
    if (options.protected) sheet.protected = true;
    this.sheets.push(sheet);
    if (!this.activeSheet && sheet.visibility === 'Visible') this.activeSheet = sheet;
    return sheet;
  }

  /** Notes on a sheet, keyed by A1 address — for assertions. */
  notesOn(sheetName: string): Record<string, string> {
    const sheet = this.sheet(sheetName);
    const out: Record<string, string> = {};
    for (const n of this.notes) if (n.sheet === sheet) out[a1(n.row, n.col)] = n.content;
    return out;
  }

  /** Ids shaped like Excel's ("{00000000-0001-0000-0000-000000000000}"), deterministic for tests. */
  newId(): string {
    const n = (++this.idCounter).toString(16).toUpperCase().padStart(4, '0');
    return `{00000000-${n}-0000-0000-000000000000}`;
  }
}

function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

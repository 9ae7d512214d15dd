/** Excel.Range: one rectangle on one sheet. */
import { cellCount, formatAddress, inGrid, intersects, MAX_COLUMNS, MAX_ROWS, type Rect } from './address';
import { cellProperties, type CellProperties, type CellPropertiesLoadOptions } from './cell-properties';
import { forEachStored, formulaOf, grid, numberFormatOf, shownTextOf, valueOf, valueTypeOf, type RangeRef } from './cell-reads';
import { assertCanEditContent, assertCanFormat, assertUnprotected, clearContent, enter, setNumberFormat, writeGrid } from './cell-writes';
import { ErrorCodes, hostError } from './errors';
import { assertReadable, ClientObject, ClientResult, type PropDef, type ProxyOptions } from './proxy-base';
import { RangeAreas } from './range-areas';
import { RangeFormat } from './range-format';
import type { RequestContext } from './request-context';
import type { HyperlinkModel } from './workbook-model';
import { Worksheet } from './worksheet';

const PROPS: Record<string, PropDef<RangeRef>> = {
  address: { get: (t) => formatAddress(t.sheet.name, t.rect) },
  addressLocal: { get: (t) => formatAddress(t.sheet.name, t.rect) },
  rowIndex: { get: (t) => t.rect.top },
  columnIndex: { get: (t) => t.rect.left },
  rowCount: { get: (t) => t.rect.bottom - t.rect.top + 1 },
  columnCount: { get: (t) => t.rect.right - t.rect.left + 1 },
  cellCount: { get: (t) => cellCount(t.rect) },
  isEntireColumn: { get: (t) => t.rect.top === 0 && t.rect.bottom === MAX_ROWS - 1 },
  isEntireRow: { get: (t) => t.rect.left === 0 && t.rect.right === MAX_COLUMNS - 1 },
  values: { get: (t) => grid(t, valueOf), perCell: true },
  text: { get: (t) => grid(t, (c, col) => shownTextOf(t.sheet, col, c)), perCell: true },
  formulas: { get: (t) => grid(t, formulaOf), perCell: true },
  formulasLocal: { get: (t) => grid(t, formulaOf), perCell: true },
  numberFormat: { get: (t) => grid(t, numberFormatOf), perCell: true },
  valueTypes: { get: (t) => grid(t, valueTypeOf), perCell: true },
  // Excel reports the hyperlink of the top-left cell.
  hyperlink: { get: (t) => t.sheet.cellAt(t.rect.top, t.rect.left)?.hyperlink ?? null, api: '1.7' },
};

/** What a cell reports in values / formulas ("" when empty, the code text for errors). */
export type CellRead = string | number | boolean;
/** What the add-in may write; null leaves the cell unchanged, as in Office.js. */
export type CellWrite = string | number | boolean | null;

export class Range extends ClientObject<RangeRef> {
  private _format?: RangeFormat;
  private _worksheet?: Worksheet;

  constructor(context: RequestContext, resolve: () => RangeRef | null, opts?: ProxyOptions) {
    super(context, 'Range', resolve, opts);
  }

  protected _props() {
    return PROPS;
  }
  protected override _cellCount(t: RangeRef): number {
    return cellCount(t.rect);
  }
  override _nav(name: string) {
    return name === 'format' ? this.format : name === 'worksheet' ? this.worksheet : undefined;
  }

  get address(): string {
    return this._get('address');
  }
  get addressLocal(): string {
    return this._get('addressLocal');
  }
  get rowIndex(): number {
    return this._get('rowIndex');
  }
  get columnIndex(): number {
    return this._get('columnIndex');
  }
  get rowCount(): number {
    return this._get('rowCount');
  }
  get columnCount(): number {
    return this._get('columnCount');
  }
  get cellCount(): number {
    return this._get('cellCount');
  }
  get isEntireColumn(): boolean {
    return this._get('isEntireColumn');
  }
  get isEntireRow(): boolean {
    return this._get('isEntireRow');
  }
  get text(): string[][] {
    return this._get('text');
  }
  get valueTypes(): string[][] {
    return this._get('valueTypes');
  }

  get values(): CellRead[][] {
    return this._get('values');
  }
  set values(v: CellWrite[][] | CellWrite) {
    this._set('values', v, (t, x) => writeContent(t, x, 'Range.values'));
  }

  get formulas(): CellRead[][] {
    return this._get('formulas');
  }
  set formulas(v: CellWrite[][] | CellWrite) {
    this._set('formulas', v, (t, x) => writeContent(t, x, 'Range.formulas'));
  }
  get formulasLocal(): CellRead[][] {
    return this._get('formulasLocal');
  }
  set formulasLocal(v: CellWrite[][] | CellWrite) {
    this._set('formulasLocal', v, (t, x) => writeContent(t, x, 'Range.formulasLocal'));
  }

  get numberFormat(): string[][] {
    return this._get('numberFormat');
  }
  set numberFormat(v: (string | null)[][] | string) {
    this._set('numberFormat', v, (t, x) => {
      assertCanFormat(t.sheet, [t.rect], 'Range.numberFormat');
      writeGrid(t, x, 'Range.numberFormat', (c, f) => setNumberFormat(c, f, 'Range.numberFormat'));
    });
  }

  get hyperlink(): HyperlinkModel {
    return this._get('hyperlink');
  }
  /** Applies to every cell; textToDisplay becomes the cell value, as in Excel. */
  set hyperlink(v: HyperlinkModel) {
    this._set('hyperlink', v, (t, x) => {
      assertCanEditContent(t.sheet, [t.rect], 'Range.hyperlink');
      const link = (x ?? {}) as HyperlinkModel;
      writeGrid(t, link, 'Range.hyperlink', (c) => {
        c.hyperlink = { ...link };
        if (link.textToDisplay !== undefined) enter(c, link.textToDisplay, 'Range.hyperlink');
      });
    });
  }

  get format(): RangeFormat {
    return (this._format ??= new RangeFormat(this.context, () => {
      const t = this._target();
      return t && { sheet: t.sheet, rects: [t.rect] };
    }));
  }

  get worksheet(): Worksheet {
    return (this._worksheet ??= new Worksheet(this.context, () => this._target()?.sheet ?? null));
  }

  getCell(row: number, column: number): Range {
    return this._derive('getCell', (r) => ({ top: r.top + row, left: r.left + column, bottom: r.top + row, right: r.left + column }));
  }
  getRow(row: number): Range {
    return this._derive('getRow', (r) => ({ ...r, top: r.top + row, bottom: r.top + row }));
  }
  getColumn(column: number): Range {
    return this._derive('getColumn', (r) => ({ ...r, left: r.left + column, right: r.left + column }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this._derive('getResizedRange', (r) => ({ ...r, bottom: r.bottom + deltaRows, right: r.right + deltaColumns }), '1.7');
  }
  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this._derive('getOffsetRange', (r) => ({
      top: r.top + rowOffset,
      bottom: r.bottom + rowOffset,
      left: r.left + columnOffset,
      right: r.right + columnOffset,
    }));
  }

  /** The used cells within this range (ExcelApi 1.4 for the OrNullObject form), or a null object. */
  getUsedRangeOrNullObject(valuesOnly = false): Range {
    let pinned: { ref: RangeRef | null } | undefined;
    return new Range(
      this.context,
      () => {
        if (pinned) return pinned.ref;
        const r = this._target();
        const rect = r && r.sheet.usedRect(valuesOnly, r.rect);
        pinned = { ref: r && rect ? { sheet: r.sheet, rect } : null };
        return pinned.ref;
      },
      { nullable: true, api: '1.4' },
    );
  }

  getCellProperties(cellPropertiesLoadOptions: CellPropertiesLoadOptions): ClientResult<CellProperties[][]> {
    const selection = JSON.parse(JSON.stringify(cellPropertiesLoadOptions ?? {}));
    return this._result(
      'getCellProperties',
      (t) => {
        assertReadable(cellCount(t.rect), 'Range.getCellProperties');
        return cellProperties(t, selection);
      },
      '1.9',
    );
  }

  /**
   * One entry per column of the range with only the keys asked for (ExcelApi 1.9), e.g.
   * { columnHidden: true, columnIndex: true } → [{ columnHidden: false, columnIndex: 2 }, …].
   */
  getColumnProperties(loadOptions: { columnHidden?: boolean; columnIndex?: boolean; address?: boolean }): ClientResult<{ columnHidden?: boolean; columnIndex?: number; address?: string }[]> {
    const want = { ...loadOptions };
    return this._result(
      'getColumnProperties',
      (t) => {
        assertReadable(t.rect.right - t.rect.left + 1, 'Range.getColumnProperties');
        return Array.from({ length: t.rect.right - t.rect.left + 1 }, (_, i) => {
          const col = t.rect.left + i;
          const entry: { columnHidden?: boolean; columnIndex?: number; address?: string } = {};
          if (want.columnHidden) entry.columnHidden = t.sheet.hiddenColumns.has(col);
          if (want.columnIndex) entry.columnIndex = col;
          if (want.address) entry.address = formatAddress(t.sheet.name, { ...t.rect, left: col, right: col });
          return entry;
        });
      },
      '1.9',
    );
  }

  /** One entry per row of the range with only the keys asked for (ExcelApi 1.9). */
  getRowProperties(loadOptions: { rowHidden?: boolean; rowIndex?: boolean; address?: boolean }): ClientResult<{ rowHidden?: boolean; rowIndex?: number; address?: string }[]> {
    const want = { ...loadOptions };
    return this._result(
      'getRowProperties',
      (t) => {
        assertReadable(t.rect.bottom - t.rect.top + 1, 'Range.getRowProperties');
        return Array.from({ length: t.rect.bottom - t.rect.top + 1 }, (_, i) => {
          const row = t.rect.top + i;
          const entry: { rowHidden?: boolean; rowIndex?: number; address?: string } = {};
          if (want.rowHidden) entry.rowHidden = t.sheet.hiddenRows.has(row);
          if (want.rowIndex) entry.rowIndex = row;
          if (want.address) entry.address = formatAddress(t.sheet.name, { ...t.rect, top: row, bottom: row });
          return entry;
        });
      },
      '1.9',
    );
  }

  /** The merged areas that intersect this range; a null object when there are none. */
  getMergedAreasOrNullObject(): RangeAreas {
    return new RangeAreas(
      this.context,
      () => {
        const t = this._target();
        if (!t) return null;
        const rects = t.sheet.merges.filter((m) => intersects(m, t.rect));
        return rects.length ? { sheet: t.sheet, rects } : null;
      },
      { api: '1.13', nullable: true },
    );
  }

  /** Merges the range (or each row of it, with across); only the top-left value survives, as in Excel. */
  merge(across = false): void {
    this._enqueueOn('merge', (t) => {
      assertUnprotected(t.sheet, t.rect, 'Range.merge');
      const { sheet, rect } = t;
      sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
      const parts: Rect[] = across
        ? Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => ({ ...rect, top: rect.top + i, bottom: rect.top + i }))
        : [rect];
      for (const p of parts) {
        if (cellCount(p) < 2) continue;
        sheet.merges.push(p);
        for (let r = p.top; r <= p.bottom; r++) {
          for (let c = p.left; c <= p.right; c++) {
            const cell = sheet.cellAt(r, c);
            if (cell && (r !== p.top || c !== p.left)) clearContent(cell);
          }
        }
      }
    });
  }

  unmerge(): void {
    this._enqueueOn('unmerge', (t) => {
      assertUnprotected(t.sheet, t.rect, 'Range.unmerge');
      t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, t.rect));
    });
  }

  select(): void {
    this._enqueueOn('select', (t) => {
      this.context._host.model.selection = { sheet: t.sheet, rect: { ...t.rect } };
      this.context._host.model.activeSheet = t.sheet;
    });
  }

  /** applyTo: "All" (default) | "Formats" | "Contents" | "Hyperlinks". */
  clear(applyTo: string = 'All'): void {
    this._enqueueOn('clear', (t) => {
      const where = 'Range.clear';
      const contents = applyTo === 'All' || applyTo === 'Contents';
      const formats = applyTo === 'All' || applyTo === 'Formats';
      if (contents || applyTo === 'Hyperlinks') assertCanEditContent(t.sheet, [t.rect], where);
      if (formats) assertCanFormat(t.sheet, [t.rect], where);
      forEachStored(t.sheet, t.rect, (cell) => {
        if (contents) clearContent(cell);
        if (formats) for (const k of ['fill', 'font', 'numberFormat', 'wrapText'] as const) delete cell[k];
        if (applyTo === 'All' || applyTo === 'Hyperlinks') delete cell.hyperlink;
      });
    });
  }

  private _derive(method: string, f: (r: Rect) => Rect, api?: string): Range {
    return new Range(
      this.context,
      () => {
        const t = this._target();
        if (!t) return null;
        const rect = f(t.rect);
        if (!inGrid(rect)) throw hostError(ErrorCodes.invalidArgument, `Range.${method} leaves the worksheet grid.`, `Range.${method}`);
        return { sheet: t.sheet, rect };
      },
      { api },
    );
  }
}

function writeContent(t: RangeRef, input: unknown, where: string): void {
  assertCanEditContent(t.sheet, [t.rect], where);
  writeGrid(t, input, where, (c, v) => enter(c, v, where));
}

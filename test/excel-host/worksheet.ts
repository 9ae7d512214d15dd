/** Excel.Worksheet and its protection. */
import { MAX_COLUMNS, MAX_ROWS, parseArea, splitSheet, type Rect } from './address';
import type { AreasRef, RangeRef } from './cell-reads';
import { CommentCollection } from './comments';
import { ErrorCodes, hostError } from './errors';
import { NoteCollection } from './notes';
import { ClientObject, type PropDef, type ProxyOptions } from './proxy-base';
import { Range } from './range';
import { RangeAreas } from './range-areas';
import type { RequestContext } from './request-context';
import type { SheetModel, SheetVisibility, WorkbookModel } from './workbook-model';

/** Excel's limit on the address string of one getRanges call. */
export const MAX_ADDRESS_LENGTH = 8192;
const WHOLE_SHEET: Rect = { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 };
const VISIBILITIES: SheetVisibility[] = ['Visible', 'Hidden', 'VeryHidden'];

export class Worksheet extends ClientObject<SheetModel> {
  private _protection?: WorksheetProtection;
  private _comments?: CommentCollection;
  private _notes?: NoteCollection;

  constructor(context: RequestContext, resolve: () => SheetModel | null, opts?: ProxyOptions) {
    super(
      context,
      'Worksheet',
      () => {
        const s = resolve();
        if (s?.deleted) throw hostError(ErrorCodes.itemNotFound, `The worksheet ${s.name} was deleted.`, 'Worksheet');
        return s;
      },
      opts,
    );
  }

  protected _props(): Record<string, PropDef<SheetModel>> {
    return {
      name: { get: (s) => s.name },
      id: { get: (s) => s.id },
      position: { get: (s) => this._wb().sheets.indexOf(s) },
      visibility: { get: (s) => s.visibility },
      tabColor: { get: (s) => s.tabColor ?? '', api: '1.7' },
    };
  }
  override _nav(name: string) {
    return name === 'protection' ? this.protection : undefined;
  }

  private _wb(): WorkbookModel {
    return this.context._host.model;
  }

  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._set('name', v, (s, x) => {
      const name = validSheetName(x, 'Worksheet.name');
      const clash = this._wb().findSheet(name);
      if (clash && clash !== s) throw hostError(ErrorCodes.itemAlreadyExists, `A sheet named ${name} already exists.`, 'Worksheet.name');
      s.name = name;
    });
  }

  get id(): string {
    return this._get('id');
  }

  get position(): number {
    return this._get('position');
  }
  set position(v: number) {
    this._set('position', v, (s, x) => {
      const sheets = this._wb().sheets;
      const to = Number(x);
      if (!Number.isInteger(to) || to < 0 || to >= sheets.length) throw hostError(ErrorCodes.invalidArgument, `Bad position ${x}.`, 'Worksheet.position');
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(to, 0, s);
    });
  }

  get visibility(): SheetVisibility {
    return this._get('visibility');
  }
  set visibility(v: SheetVisibility) {
    this._set('visibility', v, (s, x) => {
      const wb = this._wb();
      const to = VISIBILITIES.find((k) => k.toLowerCase() === String(x).toLowerCase());
      if (!to) throw hostError(ErrorCodes.invalidArgument, `Bad visibility ${x}.`, 'Worksheet.visibility');
      if (to !== 'Visible' && s.visibility === 'Visible' && visibleCount(wb) === 1) {
        throw hostError(ErrorCodes.invalidOperation, 'A workbook must contain at least one visible worksheet.', 'Worksheet.visibility');
      }
      s.visibility = to;
      if (to !== 'Visible' && wb.activeSheet === s) activateFirstVisible(wb);
    });
  }

  get tabColor(): string {
    return this._get('tabColor');
  }
  set tabColor(v: string) {
    this._set('tabColor', v, (s, x) => void (s.tabColor = x ? String(x) : null));
  }

  get protection(): WorksheetProtection {
    return (this._protection ??= new WorksheetProtection(this.context, () => this._target()));
  }

  /** Comments on this sheet (ExcelApi 1.10). */
  get comments(): CommentCollection {
    return (this._comments ??= new CommentCollection(this.context, () => this._scope()));
  }

  /** Notes on this sheet (ExcelApi 1.18). */
  get notes(): NoteCollection {
    return (this._notes ??= new NoteCollection(this.context, () => this._scope()));
  }

  private _scope() {
    const s = this._target();
    return s && { wb: this._wb(), sheet: s };
  }

  getRange(address?: string): Range {
    return new Range(this.context, () => {
      const s = this._target();
      return s && { sheet: s, rect: address === undefined || address === '' ? WHOLE_SHEET : areaOn(s, address, 'Worksheet.getRange') };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    return this._fixedRange('getRangeByIndexes', { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 }, '1.7');
  }

  getCell(row: number, column: number): Range {
    return this._fixedRange('getCell', { top: row, left: column, bottom: row, right: column });
  }

  /** "A1:B2, D4" or "A1:B2; D4"; over 8,192 characters is refused with InvalidArgument. */
  getRanges(address?: string): RangeAreas {
    return new RangeAreas(this.context, () => {
      const s = this._target();
      return s && areasOn(s, address);
    });
  }

  /** The used range, or A1 for an empty sheet, as Excel reports it. */
  getUsedRange(valuesOnly = false): Range {
    return this._usedRange(valuesOnly, false);
  }

  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return this._usedRange(valuesOnly, true);
  }

  activate(): void {
    this._enqueueOn('activate', (s) => {
      const wb = this._wb();
      wb.activeSheet = s;
      wb.selection = null;
    });
  }

  delete(): void {
    this._enqueueOn('delete', (s) => {
      const wb = this._wb();
      if (s.visibility === 'Visible' && visibleCount(wb) === 1) {
        throw hostError(ErrorCodes.invalidOperation, 'A workbook must contain at least one visible worksheet.', 'Worksheet.delete');
      }
      wb.sheets.splice(wb.sheets.indexOf(s), 1);
      s.deleted = true;
      wb.notes = wb.notes.filter((n) => n.sheet !== s);
      wb.comments = wb.comments.filter((c) => c.sheet !== s);
      if (wb.selection?.sheet === s) wb.selection = null;
      if (wb.activeSheet === s) activateFirstVisible(wb);
    });
  }

  private _fixedRange(method: string, rect: Rect, api?: string): Range {
    return new Range(
      this.context,
      () => {
        const s = this._target();
        if (s && !(rect.top >= 0 && rect.left >= 0 && rect.bottom >= rect.top && rect.right >= rect.left && rect.bottom < MAX_ROWS && rect.right < MAX_COLUMNS)) {
          throw hostError(ErrorCodes.invalidArgument, `Worksheet.${method} is outside the worksheet grid.`, `Worksheet.${method}`);
        }
        return s && { sheet: s, rect };
      },
      { api },
    );
  }

  /** The rectangle is fixed when the range is first resolved, like an instantiated Office.js range. */
  private _usedRange(valuesOnly: boolean, nullable: boolean): Range {
    let pinned: { ref: RangeRef | null } | undefined;
    return new Range(
      this.context,
      () => {
        if (pinned) return pinned.ref;
        const s = this._target();
        if (!s) return null;
        const rect = s.usedRect(valuesOnly);
        pinned = { ref: rect ? { sheet: s, rect } : nullable ? null : { sheet: s, rect: { top: 0, left: 0, bottom: 0, right: 0 } } };
        return pinned.ref;
      },
      { nullable },
    );
  }
}

export class WorksheetProtection extends ClientObject<SheetModel> {
  constructor(context: RequestContext, resolve: () => SheetModel | null) {
    super(context, 'WorksheetProtection', resolve, { api: '1.2' });
  }

  protected _props(): Record<string, PropDef<SheetModel>> {
    return {
      protected: { get: (s) => s.protected },
      options: { get: (s) => ({ allowFormatCells: s.protection.allowFormatCells }) },
    };
  }

  get protected(): boolean {
    return this._get('protected');
  }
  get options(): { allowFormatCells: boolean } {
    return this._get('options');
  }

  protect(options?: { allowFormatCells?: boolean }, _password?: string): void {
    this._enqueueOn('protect', (s) => {
      if (s.protected) throw hostError(ErrorCodes.invalidOperation, 'The worksheet is already protected.', 'WorksheetProtection.protect');
      s.protected = true;
      s.protection = { allowFormatCells: options?.allowFormatCells ?? false };
    });
  }

  unprotect(_password?: string): void {
    this._enqueueOn('unprotect', (s) => void (s.protected = false));
  }
}

/** Excel's sheet-name rules: 1–31 characters, none of : \ / ? * [ ], no leading or trailing apostrophe. */
export function validSheetName(name: unknown, where: string): string {
  const s = String(name ?? '');
  if (s.length === 0 || s.length > 31 || /[:\\/?*[\]]/.test(s) || s.startsWith("'") || s.endsWith("'") || s.toLowerCase() === 'history') {
    throw hostError(ErrorCodes.invalidArgument, `Not a valid sheet name: ${JSON.stringify(s)}`, where);
  }
  return s;
}

function areaOn(sheet: SheetModel, address: string, where: string): Rect {
  const { sheet: named, area } = splitSheet(address);
  if (named !== undefined && named.toLowerCase() !== sheet.name.toLowerCase()) {
    throw hostError(ErrorCodes.invalidArgument, `The address ${address} is not on sheet ${sheet.name}.`, where);
  }
  const rect = parseArea(area);
  if (!rect) throw hostError(ErrorCodes.invalidArgument, `The argument is invalid or missing or has an incorrect format: ${JSON.stringify(address)}`, where);
  return rect;
}

function areasOn(sheet: SheetModel, address: string | undefined): AreasRef {
  const where = 'Worksheet.getRanges';
  if (address === undefined || address === '') return { sheet, rects: [WHOLE_SHEET] };
  if (address.length > MAX_ADDRESS_LENGTH) {
    throw hostError(ErrorCodes.invalidArgument, `The address is ${address.length} characters long; Excel accepts at most ${MAX_ADDRESS_LENGTH}.`, where);
  }
  return { sheet, rects: address.split(/[,;]/).map((part) => areaOn(sheet, part, where)) };
}

function visibleCount(wb: WorkbookModel): number {
  return wb.sheets.filter((s) => s.visibility === 'Visible').length;
}

function activateFirstVisible(wb: WorkbookModel): void {
  wb.activeSheet = wb.sheets.find((s) => s.visibility === 'Visible') ?? null;
  wb.selection = null;
}

/** Excel.WorksheetCollection: the workbook's sheets in tab order. */
import { ErrorCodes, hostError } from './errors';
import { ClientCollection, ClientResult, type ProxyOptions } from './proxy-base';
import type { RequestContext } from './request-context';
import type { SheetModel, WorkbookModel } from './workbook-model';
import { validSheetName, Worksheet } from './worksheet';

export class WorksheetCollection extends ClientCollection<WorkbookModel, Worksheet> {
  constructor(context: RequestContext, resolve: () => WorkbookModel | null) {
    super(context, 'WorksheetCollection', resolve);
  }

  protected _itemProxies(wb: WorkbookModel): Worksheet[] {
    return wb.sheets.map((s) => new Worksheet(this.context, () => s));
  }

  /** By name (case-insensitive) or id; ItemNotFound at sync when missing. */
  getItem(key: string): Worksheet {
    return this._pinned(() => {
      const wb = this._target();
      if (!wb) return null;
      const s = wb.findSheet(key);
      if (!s) throw hostError(ErrorCodes.itemNotFound, `The requested resource doesn't exist: worksheet ${JSON.stringify(key)}.`, 'WorksheetCollection.getItem');
      return s;
    });
  }

  getItemOrNullObject(key: string): Worksheet {
    return this._pinned(() => this._target()?.findSheet(key) ?? null, { nullable: true });
  }

  getActiveWorksheet(): Worksheet {
    return this._pinned(() => {
      const wb = this._target();
      if (!wb) return null;
      const s = wb.activeSheet ?? wb.sheets.find((x) => x.visibility === 'Visible');
      if (!s) throw hostError(ErrorCodes.itemNotFound, 'There is no active worksheet.', 'WorksheetCollection.getActiveWorksheet');
      return s;
    });
  }

  getFirst(visibleOnly = false): Worksheet {
    return this._pinned(() => this._edge(visibleOnly, 'getFirst', (l) => l[0]), { api: '1.5' });
  }

  getLast(visibleOnly = false): Worksheet {
    return this._pinned(() => this._edge(visibleOnly, 'getLast', (l) => l[l.length - 1]), { api: '1.5' });
  }

  getCount(visibleOnly = false): ClientResult<number> {
    return this._result('getCount', (wb) => wb.sheets.filter((s) => !visibleOnly || s.visibility === 'Visible').length, '1.4');
  }

  /** Adds a visible sheet at the end; ItemAlreadyExists when the name is taken (names compare case-insensitively). */
  add(name?: string): Worksheet {
    let created: SheetModel | undefined;
    this._enqueueOn('add', (wb) => {
      const finalName = name === undefined ? nextDefaultName(wb) : validSheetName(name, 'WorksheetCollection.add');
      if (wb.findSheet(finalName)) throw hostError(ErrorCodes.itemAlreadyExists, `A resource with the same name or identifier already exists: ${finalName}.`, 'WorksheetCollection.add');
      created = wb.addSheet(finalName);
    });
    return new Worksheet(this.context, () => created ?? null);
  }

  private _edge(visibleOnly: boolean, method: string, pick: (l: SheetModel[]) => SheetModel | undefined): SheetModel | null {
    const wb = this._target();
    if (!wb) return null;
    const s = pick(wb.sheets.filter((x) => !visibleOnly || x.visibility === 'Visible'));
    if (!s) throw hostError(ErrorCodes.itemNotFound, 'There is no such worksheet.', `WorksheetCollection.${method}`);
    return s;
  }

  /** Once found, the proxy keeps pointing at that sheet even if it is renamed, like Office.js. */
  private _pinned(find: () => SheetModel | null, opts?: ProxyOptions): Worksheet {
    let pinned: SheetModel | undefined;
    return new Worksheet(this.context, () => pinned ?? (pinned = find() ?? undefined) ?? null, opts);
  }
}

function nextDefaultName(wb: WorkbookModel): string {
  for (let i = wb.sheets.length + 1; ; i++) if (!wb.findSheet(`Sheet${i}`)) return `Sheet${i}`;
}

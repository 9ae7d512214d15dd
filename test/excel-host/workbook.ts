/** Excel.Workbook: the root every statement starts from. */
import { CommentCollection } from './comments';
import { CustomXmlPartCollection } from './custom-xml';
import { NoteCollection } from './notes';
import { ClientObject, type PropDef } from './proxy-base';
import { Range } from './range';
import type { RequestContext } from './request-context';
import type { WorkbookModel } from './workbook-model';
import { WorksheetCollection } from './worksheet-collection';

export class Workbook extends ClientObject<WorkbookModel> {
  private _worksheets?: WorksheetCollection;
  private _customXmlParts?: CustomXmlPartCollection;
  private _comments?: CommentCollection;
  private _notes?: NoteCollection;

  constructor(context: RequestContext) {
    super(context, 'Workbook', () => context._host.model);
  }

  protected _props(): Record<string, PropDef<WorkbookModel>> {
    return { name: { get: () => 'workbook.xlsx', api: '1.7' } };
  }
  override _nav(name: string) {
    return name === 'worksheets' ? this.worksheets : undefined;
  }

  get name(): string {
    return this._get('name');
  }

  get worksheets(): WorksheetCollection {
    return (this._worksheets ??= new WorksheetCollection(this.context, () => this._target()));
  }
  get customXmlParts(): CustomXmlPartCollection {
    return (this._customXmlParts ??= new CustomXmlPartCollection(this.context, () => this._target()));
  }
  /** All comments in the workbook (ExcelApi 1.10). */
  get comments(): CommentCollection {
    return (this._comments ??= new CommentCollection(this.context, () => {
      const wb = this._target();
      return wb && { wb };
    }));
  }
  /** All notes in the workbook (ExcelApi 1.18). */
  get notes(): NoteCollection {
    return (this._notes ??= new NoteCollection(this.context, () => {
      const wb = this._target();
      return wb && { wb };
    }));
  }

  /** The selection, or A1 of the active sheet when nothing was selected. */
  getSelectedRange(): Range {
    return this._selection('getSelectedRange', false);
  }

  /** The top-left cell of the selection (ExcelApi 1.7). */
  getActiveCell(): Range {
    return this._selection('getActiveCell', true);
  }

  private _selection(_method: string, topLeftOnly: boolean): Range {
    let pinned: ReturnType<typeof selectionOf> | undefined;
    return new Range(this.context, () => {
      const wb = this._target();
      if (!wb) return null;
      pinned ??= selectionOf(wb, topLeftOnly);
      return pinned;
    }, topLeftOnly ? { api: '1.7' } : {});
  }
}

function selectionOf(wb: WorkbookModel, topLeftOnly: boolean) {
  const sheet = wb.selection?.sheet ?? wb.activeSheet ?? wb.sheets[0];
  const rect = wb.selection?.rect ?? { top: 0, left: 0, bottom: 0, right: 0 };
  return { sheet, rect: topLeftOnly ? { top: rect.top, left: rect.left, bottom: rect.top, right: rect.left } : { ...rect } };
}

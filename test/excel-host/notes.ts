/** Excel.NoteCollection and Excel.Note (ExcelApi 1.18): the classic yellow cell notes. */
import { assertUnprotected } from './cell-writes';
import { checkSameContext, sameCell, singleCell, type Scope } from './cell-arg';
import { ErrorCodes, hostError } from './errors';
import { ClientCollection, ClientObject, ClientResult, type PropDef, type ProxyOptions } from './proxy-base';
import { Range } from './range';
import type { RequestContext } from './request-context';
import type { NoteModel } from './workbook-model';

const API = '1.18';

export class NoteCollection extends ClientCollection<Scope, Note> {
  constructor(context: RequestContext, resolve: () => Scope | null) {
    super(context, 'NoteCollection', resolve, { api: API });
  }

  protected _itemProxies(scope: Scope): Note[] {
    return notesIn(scope).map((n) => this._note(() => n));
  }

  /** One cell only: a multi-cell range (a merged area too) fails with InvalidArgument. */
  add(cellAddress: Range | string, content: string): Note {
    checkSameContext(cellAddress, this.context, 'NoteCollection.add');
    let created: NoteModel | undefined;
    this._enqueueOn('add', (scope) => {
      const at = singleCell(scope, cellAddress, 'NoteCollection.add');
      assertUnprotected(at.sheet, { top: at.row, left: at.col, bottom: at.row, right: at.col }, 'NoteCollection.add');
      if (scope.wb.notes.some((n) => sameCell(n, at))) throw hostError(ErrorCodes.invalidArgument, 'The cell already has a note.', 'NoteCollection.add');
      created = { ...at, content: String(content), authorName: this.context._host.authorName };
      scope.wb.notes.push(created);
    });
    return this._note(() => created ?? null);
  }

  getCount(): ClientResult<number> {
    return this._result('getCount', (scope) => notesIn(scope).length);
  }

  /** key: the note's cell address. */
  getItem(key: string): Note {
    return this._note(() => this._find(key, false));
  }

  getItemOrNullObject(key: string): Note {
    return this._note(() => this._find(key, true), { nullable: true });
  }

  getItemAt(index: number): Note {
    return this._note(() => {
      const scope = this._target();
      if (!scope) return null;
      const n = notesIn(scope)[index];
      if (!n) throw hostError(ErrorCodes.itemNotFound, `There is no note at index ${index}.`, 'NoteCollection.getItemAt');
      return n;
    });
  }

  private _find(key: string, orNull: boolean): NoteModel | null {
    const scope = this._target();
    if (!scope) return null;
    const at = singleCell(scope, key, 'NoteCollection.getItem');
    const n = notesIn(scope).find((x) => sameCell(x, at));
    if (!n && !orNull) throw hostError(ErrorCodes.itemNotFound, `There is no note on ${key}.`, 'NoteCollection.getItem');
    return n ?? null;
  }

  private _note(resolve: () => NoteModel | null, opts: ProxyOptions = {}): Note {
    return new Note(this.context, () => {
      const n = resolve();
      if (n && !this.context._host.model.notes.includes(n)) throw hostError(ErrorCodes.itemNotFound, 'The note was deleted.', 'Note');
      return n;
    }, { api: API, ...opts });
  }
}

export class Note extends ClientObject<NoteModel> {
  constructor(context: RequestContext, resolve: () => NoteModel | null, opts?: ProxyOptions) {
    super(context, 'Note', resolve, opts);
  }

  protected _props(): Record<string, PropDef<NoteModel>> {
    return {
      content: { get: (n) => n.content },
      authorName: { get: (n) => n.authorName },
      visible: { get: () => false },
    };
  }

  get content(): string {
    return this._get('content');
  }
  set content(v: string) {
    this._set('content', v, (n, x) => {
      assertUnprotected(n.sheet, cellRect(n), 'Note.content');
      n.content = String(x);
    });
  }
  get authorName(): string {
    return this._get('authorName');
  }
  get visible(): boolean {
    return this._get('visible');
  }

  getLocation(): Range {
    return new Range(this.context, () => {
      const n = this._target();
      return n && { sheet: n.sheet, rect: cellRect(n) };
    });
  }

  delete(): void {
    this._enqueueOn('delete', (n) => {
      assertUnprotected(n.sheet, cellRect(n), 'Note.delete');
      const wb = this.context._host.model;
      wb.notes = wb.notes.filter((x) => x !== n);
    });
  }
}

function notesIn(scope: Scope): NoteModel[] {
  return scope.wb.notes.filter((n) => !scope.sheet || n.sheet === scope.sheet);
}

function cellRect(n: { row: number; col: number }) {
  return { top: n.row, left: n.col, bottom: n.row, right: n.col };
}

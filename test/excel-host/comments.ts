/** Excel.CommentCollection and Excel.Comment (ExcelApi 1.10): threaded comments. */
import { assertUnprotected } from './cell-writes';
import { checkSameContext, sameCell, singleCell, type Scope } from './cell-arg';
import { ErrorCodes, hostError } from './errors';
import { ClientCollection, ClientObject, ClientResult, type PropDef, type ProxyOptions } from './proxy-base';
import { Range } from './range';
import type { RequestContext } from './request-context';
import type { CommentModel } from './workbook-model';

const API = '1.10';

export class CommentCollection extends ClientCollection<Scope, Comment> {
  constructor(context: RequestContext, resolve: () => Scope | null) {
    super(context, 'CommentCollection', resolve, { api: API });
  }

  protected _itemProxies(scope: Scope): Comment[] {
    return commentsIn(scope).map((c) => this._comment(() => c));
  }

  /** One cell only; `content` may be a string or { richContent }. */
  add(cellAddress: Range | string, content: string | { richContent: string }, _contentType?: string): Comment {
    checkSameContext(cellAddress, this.context, 'CommentCollection.add');
    const text = typeof content === 'string' ? content : String(content?.richContent ?? '');
    let created: CommentModel | undefined;
    this._enqueueOn('add', (scope) => {
      const at = singleCell(scope, cellAddress, 'CommentCollection.add');
      assertUnprotected(at.sheet, cellRect(at), 'CommentCollection.add');
      const host = this.context._host;
      created = {
        ...at,
        id: scope.wb.newId(),
        content: text,
        authorName: host.authorName,
        authorEmail: host.authorEmail,
        creationDate: new Date(),
        resolved: false,
      };
      scope.wb.comments.push(created);
    });
    return this._comment(() => created ?? null);
  }

  getCount(): ClientResult<number> {
    return this._result('getCount', (scope) => commentsIn(scope).length);
  }

  getItem(commentId: string): Comment {
    return this._comment(() => this._byId(commentId, false));
  }

  getItemOrNullObject(commentId: string): Comment {
    return this._comment(() => this._byId(commentId, true), { nullable: true, api: '1.14' });
  }

  getItemAt(index: number): Comment {
    return this._comment(() => {
      const scope = this._target();
      if (!scope) return null;
      const c = commentsIn(scope)[index];
      if (!c) throw hostError(ErrorCodes.itemNotFound, `There is no comment at index ${index}.`, 'CommentCollection.getItemAt');
      return c;
    });
  }

  /** The comment on a cell; ItemNotFound when it has none. */
  getItemByCell(cellAddress: Range | string): Comment {
    checkSameContext(cellAddress, this.context, 'CommentCollection.getItemByCell');
    return this._comment(() => {
      const scope = this._target();
      if (!scope) return null;
      const at = singleCell(scope, cellAddress, 'CommentCollection.getItemByCell');
      const c = commentsIn(scope).find((x) => sameCell(x, at));
      if (!c) throw hostError(ErrorCodes.itemNotFound, 'The cell has no comment.', 'CommentCollection.getItemByCell');
      return c;
    });
  }

  private _byId(id: string, orNull: boolean): CommentModel | null {
    const scope = this._target();
    if (!scope) return null;
    const c = commentsIn(scope).find((x) => x.id === id);
    if (!c && !orNull) throw hostError(ErrorCodes.itemNotFound, `There is no comment ${id}.`, 'CommentCollection.getItem');
    return c ?? null;
  }

  private _comment(resolve: () => CommentModel | null, opts: ProxyOptions = {}): Comment {
    return new Comment(this.context, () => {
      const c = resolve();
      if (c && !this.context._host.model.comments.includes(c)) throw hostError(ErrorCodes.itemNotFound, 'The comment was deleted.', 'Comment');
      return c;
    }, { api: API, ...opts });
  }
}

export class Comment extends ClientObject<CommentModel> {
  constructor(context: RequestContext, resolve: () => CommentModel | null, opts?: ProxyOptions) {
    super(context, 'Comment', resolve, opts);
  }

  protected _props(): Record<string, PropDef<CommentModel>> {
    return {
      id: { get: (c) => c.id },
      content: { get: (c) => c.content },
      authorName: { get: (c) => c.authorName },
      authorEmail: { get: (c) => c.authorEmail },
      creationDate: { get: (c) => new Date(c.creationDate) },
      resolved: { get: (c) => c.resolved, api: '1.11' },
      contentType: { get: () => 'Plain', api: '1.12' },
    };
  }

  get id(): string {
    return this._get('id');
  }
  get content(): string {
    return this._get('content');
  }
  set content(v: string) {
    this._set('content', v, (c, x) => {
      assertUnprotected(c.sheet, cellRect(c), 'Comment.content');
      c.content = String(x);
    });
  }
  get authorName(): string {
    return this._get('authorName');
  }
  get authorEmail(): string {
    return this._get('authorEmail');
  }
  get creationDate(): Date {
    return this._get('creationDate');
  }
  get resolved(): boolean {
    return this._get('resolved');
  }
  set resolved(v: boolean) {
    this._set('resolved', v, (c, x) => void (c.resolved = Boolean(x)));
  }
  get contentType(): string {
    return this._get('contentType');
  }

  getLocation(): Range {
    return new Range(this.context, () => {
      const c = this._target();
      return c && { sheet: c.sheet, rect: cellRect(c) };
    });
  }

  delete(): void {
    this._enqueueOn('delete', (c) => {
      assertUnprotected(c.sheet, cellRect(c), 'Comment.delete');
      const wb = this.context._host.model;
      wb.comments = wb.comments.filter((x) => x !== c);
    });
  }
}

function commentsIn(scope: Scope): CommentModel[] {
  return scope.wb.comments.filter((c) => !scope.sheet || c.sheet === scope.sheet);
}

function cellRect(c: { row: number; col: number }) {
  return { top: c.row, left: c.col, bottom: c.row, right: c.col };
}

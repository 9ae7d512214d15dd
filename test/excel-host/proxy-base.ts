/**
 * The load / queue / sync machinery every proxy shares, modelled on Office.js:
 * - a proxy holds only what a sync() brought back (or what the add-in itself just assigned);
 *   reading anything else throws PropertyNotLoaded, synchronously, as Office.js does;
 * - load(), property writes and methods only queue a statement; the workbook changes when the
 *   statement runs inside a later sync(), in queue order;
 * - a proxy finds its workbook object lazily, when a statement that needs it runs, so a bad
 *   address or a missing sheet fails at sync(), not at the call.
 */
import { ErrorCodes, hostError, propertyNotLoaded } from './errors';
import { emptyTree, mergeTrees, parseLoadSpec, type LoadArg, type LoadTree } from './load-spec';
import type { RequestContext } from './request-context';

/** One value per cell of a single range read may not exceed this (Excel's documented limit). */
export const MAX_CELLS_PER_READ = 5_000_000;

export interface PropDef<T> {
  get(target: T): unknown;
  /** One value per cell: counts toward the 5,000,000-cell limit of a single range read. */
  perCell?: boolean;
  /** ExcelApi version that introduced the property. */
  api?: string;
}

export interface ProxyOptions {
  /** ExcelApi version that introduced the object, or the method that returned it. */
  api?: string;
  /** Returned by an *OrNullObject method: resolves to null instead of failing. */
  nullable?: boolean;
}

/** Any proxy, whatever workbook object it stands for. */
export type AnyClientObject = ClientObject<unknown>;

export abstract class ClientObject<T = unknown> {
  readonly context: RequestContext;
  /** Scalars brought back by a sync, or assigned locally (Office.js setters keep the value too). */
  protected readonly _v: Record<string, unknown> = {};
  /** Undefined until a sync has resolved the object. */
  private _nullState: boolean | undefined;

  constructor(
    context: RequestContext,
    readonly _typeName: string,
    private readonly _resolver: () => T | null,
    private readonly _opts: ProxyOptions = {},
  ) {
    this.context = context;
    context._host.proxyCount++;
    // *OrNullObject results are reported back at the next sync even when nothing else uses them.
    if (_opts.nullable) context._enqueue(`${_typeName}.*OrNullObject`, () => void this._target());
  }

  /** Office.js requires a sync before this is read; a proxy that cannot be null reports false. */
  get isNullObject(): boolean {
    if (this._nullState !== undefined) return this._nullState;
    if (this._opts.nullable) throw propertyNotLoaded(this._typeName, 'isNullObject');
    return false;
  }

  /** The workbook object behind the proxy; only called while a sync runs statements. */
  _target(): T | null {
    const api = this._opts.api;
    if (api && !this.context._host.requirements.excelApi(api)) throw apiNotFound(this._typeName, api);
    const t = this._resolver();
    this._nullState = t === null;
    return t;
  }

  /** Scalar properties load() can read. */
  protected abstract _props(): Record<string, PropDef<T>>;

  /** Navigation properties load() can follow ("format/fill/color"). */
  _nav(_name: string): AnyClientObject | undefined {
    return undefined;
  }

  /** Cells one per-cell property read would return (0 for objects that are not ranges). */
  protected _cellCount(_target: T): number {
    return 0;
  }

  load(arg?: LoadArg): this {
    const tree = parseLoadSpec(arg);
    this.context._enqueue(`${this._typeName}.load`, () => this._applyLoad(tree));
    return this;
  }

  /** Office.js set(): assigns several properties, following navigations ({ format: { fill: { color } } }). */
  set(properties: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(properties)) {
      const nav = this._nav(key);
      if (nav && value && typeof value === 'object' && !Array.isArray(value)) nav.set(value as Record<string, unknown>);
      else (this as unknown as Record<string, unknown>)[key] = value;
    }
  }

  toJSON(): Record<string, unknown> {
    return { ...this._v };
  }

  /** Office.js tracking only matters across runs; within the host objects never go stale. */
  track(): this {
    return this;
  }
  untrack(): this {
    return this;
  }

  _applyLoad(tree: LoadTree): void {
    const t = this._target();
    const props = this._props();
    const names = tree.all ? Object.keys(props) : [...tree.scalars];
    if (t !== null && names.some((n) => props[n]?.perCell)) assertReadable(this._cellCount(t), `${this._typeName}.load`);
    for (const name of names) {
      const p = props[name];
      if (p) {
        if (p.api && !this.context._host.requirements.excelApi(p.api)) {
          // load() with no argument returns what the client knows; naming a newer property fails.
          if (tree.all) continue;
          throw apiNotFound(`${this._typeName}.${name}`, p.api);
        }
        const value = t === null ? null : p.get(t);
        this._v[name] = value;
        this.context._countResponse(value);
      } else if (this._nav(name)) this._nav(name)!._applyLoad(emptyTree(true));
      else throw unknownProperty(this._typeName, name);
    }
    for (const [name, sub] of tree.navs) {
      const nav = this._nav(name);
      if (!nav) throw unknownProperty(this._typeName, name);
      nav._applyLoad(sub);
    }
  }

  protected _get<V>(name: string): V {
    if (!(name in this._v)) throw propertyNotLoaded(this._typeName, name);
    return this._v[name] as V;
  }

  /** Queues a property write; a null object ignores it. */
  protected _set(name: string, value: unknown, apply: (target: T, value: unknown) => void): void {
    const sent = clone(value);
    this._v[name] = value;
    this._enqueueOn(`${name}=`, (t) => apply(t, sent));
  }

  /** Queues a statement against the resolved object; a null object ignores it. */
  protected _enqueueOn(member: string, run: (target: T) => void): void {
    this.context._enqueue(`${this._typeName}.${member}`, () => {
      const t = this._target();
      if (t !== null) run(t);
    });
  }

  /** Queues a method whose result comes back at the sync (getCount(), getXml()…). */
  protected _result<R>(member: string, compute: (target: T) => R, api?: string): ClientResult<R> {
    const result = new ClientResult<R>();
    this.context._enqueue(`${this._typeName}.${member}`, () => {
      if (api && !this.context._host.requirements.excelApi(api)) throw apiNotFound(`${this._typeName}.${member}`, api);
      const t = this._target();
      const value = t === null ? (null as R) : compute(t);
      this.context._countResponse(value);
      result._resolve(value);
    });
    return result;
  }
}

/** A collection proxy: `items` exists only after load + sync, and holds the items of that sync. */
export abstract class ClientCollection<T, I extends AnyClientObject> extends ClientObject<T> {
  private _items: I[] | undefined;

  get items(): I[] {
    if (!this._items) throw propertyNotLoaded(this._typeName, 'items');
    return this._items;
  }

  /** New proxies for the items the collection holds right now. */
  protected abstract _itemProxies(target: T): I[];

  protected _props(): Record<string, PropDef<T>> {
    return {};
  }

  override _applyLoad(tree: LoadTree): void {
    // "items/name" and plain "name" both mean the items' name; "items" alone means all their scalars.
    const sub = emptyTree(tree.all);
    for (const s of tree.scalars) {
      if (s === 'items') sub.all = true;
      else sub.scalars.add(s);
    }
    for (const [k, v] of tree.navs) {
      if (k === 'items') mergeTrees(sub, v);
      else sub.navs.set(k, v);
    }
    const t = this._target();
    this._items = t === null ? [] : this._itemProxies(t);
    for (const item of this._items) item._applyLoad(sub);
  }

  override toJSON(): Record<string, unknown> {
    return { items: (this._items ?? []).map((i) => i.toJSON()) };
  }
}

/** OfficeExtension.ClientResult: `value` exists after the sync that ran the method. */
export class ClientResult<T> {
  private _loaded = false;
  private _value: T | undefined;

  get value(): T {
    if (!this._loaded) {
      throw hostError(
        ErrorCodes.valueNotLoaded,
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
        'clientResult.value',
      );
    }
    return this._value as T;
  }

  _resolve(value: T): void {
    this._value = value;
    this._loaded = true;
  }
}

/** Excel refuses to return more than 5,000,000 cells from one range read. */
export function assertReadable(cells: number, where: string): void {
  if (cells > MAX_CELLS_PER_READ) {
    throw hostError(
      ErrorCodes.responsePayloadSizeLimitExceeded,
      `The response payload size has exceeded the limit: ${cells} cells requested, at most ${MAX_CELLS_PER_READ} per read.`,
      where,
    );
  }
}

export function apiNotFound(member: string, version: string) {
  return hostError(ErrorCodes.apiNotFound, `The API you are trying to use could not be found (${member} needs ExcelApi ${version}).`, member);
}

function unknownProperty(type: string, name: string) {
  return hostError(ErrorCodes.invalidArgument, `${type} has no loadable property '${name}' (or the test host does not implement it).`, `${type}.load`);
}

/** Statement arguments are captured when queued, so later mutation by the caller changes nothing. */
export function clone<V>(v: V): V {
  if (Array.isArray(v)) return v.map(clone) as V;
  if (v && typeof v === 'object' && !(v instanceof ClientObject) && !(v instanceof Date)) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, clone(x)])) as V;
  }
  return v;
}

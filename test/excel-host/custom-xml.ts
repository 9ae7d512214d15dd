/**
 * Excel.CustomXmlPartCollection / CustomXmlPartScopedCollection / CustomXmlPart (ExcelApi 1.5):
 * where the add-in keeps what it needs to restore the user's fills.
 */
import { ErrorCodes, hostError } from './errors';
import { ClientCollection, ClientObject, ClientResult, type PropDef, type ProxyOptions } from './proxy-base';
import type { RequestContext } from './request-context';
import type { CustomXmlPartModel, WorkbookModel } from './workbook-model';
import { rootNamespace } from './xml-root';

const API = '1.5';

/** Parts visible through a collection: all of them, or one namespace's. */
interface PartsScope {
  wb: WorkbookModel;
  namespace?: string;
}

abstract class PartsCollection extends ClientCollection<PartsScope, CustomXmlPart> {
  protected _itemProxies(scope: PartsScope): CustomXmlPart[] {
    return partsIn(scope).map((p) => this._part(() => p));
  }

  getCount(): ClientResult<number> {
    return this._result('getCount', (scope) => partsIn(scope).length);
  }

  getItem(id: string): CustomXmlPart {
    return this._part(() => this._byId(id, false));
  }

  getItemOrNullObject(id: string): CustomXmlPart {
    return this._part(() => this._byId(id, true), { nullable: true });
  }

  private _byId(id: string, orNull: boolean): CustomXmlPartModel | null {
    const scope = this._target();
    if (!scope) return null;
    const p = partsIn(scope).find((x) => x.id.toUpperCase() === id.toUpperCase());
    if (!p && !orNull) throw hostError(ErrorCodes.itemNotFound, `There is no custom XML part ${id}.`, `${this._typeName}.getItem`);
    return p ?? null;
  }

  protected _part(resolve: () => CustomXmlPartModel | null, opts: ProxyOptions = {}): CustomXmlPart {
    return new CustomXmlPart(this.context, () => {
      const p = resolve();
      if (p && !this.context._host.model.customXmlParts.includes(p)) throw hostError(ErrorCodes.itemNotFound, 'The custom XML part was deleted.', 'CustomXmlPart');
      return p;
    }, { api: API, ...opts });
  }
}

export class CustomXmlPartCollection extends PartsCollection {
  constructor(context: RequestContext, resolve: () => WorkbookModel | null) {
    super(context, 'CustomXmlPartCollection', () => {
      const wb = resolve();
      return wb && { wb };
    }, { api: API });
  }

  add(xml: string): CustomXmlPart {
    let created: CustomXmlPartModel | undefined;
    this._enqueueOn('add', (scope) => {
      if (rootNamespace(xml) === null) throw hostError(ErrorCodes.invalidArgument, 'The XML is not well-formed.', 'CustomXmlPartCollection.add');
      created = { id: scope.wb.newId(), xml: String(xml) };
      scope.wb.customXmlParts.push(created);
    });
    return this._part(() => created ?? null);
  }

  getByNamespace(namespaceUri: string): CustomXmlPartScopedCollection {
    return new CustomXmlPartScopedCollection(this.context, () => {
      const scope = this._target();
      return scope && { wb: scope.wb, namespace: namespaceUri };
    });
  }
}

export class CustomXmlPartScopedCollection extends PartsCollection {
  constructor(context: RequestContext, resolve: () => PartsScope | null) {
    super(context, 'CustomXmlPartScopedCollection', resolve, { api: API });
  }

  /** ItemNotFound unless exactly one part is in scope. */
  getOnlyItem(): CustomXmlPart {
    return this._part(() => this._only(false));
  }

  /** A null object unless exactly one part is in scope. */
  getOnlyItemOrNullObject(): CustomXmlPart {
    return this._part(() => this._only(true), { nullable: true });
  }

  private _only(orNull: boolean): CustomXmlPartModel | null {
    const scope = this._target();
    if (!scope) return null;
    const parts = partsIn(scope);
    if (parts.length === 1) return parts[0];
    if (orNull) return null;
    throw hostError(
      parts.length === 0 ? ErrorCodes.itemNotFound : ErrorCodes.invalidOperation,
      `Expected exactly one custom XML part, found ${parts.length}.`,
      'CustomXmlPartScopedCollection.getOnlyItem',
    );
  }
}

export class CustomXmlPart extends ClientObject<CustomXmlPartModel> {
  constructor(context: RequestContext, resolve: () => CustomXmlPartModel | null, opts?: ProxyOptions) {
    super(context, 'CustomXmlPart', resolve, opts);
  }

  protected _props(): Record<string, PropDef<CustomXmlPartModel>> {
    return {
      id: { get: (p) => p.id },
      namespaceUri: { get: (p) => rootNamespace(p.xml) ?? '' },
    };
  }

  get id(): string {
    return this._get('id');
  }
  get namespaceUri(): string {
    return this._get('namespaceUri');
  }

  getXml(): ClientResult<string> {
    return this._result('getXml', (p) => p.xml);
  }

  setXml(xml: string): void {
    this._enqueueOn('setXml', (p) => {
      if (rootNamespace(xml) === null) throw hostError(ErrorCodes.invalidArgument, 'The XML is not well-formed.', 'CustomXmlPart.setXml');
      p.xml = String(xml);
    });
  }

  delete(): void {
    this._enqueueOn('delete', (p) => {
      const wb = this.context._host.model;
      wb.customXmlParts = wb.customXmlParts.filter((x) => x !== p);
    });
  }
}

function partsIn(scope: PartsScope): CustomXmlPartModel[] {
  const all = scope.wb.customXmlParts;
  return scope.namespace === undefined ? all : all.filter((p) => rootNamespace(p.xml) === scope.namespace);
}

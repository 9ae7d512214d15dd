/** Excel.RangeAreas (ExcelApi 1.9): several rectangles on one sheet, e.g. from getRanges("A1:B2, D4"). */
import { cellCount, formatAddress } from './address';
import type { AreasRef, RangeRef } from './cell-reads';
import { ErrorCodes, hostError } from './errors';
import { ClientCollection, ClientObject, ClientResult, type PropDef, type ProxyOptions } from './proxy-base';
import { Range } from './range';
import { RangeFormat } from './range-format';
import type { RequestContext } from './request-context';
import { Worksheet } from './worksheet';

const PROPS: Record<string, PropDef<AreasRef>> = {
  // Excel lists every area with its sheet: "Sheet1!A1:B4, Sheet1!D1:D4".
  address: { get: (t) => t.rects.map((r) => formatAddress(t.sheet.name, r)).join(', ') },
  addressLocal: { get: (t) => t.rects.map((r) => formatAddress(t.sheet.name, r)).join(', ') },
  areaCount: { get: (t) => t.rects.length },
  cellCount: { get: (t) => t.rects.reduce((n, r) => n + cellCount(r), 0) },
};

export class RangeAreas extends ClientObject<AreasRef> {
  private _format?: RangeFormat;
  private _areas?: RangeCollection;
  private _worksheet?: Worksheet;

  constructor(context: RequestContext, resolve: () => AreasRef | null, opts?: ProxyOptions) {
    super(context, 'RangeAreas', resolve, { api: '1.9', ...opts });
  }

  protected _props() {
    return PROPS;
  }
  override _nav(name: string) {
    return name === 'format' ? this.format : name === 'areas' ? this.areas : name === 'worksheet' ? this.worksheet : undefined;
  }

  get address(): string {
    return this._get('address');
  }
  get addressLocal(): string {
    return this._get('addressLocal');
  }
  get areaCount(): number {
    return this._get('areaCount');
  }
  get cellCount(): number {
    return this._get('cellCount');
  }

  get format(): RangeFormat {
    return (this._format ??= new RangeFormat(this.context, () => this._target()));
  }
  get areas(): RangeCollection {
    return (this._areas ??= new RangeCollection(this.context, () => this._target()));
  }
  get worksheet(): Worksheet {
    return (this._worksheet ??= new Worksheet(this.context, () => this._target()?.sheet ?? null));
  }

  /** Selects every area; the model keeps them all, the first one is where the active cell goes. */
  select(): void {
    this._enqueueOn('select', (t) => {
      const model = this.context._host.model;
      model.selection = { sheet: t.sheet, rect: { ...t.rects[0] }, areas: t.rects.map((r) => ({ ...r })) };
      model.activeSheet = t.sheet;
    });
  }
}

export class RangeCollection extends ClientCollection<AreasRef, Range> {
  constructor(context: RequestContext, resolve: () => AreasRef | null) {
    super(context, 'RangeCollection', resolve);
  }

  protected _itemProxies(t: AreasRef): Range[] {
    return t.rects.map((rect) => this._range(() => ({ sheet: t.sheet, rect })));
  }

  getCount(): ClientResult<number> {
    return this._result('getCount', (t) => t.rects.length);
  }

  getItemAt(index: number): Range {
    return this._range(() => {
      const t = this._target();
      if (!t) return null;
      const rect = t.rects[index];
      if (!rect) throw hostError(ErrorCodes.itemNotFound, `There is no area ${index}.`, 'RangeCollection.getItemAt');
      return { sheet: t.sheet, rect };
    });
  }

  private _range(resolve: () => RangeRef | null): Range {
    return new Range(this.context, resolve);
  }
}

/**
 * Range.format and its fill / font / protection, for a Range (one rectangle) or a RangeAreas
 * (several): reads report the common value or null when cells differ, writes apply to every cell.
 */
import type { AreasRef } from './cell-reads';
import { forEachStored, uniform } from './cell-reads';
import { assertCanFormat, assertUnprotected, forEachCell } from './cell-writes';
import { normalizeColor } from './colors';
import { ErrorCodes, hostError } from './errors';
import { ClientObject, type PropDef } from './proxy-base';
import type { RequestContext } from './request-context';
import type { CellModel } from './workbook-model';

/** Excel reports "no fill" as white, and the default font of a zh-CN workbook. */
export const NO_FILL = '#FFFFFF';
export const DEFAULT_FONT = { name: '等线', size: 11, color: '#000000' };
const STANDARD_WIDTH = 48;

type Resolver = () => AreasRef | null;

export class RangeFormat extends ClientObject<AreasRef> {
  private _fill?: RangeFill;
  private _font?: RangeFont;
  private _protection?: FormatProtection;

  constructor(context: RequestContext, resolve: Resolver) {
    super(context, 'RangeFormat', resolve);
  }

  protected _props(): Record<string, PropDef<AreasRef>> {
    return {
      wrapText: { get: (t) => uniform(t, (c) => c?.wrapText ?? false) },
      columnWidth: {
        get: (t) => {
          const widths = new Set<number>();
          for (const r of t.rects) for (let c = r.left; c <= r.right && widths.size < 2; c++) widths.add(t.sheet.columnWidths.get(c) ?? STANDARD_WIDTH);
          return widths.size === 1 ? [...widths][0] : null;
        },
      },
    };
  }

  override _nav(name: string) {
    return name === 'fill' ? this.fill : name === 'font' ? this.font : name === 'protection' ? this.protection : undefined;
  }

  get fill(): RangeFill {
    return (this._fill ??= new RangeFill(this.context, () => this._target()));
  }
  get font(): RangeFont {
    return (this._font ??= new RangeFont(this.context, () => this._target()));
  }
  get protection(): FormatProtection {
    return (this._protection ??= new FormatProtection(this.context, () => this._target()));
  }

  get wrapText(): boolean {
    return this._get('wrapText');
  }
  set wrapText(v: boolean) {
    this._set('wrapText', v, (t, x) => formatEach(t, 'RangeFormat.wrapText', (c) => (c.wrapText = Boolean(x) || undefined)));
  }

  get columnWidth(): number {
    return this._get('columnWidth');
  }
  set columnWidth(v: number) {
    this._set('columnWidth', v, (t, x) => {
      assertCanFormat(t.sheet, t.rects, 'RangeFormat.columnWidth');
      for (const r of t.rects) for (let c = r.left; c <= r.right; c++) t.sheet.columnWidths.set(c, Number(x));
    });
  }

  /** Accepted and recorded in the log; the host has no text metrics to fit. */
  autofitColumns(): void {
    this._enqueueOn('autofitColumns', () => {});
  }
  autofitRows(): void {
    this._enqueueOn('autofitRows', () => {});
  }
}

export class RangeFill extends ClientObject<AreasRef> {
  constructor(context: RequestContext, resolve: Resolver) {
    super(context, 'RangeFill', resolve);
  }

  protected _props(): Record<string, PropDef<AreasRef>> {
    return {
      color: { get: (t) => uniform(t, (c) => c?.fill ?? NO_FILL) },
      pattern: { get: (t) => uniform(t, (c) => (c?.fill ? 'Solid' : 'None')), api: '1.9' },
    };
  }

  get color(): string {
    return this._get('color');
  }
  set color(v: string) {
    this._set('color', v, (t, x) => {
      const color = normalizeColor(x);
      if (!color) throw hostError(ErrorCodes.invalidArgument, `Not a colour: ${JSON.stringify(x)}`, 'RangeFill.color');
      formatEach(t, 'RangeFill.color', (c) => (c.fill = color));
    });
  }

  get pattern(): string {
    return this._get('pattern');
  }

  clear(): void {
    this._enqueueOn('clear', (t) => {
      assertCanFormat(t.sheet, t.rects, 'RangeFill.clear');
      for (const r of t.rects) forEachStored(t.sheet, r, (c) => delete c.fill);
    });
  }
}

export class RangeFont extends ClientObject<AreasRef> {
  constructor(context: RequestContext, resolve: Resolver) {
    super(context, 'RangeFont', resolve);
  }

  protected _props(): Record<string, PropDef<AreasRef>> {
    return {
      bold: { get: (t) => uniform(t, (c) => c?.font?.bold ?? false) },
      italic: { get: (t) => uniform(t, (c) => c?.font?.italic ?? false) },
      color: { get: (t) => uniform(t, (c) => c?.font?.color ?? DEFAULT_FONT.color) },
      name: { get: (t) => uniform(t, (c) => c?.font?.name ?? DEFAULT_FONT.name) },
      size: { get: (t) => uniform(t, (c) => c?.font?.size ?? DEFAULT_FONT.size) },
    };
  }

  get bold(): boolean {
    return this._get('bold');
  }
  set bold(v: boolean) {
    this._set('bold', v, (t, x) => formatEach(t, 'RangeFont.bold', (c) => ((c.font ??= {}).bold = Boolean(x))));
  }
  get italic(): boolean {
    return this._get('italic');
  }
  set italic(v: boolean) {
    this._set('italic', v, (t, x) => formatEach(t, 'RangeFont.italic', (c) => ((c.font ??= {}).italic = Boolean(x))));
  }
  get color(): string {
    return this._get('color');
  }
  set color(v: string) {
    this._set('color', v, (t, x) => {
      const color = normalizeColor(x);
      if (!color) throw hostError(ErrorCodes.invalidArgument, `Not a colour: ${JSON.stringify(x)}`, 'RangeFont.color');
      formatEach(t, 'RangeFont.color', (c) => ((c.font ??= {}).color = color));
    });
  }
  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._set('name', v, (t, x) => formatEach(t, 'RangeFont.name', (c) => ((c.font ??= {}).name = String(x))));
  }
  get size(): number {
    return this._get('size');
  }
  set size(v: number) {
    this._set('size', v, (t, x) => formatEach(t, 'RangeFont.size', (c) => ((c.font ??= {}).size = Number(x))));
  }
}

export class FormatProtection extends ClientObject<AreasRef> {
  constructor(context: RequestContext, resolve: Resolver) {
    super(context, 'FormatProtection', resolve);
  }

  protected _props(): Record<string, PropDef<AreasRef>> {
    return {
      locked: { get: (t) => uniform(t, (c) => c?.locked ?? true) },
      formulaHidden: { get: () => false },
    };
  }

  get locked(): boolean {
    return this._get('locked');
  }
  /** Changing a cell's lock is itself refused on a protected sheet. */
  set locked(v: boolean) {
    this._set('locked', v, (t, x) => {
      assertUnprotected(t.sheet, t.rects[0], 'FormatProtection.locked');
      forEachCell(t, 'FormatProtection.locked', (c) => (c.locked = x ? undefined : false));
    });
  }
  get formulaHidden(): boolean {
    return this._get('formulaHidden');
  }
}

function formatEach(t: AreasRef, where: string, f: (c: CellModel) => void): void {
  assertCanFormat(t.sheet, t.rects, where);
  forEachCell(t, where, f);
}

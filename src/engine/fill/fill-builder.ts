import { Decimal, ZERO } from '../money/decimal';
import type { Grid } from '../model/grid';
import { toA1, type CellPos } from '../model/address';
import type { CellSnapshot } from '../model/snapshot';
import type { TableSet } from '../tables/table-set';
import type { Severity } from '../finding';
import { isBlankCell, shownNumber } from './compare';
import type { FillItem, FillKind, FillNote, FillPlan, FillStatus } from './fill-item';
import type { FillOptions } from './fill-options';

export interface ItemInput {
  kind: FillKind;
  code: string;
  sheet: string;
  pos: CellPos;
  label: string;
  formula: string;
  /** The engine's value: a number (Decimal) or a text (等级). */
  value: Decimal | string;
  /** How the value is shown: decimals for numbers. */
  shown: string;
  numFmt?: string;
  status: FillStatus;
  dependsOn?: string[];
  /** For a percent-formatted 执行率 cell the cached value is the fraction. */
  cached?: number | string;
}

/** Collects the planned cells of one workbook and knows what each cell will hold after the fill. */
export class FillBuilder {
  private readonly items: FillItem[] = [];
  private readonly notes: FillNote[] = [];
  private readonly keys = new Set<string>();

  constructor(
    private readonly tables: TableSet,
    private readonly options: FillOptions,
  ) {}

  grid(sheet: string): Grid | undefined {
    return this.tables.grid(sheet);
  }

  cell(sheet: string, pos: CellPos): CellSnapshot | null {
    return this.grid(sheet)?.cell(pos.row, pos.col) ?? null;
  }

  /** Whether this cell is to be planned: always, or only when blank for a blanks-only plan. */
  wants(sheet: string, pos: CellPos): boolean {
    return !this.options.blanksOnly || isBlankCell(this.cell(sheet, pos));
  }

  has(key: string): boolean {
    return this.keys.has(key);
  }

  /** Whether the plan writes this status: blanks always; the rest only when the user asked. */
  chosen(key: string, status: FillStatus): boolean {
    if (status === 'empty') return true;
    if (status === 'same') return this.options.replaceSame === true;
    const replace = this.options.replace;
    return replace === 'all' || (replace !== undefined && replace.includes(key));
  }

  add(input: ItemInput): FillItem {
    const cell = toA1(input.pos);
    const key = `${input.sheet}!${cell}`;
    const current = this.cell(input.sheet, input.pos);
    const own = current?.numFmt && current.numFmt !== '@' && current.numFmt !== 'General' ? current.numFmt : undefined;
    // Keep the cell's own format; a text format (@) would make Excel show the formula as text.
    const numFmt = own ?? input.numFmt ?? (current?.numFmt === '@' ? 'General' : undefined);
    const value = input.cached ?? (typeof input.value === 'string' ? input.value : input.value.toNumber());
    const item: FillItem = {
      key,
      kind: input.kind,
      code: input.code,
      sheet: input.sheet,
      cell,
      label: input.label,
      status: input.status,
      chosen: this.chosen(key, input.status),
      current,
      write: { sheet: input.sheet, cell, value, formula: input.formula, ...(numFmt ? { numFmt } : {}) },
      expected: input.shown,
      actual: isBlankCell(current) ? '' : (current?.text ?? String(current?.value ?? '')),
      dependsOn: input.dependsOn ?? [],
    };
    this.items.push(item);
    this.keys.add(key);
    return item;
  }

  note(code: string, severity: Severity, sheet: string, pos: CellPos, message: string): void {
    this.notes.push({ code, severity, sheet, cell: toA1(pos), message });
  }

  /**
   * The number a cell holds after the fill: the planned value when the plan writes it, else
   * what it holds now (blank reads 0). undefined for words or errors.
   */
  effective(sheet: string, pos: CellPos, planned?: { item: FillItem; value: Decimal }): Decimal | undefined {
    if (planned?.item.chosen) return planned.value;
    const current = this.cell(sheet, pos);
    if (isBlankCell(current)) return ZERO;
    if (current?.error) return undefined;
    return shownNumber(current!, false)?.value;
  }

  plan(): FillPlan {
    return { items: this.items, notes: this.notes };
  }
}

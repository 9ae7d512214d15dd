import type { MappedTable } from '../engine/audit';
import { rangeFromA1, rangeToA1 } from '../engine/model/address';
import type { TableOverride } from '../engine/recognize/recognize-workbook';
import { TABLE_NAMES, type TableId } from '../engine/tables/table-id';
import { tableLabel } from './group-findings';

export const TABLE_IDS = Object.keys(TABLE_NAMES) as TableId[];

export function isTableId(value: string): value is TableId {
  return (TABLE_IDS as string[]).includes(value);
}

export type RangeInput = { ok: true; range?: string } | { ok: false; error: string };

/**
 * The optional range of a mapping correction as typed: “a1:f40”, “$A$1:$F$40”, “A1：F40” (a
 * Chinese IME colon) → “A1:F40”; empty → the whole sheet. Only its rows matter to recognition.
 */
export function parseRangeInput(input: string): RangeInput {
  const text = input.replace(/[\s$]/g, '').replace(/：/g, ':').toUpperCase();
  if (text === '') return { ok: true };
  if (!/^[A-Z]{1,3}[1-9]\d*(:[A-Z]{1,3}[1-9]\d*)?$/.test(text)) return { ok: false, error: '区域应写成 A1:F40 这样的形式，或留空表示整张工作表' };
  const r = rangeFromA1(text);
  const rect = { top: Math.min(r.top, r.bottom), bottom: Math.max(r.top, r.bottom), left: Math.min(r.left, r.right), right: Math.max(r.left, r.right) };
  return { ok: true, range: rangeToA1(rect) };
}

const sameTarget = (a: TableOverride, b: TableOverride) => a.sheet === b.sheet && (a.range ?? '') === (b.range ?? '');

/** Adds a correction; one for the same sheet and range replaces it. */
export function upsertOverride(overrides: readonly TableOverride[], override: TableOverride): TableOverride[] {
  const clean: TableOverride = override.range ? { sheet: override.sheet, range: override.range, table: override.table } : { sheet: override.sheet, table: override.table };
  const i = overrides.findIndex((o) => sameTarget(o, clean));
  return i < 0 ? [...overrides, clean] : overrides.map((o, j) => (j === i ? clean : o));
}

export function removeOverride(overrides: readonly TableOverride[], override: TableOverride): TableOverride[] {
  return overrides.filter((o) => !sameTarget(o, override));
}

/** “公开03表 A1:H18 → T03 支出决算表”, or “公开03表（整张工作表）→ …”. */
export function overrideLabel(override: TableOverride): string {
  return `${override.sheet}${override.range ? ` ${override.range}` : '（整张工作表）'} → ${tableLabel(override.table)}`;
}

/** The table type to preselect for a sheet: what recognition found there, if anything. */
export function recognizedTableOf(sheet: string, tables: readonly MappedTable[]): TableId | undefined {
  return tables.find((t) => t.sheet === sheet)?.table;
}

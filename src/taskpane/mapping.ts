import type { AuditResult, MappedTable } from '../engine/audit';
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

/** What became of a saved correction in the audit shown: applied, or why not. */
export type OverrideOutcome = { applied: true; text: string } | { applied: false; text: string };

/**
 * Judged from the audit result: the correction applied when a table of its type was read on its
 * sheet (inside its rows, when it has a range); otherwise the reason recognition gave for it.
 */
export function overrideOutcome(override: TableOverride, result: Pick<AuditResult, 'tables' | 'unrecognized'>, sheetNames: readonly string[]): OverrideOutcome {
  if (!sheetNames.includes(override.sheet)) return { applied: false, text: `未生效：工作簿中没有工作表“${override.sheet}”` };
  const rows = override.range ? rangeFromA1(override.range) : undefined;
  const table = result.tables.find((t) => {
    if (t.sheet !== override.sheet || t.table !== override.table) return false;
    if (!rows) return true;
    const top = rangeFromA1(t.range).top;
    return top >= rows.top && top <= rows.bottom;
  });
  if (table) return { applied: true, text: `已生效：${table.sheet} ${table.range} 按${TABLE_NAMES[override.table]}审核` };
  const reason = result.unrecognized.find((u) => u.sheet === override.sheet && u.reason.startsWith('按用户指定'));
  return { applied: false, text: `未生效：${reason ? reason.reason : `未能按${TABLE_NAMES[override.table]}读出该区域`}` };
}

import type { MappedTable } from '../engine/audit';
import type { CellLocation, Finding } from '../engine/finding';
import { fromA1, rangeFromA1 } from '../engine/model/address';
import { TABLE_NAMES, type TableId } from '../engine/tables/table-id';

/** Findings of one recognized table (or of none: 其他), in the order the pane lists them. */
export interface FindingGroup {
  /** Stable key: the table's sheet and range, or OTHER_GROUP. */
  key: string;
  /** “T01 收入支出决算总表”, or “其他”. */
  label: string;
  /** For narrow lists: the label, or “PE 自评表2” when several tables share the id. */
  shortLabel: string;
  table?: MappedTable;
  findings: Finding[];
}

export const OTHER_GROUP = '其他';

const TABLE_ORDER = Object.keys(TABLE_NAMES) as TableId[];

export function tableLabel(table: TableId): string {
  return `${table} ${TABLE_NAMES[table]}`;
}

/**
 * The table as printed: its label and title (“公开07表 政府性基金预算财政拨款收入支出决算表”);
 * the canonical name stands in for what the sheet does not print.
 */
export function printedLabel(table: Pick<MappedTable, 'table' | 'label' | 'title'>): string {
  const title = table.title?.replace(/\s+/g, ' ').trim() || TABLE_NAMES[table.table];
  return table.label ? `${table.label} ${title}` : title;
}

export function tableKey(table: Pick<MappedTable, 'sheet' | 'range'>): string {
  return `${table.sheet}!${table.range}`;
}

interface Span {
  table: MappedTable;
  top: number;
  bottom: number;
}

function spans(tables: readonly MappedTable[]): Map<string, Span[]> {
  const bySheet = new Map<string, Span[]>();
  for (const table of tables) {
    let rows = { top: 0, bottom: Number.MAX_SAFE_INTEGER };
    try {
      rows = rangeFromA1(table.range);
    } catch {
      // A range the pane cannot read still claims its sheet.
    }
    const list = bySheet.get(table.sheet) ?? [];
    list.push({ table, top: rows.top, bottom: rows.bottom });
    bySheet.set(table.sheet, list);
  }
  for (const list of bySheet.values()) list.sort((a, b) => a.top - b.top);
  return bySheet;
}

function rowOf(cell: string): number | undefined {
  try {
    return fromA1(cell).row;
  } catch {
    return undefined;
  }
}

/**
 * The table a location belongs to: the one whose rows hold the cell (tables stack vertically,
 * and only rows delimit them); else the nearest table above it on that sheet; else the sheet's
 * first table. A location on a sheet with no table belongs to none.
 */
function locate(location: Partial<CellLocation> & { sheet: string }, bySheet: Map<string, Span[]>): MappedTable | undefined {
  const list = bySheet.get(location.sheet);
  if (!list || list.length === 0) return undefined;
  const row = location.cell ? rowOf(location.cell) : undefined;
  if (row === undefined) return list[0].table;
  const inside = list.find((s) => row >= s.top && row <= s.bottom);
  if (inside) return inside.table;
  const above = list.filter((s) => s.top <= row).pop();
  return (above ?? list[0]).table;
}

/** The table of a finding's first cell (its total or checked cell): where the pane files it. */
export function tableOfFinding(finding: Finding, tables: readonly MappedTable[]): MappedTable | undefined {
  return locate(finding.locations[0] ?? { sheet: finding.sheet }, spans(tables));
}

export interface GroupOptions {
  /** Also list tables without findings (the summary does not, the findings list does not). */
  includeEmpty?: boolean;
}

/** Findings grouped by table, in table order (T01 … T10, PE), findings on no table last under 其他. */
export function groupFindings(findings: readonly Finding[], tables: readonly MappedTable[], options: GroupOptions = {}): FindingGroup[] {
  const bySheet = spans(tables);
  const groups = new Map<string, FindingGroup>();
  const ordered = tables
    .map((table, i) => ({ table, i }))
    .sort((a, b) => TABLE_ORDER.indexOf(a.table.table) - TABLE_ORDER.indexOf(b.table.table) || a.i - b.i);
  const shared = new Set(tables.filter((t, i) => tables.findIndex((u) => u.table === t.table) !== i).map((t) => t.table));
  for (const { table } of ordered) {
    const label = tableLabel(table.table);
    groups.set(tableKey(table), { key: tableKey(table), label, shortLabel: shared.has(table.table) ? `${table.table} ${table.sheet}` : label, table, findings: [] });
  }
  const other: FindingGroup = { key: OTHER_GROUP, label: OTHER_GROUP, shortLabel: OTHER_GROUP, findings: [] };
  for (const f of findings) {
    const table = locate(f.locations[0] ?? { sheet: f.sheet }, bySheet);
    (table ? groups.get(tableKey(table))! : other).findings.push(f);
  }
  const result = [...groups.values()].filter((g) => options.includeEmpty || g.findings.length > 0);
  if (other.findings.length > 0) result.push(other);
  return result;
}

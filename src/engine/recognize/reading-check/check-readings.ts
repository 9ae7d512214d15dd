import type { Finding, Unchecked } from '../../finding';
import { fromA1, rangeToA1 } from '../../model/address';
import type { AuditOptions, Rule, RuleContext } from '../../rules/rule';
import type { Table } from '../../tables/table';
import { TABLE_NAMES } from '../../tables/table-id';
import type { TableSet } from '../../tables/table-set';
import { findImplausibility, type Implausibility } from './implausible';

const CATALOG = {
  structure: { code: 'L-1', title: '表的识别与表号' },
  amounts: { code: 'U-1', title: '金额单位与金额单元格' },
} as const;

/** The outcome of checking every reading before the rules are trusted. */
export interface ReadingCheck {
  /** One structural finding per implausible table. */
  findings: Finding[];
  /** The rules that read an implausible table, as 未检查 with the reason. */
  unchecked: Unchecked[];
  /** Drops the findings of those rules and every other finding on a cell of such a table. */
  filter(findings: readonly Finding[]): Finding[];
}

interface Doubtful {
  table: Table;
  problem: Implausibility;
  reason: string;
}

function structuralFinding({ table, problem }: Doubtful): Finding {
  const { code, title } = CATALOG[problem.about];
  const name = TABLE_NAMES[table.id];
  const range = rangeToA1(table.range);
  const message = `${name}（${table.sheet}!${range}）的读取结果不合理：${problem.reason}。本表的勾稽关系未审核，请在任务窗格中核对表的对应关系或表头`;
  return {
    code,
    title,
    severity: 'warning',
    sheet: table.sheet,
    cells: problem.cells.map((c) => c.cell),
    locations: problem.cells,
    message,
    messageId: 'readingImplausible',
    data: { table: name, sheet: table.sheet, range, reason: problem.reason },
  };
}

/** Which tables a rule reads: it is run once against a recording view of the table set. */
function tablesRead(rule: Rule, tables: TableSet, options: AuditOptions): Set<string> {
  const read = new Set<string>();
  const view = Object.create(tables) as TableSet;
  view.get = (id) => (read.add(id), tables.get(id));
  view.all = (id) => (read.add(id), tables.all(id));
  const ctx: RuleContext = { tables: view, options, report: () => undefined, unchecked: () => undefined };
  try {
    rule.check(ctx);
  } catch {
    // A crashing rule is reported by runRules; here only its reads matter.
  }
  return read;
}

function inside(table: Table, sheet: string, cell: string): boolean {
  if (sheet !== table.sheet) return false;
  const { row, col } = fromA1(cell);
  return row >= table.range.top && row <= table.range.bottom && col >= table.range.left && col <= table.range.right;
}

/**
 * Checks every table's reading before any rule is trusted (issue 6 item 2): an implausible
 * reading gives one structural finding for the table, the rules that read it become 未检查,
 * and no per-cell finding from that reading is kept.
 */
export function checkReadings(tables: TableSet, rules: readonly Rule[], options: AuditOptions = {}): ReadingCheck {
  const doubtful: Doubtful[] = [];
  for (const table of tables.tables) {
    // Rules read the first table of each id; later copies are not audited anyway.
    if (tables.get(table.id as Exclude<typeof table.id, 'PE'>) !== table) continue;
    const problem = findImplausibility(table);
    if (problem) doubtful.push({ table, problem, reason: `${TABLE_NAMES[table.id]}的读取结果不合理（${problem.reason}）` });
  }
  if (doubtful.length === 0) return { findings: [], unchecked: [], filter: (findings) => [...findings] };
  const findings = doubtful.map(structuralFinding);
  const skipped = new Set<string>();
  const unchecked: Unchecked[] = [];
  for (const rule of rules) {
    // Structure rules look at every table (presence, labels, units): they keep running, and
    // only their findings on the doubtful table's cells are dropped.
    if (rule.group === 'structure') continue;
    const read = tablesRead(rule, tables, options);
    const hit = doubtful.find((d) => read.has(d.table.id));
    if (!hit) continue;
    skipped.add(rule.code);
    unchecked.push({ code: rule.code, title: rule.title, reason: hit.reason, sheet: hit.table.sheet });
  }
  const filter = (list: readonly Finding[]) => [
    ...findings,
    ...list.filter((f) => !skipped.has(f.code) && !f.locations.some((l) => doubtful.some((d) => inside(d.table, l.sheet, l.cell)))),
  ];
  return { findings, unchecked, filter };
}

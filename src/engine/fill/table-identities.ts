import { PERSONNEL_CLASSES, PUBLIC_CLASSES } from '../dictionary/economic-codes';
import { childrenOf, codeFamilies, type CodeFamily } from '../tables/code-index';
import { amountColumns, classRows } from '../rules/t06/support-t06';
import type { Table, TableRow } from '../tables/table';
import type { TableSet } from '../tables/table-set';
import type { ValueCell } from '../values/value-cell';

/** total = Σ parts, one identity the engine knows of a 公开 table (the rule that checks it). */
export interface SumIdentity {
  code: string;
  /** “收入支出决算总表 本年收入合计”. */
  name: string;
  total: ValueCell;
  parts: ValueCell[];
}

/** The rows' cells in one column (a loop, not flatMap: no array per row, for every total of every column). */
function cells(rows: readonly (TableRow | undefined)[], col: number): ValueCell[] {
  const out: ValueCell[] = [];
  for (const r of rows) {
    const cell = r?.values.get(col);
    if (cell) out.push(cell);
  }
  return out;
}

/** Which totals are wanted (the fill wants the blank ones): the others' names and parts are never built. */
export type TotalFilter = (total: ValueCell) => boolean;

const ALL: TotalFilter = () => true;

function identity(wanted: TotalFilter, code: string, total: ValueCell | undefined, name: () => string, parts: () => ValueCell[]): SumIdentity[] {
  if (!total || !wanted(total)) return [];
  const cells = parts();
  return cells.length > 0 ? [{ code, name: name(), total, parts: cells }] : [];
}

function lines(table: Table, from: number, to: number): TableRow[] {
  const rows: TableRow[] = [];
  for (let n = from; n <= to; n++) {
    const row = table.line(n);
    if (row) rows.push(row);
  }
  return rows;
}

/** T01 总表 (财决01表 审核公式): 27 = 1…8, 31 = 27+28+29, 58 = 32…57, 62 = 58+59+60. */
function t01(t: Table, wanted: TotalFilter): SumIdentity[] {
  const line = (n: number, col: number) => t.line(n)?.values.get(col);
  const name = (n: number) => () => `收入支出决算总表 ${t.line(n)?.label ?? `行次${n}`}`;
  return [
    ...identity(wanted, 'T01-1', line(27, 1), name(27), () => cells(lines(t, 1, 8), 1)),
    ...identity(wanted, 'T01-2', line(31, 1), name(31), () => cells([t.line(27), t.line(28), t.line(29)], 1)),
    ...identity(wanted, 'T01-3', line(58, 2), name(58), () => cells(lines(t, 32, 57), 2)),
    ...identity(wanted, 'T01-4', line(62, 2), name(62), () => cells([t.line(58), t.line(59), t.line(60)], 2)),
  ];
}

/** 合计 = Σ类, 类 = Σ款, 款 = Σ项, per column (V33-240/241). */
function hierarchy(t: Table, wanted: TotalFilter, code: string, subject: string, cols: readonly number[]): SumIdentity[] {
  const out: SumIdentity[] = [];
  const total = t.total();
  const classes = t.codeRows().filter((r) => r.code!.length === 3);
  // As the rules check them: linear even when a 科目 block is pasted many times.
  const families = codeFamilies(t);
  for (const col of cols) {
    if (total) out.push(...identity(wanted, code, total.values.get(col), () => `${subject} 合计（栏次${col}）`, () => cells(classes, col)));
    for (const family of families) {
      const cell = family.parent.values.get(col);
      // Asked first: most totals are not wanted, and nothing is built for them.
      if (cell && wanted(cell)) out.push(...familyIdentity(code, subject, col, cell, family));
    }
  }
  return out;
}

/** One parent's identity in one column; a function of its own, as closures in the loop would cost a context per row. */
function familyIdentity(code: string, subject: string, col: number, total: ValueCell, { parent, children }: CodeFamily): SumIdentity[] {
  const parts = cells(children, col);
  return parts.length > 0 ? [{ code, name: `${subject} ${parent.code} ${parent.label}（栏次${col}）`, total, parts }] : [];
}

/** Per row: 栏次 `totalCol` = Σ `partCols`. */
function rowSums(t: Table, wanted: TotalFilter, code: string, subject: string, totalCol: number, partCols: readonly number[]): SumIdentity[] {
  return t.rows.flatMap((row) =>
    identity(
      wanted,
      code,
      row.values.get(totalCol),
      () => `${subject} ${row.code ?? row.label ?? row.key} 行 栏次${totalCol}`,
      () => partCols.flatMap((c) => (row.values.has(c) ? [row.values.get(c)!] : [])),
    ),
  );
}

/** T06: 类 = Σ款; 人员经费合计 / 公用经费合计 = Σ their 类. */
function t06(t: Table, wanted: TotalFilter): SumIdentity[] {
  const subject = '基本支出决算明细表';
  const out: SumIdentity[] = [];
  for (const col of amountColumns(t)) {
    for (const cls of classRows(t)) out.push(...identity(wanted, 'T06-1', cls.values.get(col), () => `${subject} ${cls.code} ${cls.label}（栏次${col}）`, () => cells(childrenOf(t, cls.code!), col)));
    out.push(...footer(wanted, 'T06-2', `${subject} 人员经费合计（栏次${col}）`, t.row('人员经费合计')?.values.get(col), () => cells(PERSONNEL_CLASSES.map((c) => t.code(c)), col)));
    if (t.variant !== '2022') out.push(...footer(wanted, 'T06-3', `${subject} 公用经费合计（栏次${col}）`, t.row('公用经费合计')?.values.get(col), () => cells(PUBLIC_CLASSES.map((c) => t.code(c)), col)));
  }
  return out;
}

/**
 * A footer total prints under the last column block of its classes (公用经费合计 under 399's
 * amount column). When it is blank the layout can only guess its cell, so a guess elsewhere is
 * not filled.
 */
function footer(wanted: TotalFilter, code: string, name: string, total: ValueCell | undefined, parts: () => ValueCell[]): SumIdentity[] {
  if (!total || !wanted(total)) return [];
  const cells = parts();
  if (cells.length === 0) return [];
  const lastCol = Math.max(...cells.map((p) => p.pos.col));
  return total.kind === 'blank' && total.pos.col !== lastCol ? [] : identity(wanted, code, total, () => name, () => cells);
}

const withCols = (t: Table, fallback: number[]) => (t.columns.length > 0 ? t.columns : fallback);

/**
 * The sum identities of the recognized 公开 tables whose totals the fill may compute. Kept to
 * the plain sums the rules check (no differences such as 年末 = 年初 + 收入 − 支出).
 */
export function tableIdentities(tables: TableSet, wanted: TotalFilter = ALL): SumIdentity[] {
  const out: SumIdentity[] = [];
  for (const t of tables.tables) {
    if (t.id === 'T01') out.push(...t01(t, wanted));
    if (t.id === 'T02') out.push(...rowSums(t, wanted, 'T02-1', '收入决算表', 1, [2, 3, 4, 5, 6, 7]), ...hierarchy(t, wanted, 'T02-2', '收入决算表', withCols(t, [1, 2, 3, 4, 5, 6, 7])));
    if (t.id === 'T03') out.push(...rowSums(t, wanted, 'T03-1', '支出决算表', 1, [2, 3, 4, 5, 6]), ...hierarchy(t, wanted, 'T03-2', '支出决算表', withCols(t, [1, 2, 3, 4, 5, 6])));
    if (t.id === 'T05') out.push(...rowSums(t, wanted, 'T05-1', '一般公共预算财政拨款支出决算表', 1, [2, 3]), ...hierarchy(t, wanted, 'T05-2', '一般公共预算财政拨款支出决算表', [1, 2, 3].filter((c) => t.columns.includes(c))));
    if (t.id === 'TGF') out.push(...hierarchy(t, wanted, 'GF-3', '政府性基金预算财政拨款支出决算表', t.columns));
    if (t.id === 'TSOC') out.push(...hierarchy(t, wanted, 'SOC-1', '国有资本经营预算财政拨款支出决算表', t.columns));
    if (t.id === 'T06') out.push(...t06(t, wanted));
  }
  return out;
}

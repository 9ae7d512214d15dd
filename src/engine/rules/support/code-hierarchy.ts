import type { Table, TableRow } from '../../tables/table';
import type { RuleContext } from '../rule';
import { checkSum, sumCloses, type Term } from './identity';

function rowName(row: TableRow): string {
  return row.code ? `${row.code} ${row.label}` : row.label || row.key;
}

/** A table's code rows indexed once: children by parent code, and the copies of each code. */
interface CodeIndex {
  children: Map<string, TableRow[]>;
  copies: Map<string, TableRow[]>;
  /** codeFamilies(table), made on first use: the rules and the fill both walk them. */
  families?: { parent: TableRow; children: TableRow[] }[];
}

function codeIndex(table: Table): CodeIndex {
  return table.derive(buildCodeIndex);
}

function buildCodeIndex(table: Table): CodeIndex {
  const index: CodeIndex = { children: new Map(), copies: new Map() };
  for (const row of table.codeRows()) {
    const code = row.code!;
    push(index.copies, code, row);
    if (code.length > 2) push(index.children, code.slice(0, -2), row);
  }
  return index;
}

function push(map: Map<string, TableRow[]>, key: string, row: TableRow): void {
  const list = map.get(key);
  if (list) list.push(row);
  else map.set(key, [row]);
}

/** Rows whose code has two more digits and starts with `code` (款 of a 类, 项 of a 款), in sheet order. */
export function childrenOf(table: Table, code: string): TableRow[] {
  return codeIndex(table).children.get(code) ?? [];
}

/**
 * The children of each copy of a code printed more than once: those printed from that copy down
 * to the next copy (the first copy also takes any printed above it). Every child goes to exactly
 * one copy, so a 科目 block pasted 100 times costs 100 blocks, not 100 × 100 (the reading
 * self-check reports the repeated codes themselves).
 */
function childrenByCopy(copies: readonly TableRow[], children: readonly TableRow[]): TableRow[][] {
  const byCopy: TableRow[][] = copies.map(() => []);
  let copy = 0;
  for (const child of [...children].sort((a, b) => a.row - b.row)) {
    while (copy + 1 < copies.length && copies[copy + 1].row < child.row) copy++;
    byCopy[copy].push(child);
  }
  return byCopy;
}

/**
 * Each parent row (code shorter than 7 digits) with its children; parents without children are
 * left out. Linear in the rows, also when codes repeat (see childrenByCopy): use this, not
 * childrenOf per parent, to walk a whole hierarchy.
 */
export function codeFamilies(table: Table): readonly { parent: TableRow; children: TableRow[] }[] {
  const index = codeIndex(table);
  index.families ??= families(table, index);
  return index.families;
}

/** What codeFamilies returns, built once per table. */
function families(table: Table, { children, copies }: CodeIndex): { parent: TableRow; children: TableRow[] }[] {
  const split = new Map<TableRow, TableRow[]>();
  for (const [code, rows] of copies) {
    if (rows.length < 2 || code.length >= 7) continue;
    const ordered = [...rows].sort((a, b) => a.row - b.row);
    childrenByCopy(ordered, children.get(code) ?? []).forEach((kids, i) => split.set(ordered[i], kids));
  }
  return table
    .codeRows()
    .filter((parent) => parent.code!.length < 7)
    .map((parent) => ({ parent, children: split.get(parent) ?? children.get(parent.code!) ?? [] }))
    .filter((f) => f.children.length > 0);
}

/**
 * 功能分类 hierarchy for each column (V33-240/241): 合计 = Σ类, 类 = Σ款, 款 = Σ项.
 * A parent printed without children is not checked (the table may stop at 类 level).
 */
export function checkHierarchy(ctx: RuleContext, table: Table, subject: string, cols: readonly number[]): void {
  const total = table.total();
  const classes = table.codeRows().filter((r) => r.code!.length === 3);
  // Each parent's children, looked up once for all columns rather than once per column.
  const parents = codeFamilies(table);
  // Each row's name once, for every column (a name is only read when a sum does not close).
  const names = new Map<TableRow, string>();
  const term = (row: TableRow, col: number): Term => {
    let name = names.get(row);
    if (name === undefined) names.set(row, (name = rowName(row)));
    return { cell: row.values.get(col), name };
  };
  for (const col of cols) {
    if (total && classes.length > 0 && !closes(total, classes, col)) {
      checkSum(ctx, { subject: `${subject} 栏次${col} 合计 = 各类之和`, total: term(total, col), parts: classes.map((r) => term(r, col)) });
    }
    for (const { parent, children } of parents) {
      if (closes(parent, children, col)) continue;
      checkSum(ctx, { subject: `${subject} 栏次${col} ${parent.code} = 下级科目之和`, total: term(parent, col), parts: children.map((r) => term(r, col)) });
    }
  }
}

/** The row's cell in `col` is the sum of the rows' cells there (see sumCloses). */
function closes(total: TableRow, rows: readonly TableRow[], col: number): boolean {
  return sumCloses(total.values.get(col), rows.map((r) => r.values.get(col)));
}

/** Per row: 栏次 `totalCol` = Σ `partCols` (T02 c1 = c2+…+c7; T03 c1 = c2+…+c6; T05 c1 = c2+c3). */
export function checkRowSums(ctx: RuleContext, table: Table, subject: string, totalCol: number, partCols: readonly number[]): void {
  for (const row of table.rows) {
    const total = row.values.get(totalCol);
    if (!total) continue;
    const present = partCols.filter((c) => row.values.has(c));
    if (sumCloses(total, present.map((c) => row.values.get(c)))) continue;
    const parts = present.map((c) => ({ cell: row.values.get(c), name: `栏次${c}` }));
    checkSum(ctx, { subject: `${subject} ${row.code ?? row.label ?? row.key} 行`, total: { cell: total, name: `栏次${totalCol}` }, parts });
  }
}

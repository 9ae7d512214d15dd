// The 科目 hierarchy of a code table (T02, T03, T05, 政府性基金, 国有资本经营, T06), indexed once
// per table: the reading self-check, the rules and the fill all ask for a parent's children.
import type { Table, TableRow } from './table';

/** A table's code rows indexed once: children by parent code, and the copies of each code. */
interface CodeIndex {
  children: Map<string, TableRow[]>;
  copies: Map<string, TableRow[]>;
}

/** A parent row and its children. */
export interface CodeFamily {
  parent: TableRow;
  children: TableRow[];
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
export function codeFamilies(table: Table): readonly CodeFamily[] {
  // Built once per table: the rules and the fill both walk them.
  return table.derive(buildFamilies);
}

function buildFamilies(table: Table): CodeFamily[] {
  const { children, copies } = codeIndex(table);
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

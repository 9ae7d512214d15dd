import type { Table, TableRow } from '../../tables/table';
import type { RuleContext } from '../rule';
import { checkSum, type Term } from './identity';

function term(row: TableRow, col: number): Term {
  return { cell: row.values.get(col), name: row.code ? `${row.code} ${row.label}` : row.label || row.key };
}

/** Rows whose code has two more digits and starts with `code` (款 of a 类, 项 of a 款). */
export function childrenOf(table: Table, code: string): TableRow[] {
  return table.codeRows().filter((r) => r.code!.length === code.length + 2 && r.code!.startsWith(code));
}

/**
 * 功能分类 hierarchy for each column (V33-240/241): 合计 = Σ类, 类 = Σ款, 款 = Σ项.
 * A parent printed without children is not checked (the table may stop at 类 level).
 */
export function checkHierarchy(ctx: RuleContext, table: Table, subject: string, cols: readonly number[]): void {
  const total = table.total();
  const classes = table.codeRows().filter((r) => r.code!.length === 3);
  // Each parent's children, looked up once for all columns rather than once per column.
  const families = table
    .codeRows()
    .filter((parent) => parent.code!.length < 7)
    .map((parent) => ({ parent, children: childrenOf(table, parent.code!) }))
    .filter((f) => f.children.length > 0);
  for (const col of cols) {
    if (total && classes.length > 0) {
      checkSum(ctx, { subject: `${subject} 栏次${col} 合计 = 各类之和`, total: term(total, col), parts: classes.map((r) => term(r, col)) });
    }
    for (const { parent, children } of families) {
      checkSum(ctx, { subject: `${subject} 栏次${col} ${parent.code} = 下级科目之和`, total: term(parent, col), parts: children.map((r) => term(r, col)) });
    }
  }
}

/** Per row: 栏次 `totalCol` = Σ `partCols` (T02 c1 = c2+…+c7; T03 c1 = c2+…+c6; T05 c1 = c2+c3). */
export function checkRowSums(ctx: RuleContext, table: Table, subject: string, totalCol: number, partCols: readonly number[]): void {
  for (const row of table.rows) {
    const total = row.values.get(totalCol);
    if (!total) continue;
    const parts = partCols.filter((c) => row.values.has(c)).map((c) => ({ cell: row.values.get(c), name: `栏次${c}` }));
    checkSum(ctx, { subject: `${subject} ${row.code ?? row.label ?? row.key} 行`, total: { cell: total, name: `栏次${totalCol}` }, parts });
  }
}

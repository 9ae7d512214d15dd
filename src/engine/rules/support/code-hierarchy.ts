import { codeFamilies } from '../../tables/code-index';
import type { Table, TableRow } from '../../tables/table';
import type { RuleContext } from '../rule';
import { checkSum, sumCloses, type Term } from './identity';

function rowName(row: TableRow): string {
  return row.code ? `${row.code} ${row.label}` : row.label || row.key;
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

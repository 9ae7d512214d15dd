import type { Table } from '../../tables/table';
import type { Term } from './identity';

/** A Term for T01/T04/T10 行次 n, 栏次 col, named for messages (“行次27 本年收入合计”). */
export function lineTerm(table: Table, line: number, col: number, name?: string): Term {
  const row = table.line(line);
  return { cell: row?.values.get(col), name: name ?? (row?.label ? `${row.label}（行次${line}）` : `行次${line}`) };
}

/** Terms for a run of 行次, skipping lines the variant does not print (e.g. 上海 has no 55–56). */
export function lineTerms(table: Table, from: number, to: number, col: number): Term[] {
  const terms: Term[] = [];
  for (let n = from; n <= to; n++) if (table.line(n)?.values.get(col)) terms.push(lineTerm(table, n, col));
  return terms;
}

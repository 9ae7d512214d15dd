import type { Grid } from '../../model/grid';

/**
 * How the accountant calls each amount column of a table, for messages that name columns rather
 * than cells (one identity broken alike in several columns, issue 6): “第2栏” when the table
 * prints its 栏次 line, else the column's own (lowest) caption, “财政拨款”栏. Columns without a
 * caption get no name; the message then falls back to the cell.
 *
 * `captionRows` are the header rows above the amounts, without the 栏次 line.
 */
export function columnNames(grid: Grid, captionRows: readonly number[], columns: ReadonlyMap<number, number>, numbersPrinted: boolean): Map<number, string> {
  const names = new Map<number, string>();
  for (const [n, col] of columns) {
    if (numbersPrinted) {
      names.set(n, `第${n}栏`);
      continue;
    }
    let caption = '';
    for (const r of captionRows) caption = grid.normMerged(r, col) || caption;
    if (caption && caption !== '栏次') names.set(n, `“${caption}”栏`);
  }
  return names;
}

/** Header rows top…bottom, without the 栏次 line. */
export function rowsBetween(top: number, bottom: number, numbersRow?: number): number[] {
  const rows: number[] = [];
  for (let r = top; r <= bottom; r++) if (r !== numbersRow) rows.push(r);
  return rows;
}

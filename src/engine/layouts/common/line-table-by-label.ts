import type { Region } from '../../recognize/region';
import { Table, lineKey, type TableRow } from '../../tables/table';
import { columnNames, rowsBetween } from './column-names';
import { columnsWith, findRow } from './header-row';
import { stripEnumerator, type LineOfLabel } from './line-labels';
import type { LineTableSpec, ParseOutcome } from './line-table';
import { isNoteRow, readMeta, readNotes } from './meta';

/** Header texts of a side's amount columns, in 栏次 order (T04 支出: 合计, then the three types). */
export interface LabelSides {
  lineOf: LineOfLabel;
  valueHeaders: string[][][];
}

/**
 * The same tables without 行次 (上海 2024 template): each side is a 项目 column and its amount
 * columns; rows are known by their labels. Missing lines cannot be told from blank ones here.
 */
export function parseLineTableByLabels(region: Region, spec: LineTableSpec, labels: LabelSides, confidence: number): ParseOutcome {
  const { grid } = region;
  const headerRow = findRow(region, ['项目']);
  if (headerRow === undefined) return { failure: '表头中既没有“行次”也没有“项目”' };
  const labelCols = columnsWith(region, headerRow, ['项目']);
  if (labelCols.length < labels.valueHeaders.length) return { failure: `表头中只有 ${labelCols.length} 个“项目”栏` };
  const headerTop = Math.max(region.titleRow !== undefined ? region.titleRow + 1 : region.top, headerRow - 1);
  const { meta, unit } = readMeta(region, /收入|支出/.test(grid.rowText(headerRow - 1)) ? headerRow - 1 : headerRow);
  const headerOf = (col: number) => [grid.normMerged(headerTop, col), grid.norm(headerRow, col)].join('/');
  const sides = labels.valueHeaders.map((headers, i) => {
    const from = labelCols[i];
    // The last side runs to the table's right edge: blank extra columns may sit between.
    let width = 0;
    for (let r = headerRow; r <= Math.min(region.bottom, headerRow + 5); r++) width = Math.max(width, grid.rowLength(r));
    const to = labelCols[i + 1] ?? Math.max(width, from + headers.length + 1);
    const values = new Map<number, number>();
    const numbers = spec.defaultColumns[i];
    headers.forEach((names, k) => {
      const matches: number[] = [];
      for (let c = from + 1; c < to; c++) if (names.some((n) => headerOf(c).endsWith(n))) matches.push(c);
      // The last match, visible ones first: a hidden copy under the same caption is a helper.
      values.set(numbers[k], grid.preferVisible(matches).pop() ?? from + 1 + k);
    });
    return { labelCol: from, values, seen: new Set<number>() };
  });
  const rows: TableRow[] = [];
  let last = headerRow;
  for (let r = headerRow + 1; r <= region.bottom; r++) {
    if (isNoteRow(region, r)) break;
    sides.forEach((side, i) => {
      const label = stripEnumerator(grid.norm(r, side.labelCol));
      const line = label ? labels.lineOf(i, label, side.seen) : undefined;
      if (line === undefined) return;
      side.seen.add(line);
      const values = grid.valueCells(r, side.values, unit);
      rows.push({ key: lineKey(line), label: grid.text(r, side.labelCol), line, row: r, labelPos: { row: r, col: side.labelCol }, values });
      last = r;
    });
  }
  if (rows.length === 0) return { failure: '“项目”栏下没有可识别的行' };
  meta.columnNames = columnNames(grid, rowsBetween(headerTop, headerRow), new Map(sides.flatMap((s) => [...s.values])), false);
  readNotes(region, last + 1, meta);
  const range = grid.usedRect(region.titleRow ?? region.top, last) ?? { top: region.top, left: 0, bottom: last, right: 0 };
  return { table: new Table(spec.id, grid.name, range, unit, meta, rows, confidence, 'no-line-numbers', spec.defaultColumns.flat()) };
}

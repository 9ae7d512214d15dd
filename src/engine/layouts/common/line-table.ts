import type { AmountUnit } from '../../money/unit';
import type { Region } from '../../recognize/region';
import { Table, lineKey, type TableMeta, type TableRow } from '../../tables/table';
import type { TableId } from '../../tables/table-id';
import { findColumnNumbers, integerIn, printedAsDecimal } from './column-numbers';
import { columnNames, rowsBetween } from './column-names';
import { columnsWith, findRow } from './header-row';
import { parseLineTableByLabels, type LabelSides } from './line-table-by-label';
import { isNoteRow, readMeta, readNotes } from './meta';

export interface LineTableSpec {
  id: TableId;
  /** 栏次 numbers of each side when no 栏次 line is printed: T01 [[1],[2]]; T04 [[1],[2,3,4,5]]. */
  defaultColumns: number[][];
  /** Words of the first header row (“项目”, “收入”). */
  headerWords: string[];
  /** Every 行次 the standard layout prints: missing ones are reported (a row was deleted). */
  expectedLines: number[];
  /** How to read the table when no 行次 is printed (上海 2024). */
  labels?: LabelSides;
}

/** 行次 from…to. */
export function lines(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/**
 * Without a 栏次 line the amounts are the columns right of 行次, in order (T10: 统计数). A hidden
 * column there is a helper (a formula copy in 元 under the same caption) and is passed over, unless
 * too few visible columns are left before `end` (the next side's label): then the user hid an
 * amount column, which is still read where the template puts it.
 */
function amountColumnsAfter(grid: Region['grid'], lineCol: number, count: number, end: number): number[] {
  const visible: number[] = [];
  for (let c = lineCol + 1; c < end && visible.length < count; c++) if (!grid.isColumnHidden(c)) visible.push(c);
  return visible.length === count ? visible : Array.from({ length: count }, (_, k) => lineCol + 1 + k);
}

export type ParseOutcome = { table: Table } | { failure: string };

/**
 * Tables whose rows are addressed by 行次 (T01, T04, T10): one or two sides, each with its
 * 行次 column; amounts in the 栏次 columns to its right.
 */
export function parseLineTable(region: Region, spec: LineTableSpec, confidence: number): ParseOutcome {
  const { grid } = region;
  const lineHeader = findRow(region, ['行次']);
  if (lineHeader === undefined) return spec.labels ? parseLineTableByLabels(region, spec, spec.labels, confidence) : { failure: '表头中没有“行次”' };
  const headerTop = findRow(region, spec.headerWords) ?? lineHeader;
  const { meta, unit } = readMeta(region, Math.min(headerTop, lineHeader));
  const lineCols = columnsWith(region, lineHeader, ['行次']);
  const numbers = findColumnNumbers(region, lineHeader, 1);
  // The label column: the nearest captioned column left of 行次 (blank extra columns and hidden helper columns are
  // skipped; a caption stretched over a blank column by a merge belongs to the merge's first column, where the labels are).
  const labelColOf = (lineCol: number) => {
    for (let c = lineCol - 1; c >= 0; c--) if (!grid.isColumnHidden(c) && (grid.normMerged(lineHeader, c) || grid.norm(lineHeader, c))) return grid.shownFromCol(lineHeader, c);
    return lineCol - 1;
  };
  const sides = lineCols.map((lineCol) => ({ lineCol, labelCol: labelColOf(lineCol), values: new Map<number, number>() }));
  if (numbers && numbers.columns.size > 0) {
    for (const [n, col] of numbers.columns) {
      const side = [...sides].reverse().find((s) => s.lineCol < col);
      if (side) side.values.set(n, col);
    }
  }
  sides.forEach((side, i) => {
    if (side.values.size > 0) return;
    const wanted = spec.defaultColumns[i] ?? [];
    const cols = amountColumnsAfter(grid, side.lineCol, wanted.length, sides[i + 1]?.labelCol ?? grid.colCount);
    wanted.forEach((n, k) => side.values.set(n, cols[k]));
  });
  const decimalNumbers: TableMeta['decimalNumbers'] = [];
  if (numbers) {
    for (const col of numbers.columns.values()) {
      if (printedAsDecimal(grid, numbers.row, col)) decimalNumbers.push({ text: grid.text(numbers.row, col), pos: { row: numbers.row, col } });
    }
  }
  const dataTop = Math.max(lineHeader, numbers?.row ?? lineHeader) + 1;
  const rows: TableRow[] = [];
  let last = dataTop - 1;
  for (let r = dataTop; r <= region.bottom; r++) {
    if (isNoteRow(region, r)) break;
    for (const side of sides) {
      const line = integerIn(grid, r, side.lineCol);
      if (line === undefined) continue;
      if (printedAsDecimal(grid, r, side.lineCol)) decimalNumbers.push({ text: grid.text(r, side.lineCol), pos: { row: r, col: side.lineCol } });
      const values = grid.valueCells(r, side.values, unit);
      const labelCol = side.labelCol;
      rows.push({ key: lineKey(line), label: labelCol >= 0 ? grid.text(r, labelCol) : '', line, row: r, labelPos: { row: r, col: Math.max(labelCol, 0) }, values });
      last = r;
    }
  }
  if (rows.length === 0) return { failure: '“行次”列下没有行次编号' };
  if (decimalNumbers.length > 0) meta.decimalNumbers = decimalNumbers;
  const printed = new Set(rows.map((r) => r.line));
  const missing = spec.expectedLines.filter((n) => !printed.has(n));
  if (missing.length > 0) meta.missingLines = missing;
  readNotes(region, last + 1, meta);
  const range = grid.usedRect(region.titleRow ?? region.top, last) ?? { top: region.top, left: 0, bottom: last, right: 0 };
  const columns = [...new Set(sides.flatMap((s) => [...s.values.keys()]))].sort((a, b) => a - b);
  const printedNumbers = numbers !== undefined && numbers.columns.size > 0;
  const captionRows = rowsBetween(Math.min(headerTop, lineHeader), dataTop - 1, printedNumbers ? numbers.row : undefined);
  meta.columnNames = columnNames(grid, captionRows, new Map(sides.flatMap((s) => [...s.values])), printedNumbers);
  return { table: new Table(spec.id, grid.name, range, unit as AmountUnit | undefined, meta, rows, confidence, undefined, columns) };
}

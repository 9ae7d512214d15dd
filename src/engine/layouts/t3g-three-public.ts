import type { Grid } from '../model/grid';
import type { Region } from '../recognize/region';
import { Table } from '../tables/table';
import { readValueCell } from '../values/read-cell';
import type { ValueCell } from '../values/value-cell';
import { columnNames } from './common/column-names';
import { findColumnNumbers, integerIn, printedAsDecimal, type ColumnNumbers } from './common/column-numbers';
import { columnsWith, findRow } from './common/header-row';
import { isNoteRow, readMeta, readNotes } from './common/meta';
import type { Layout, LayoutOutcome } from './layout';

/**
 * 财政拨款“三公”经费支出决算表: 栏次 1–6 预算数 (合计, 因公出国(境)费, 公务用车 小计, 购置费,
 * 运行维护费, 公务接待费), 7–12 决算数 in the same order; one data row under the 栏次 line.
 */
function parseT3G(region: Region, confidence: number): LayoutOutcome {
  const { grid } = region;
  const headerTop = findRow(region, ['预算数', '决算数', '合计', '项目']);
  if (headerTop === undefined) return { failure: '表头中没有“预算数/决算数”' };
  const { meta, unit } = readMeta(region, headerTop);
  const numbers = pairedColumns(region, headerTop) ?? findColumnNumbers(region, headerTop, 6);
  if (!numbers || numbers.columns.size < 6) return { failure: '未找到 1–12 栏次行' };
  let dataRow: number | undefined;
  for (let r = numbers.row + 1; r <= region.bottom && !isNoteRow(region, r); r++) {
    if ([...numbers.columns.values()].some((c) => grid.text(r, c) !== '')) {
      dataRow = r;
      break;
    }
  }
  // An empty 三公 table (本表无数据) still has its 12 amounts: all blank, in the row under 栏次.
  const row = dataRow ?? numbers.row + 1;
  const values = new Map<number, ValueCell>();
  for (const [n, col] of numbers.columns) {
    values.set(n, dataRow === undefined ? readValueCell(grid.name, { row, col }, undefined, unit) : grid.valueCell(row, col, unit));
  }
  const decimalNumbers = [...numbers.columns.values()]
    .filter((col) => printedAsDecimal(grid, numbers.row, col))
    .map((col) => ({ text: grid.text(numbers.row, col), pos: { row: numbers.row, col } }));
  if (decimalNumbers.length > 0) meta.decimalNumbers = decimalNumbers;
  // Named by 栏次 when the 栏次 line is printed; the paired 上海 captions (预算数/决算数 under each item) name no single column.
  if ([...numbers.columns].every(([n, col]) => integerIn(grid, numbers.row, col) === n)) meta.columnNames = columnNames(grid, [], numbers.columns, true);
  const last = dataRow ?? numbers.row;
  readNotes(region, last + 1, meta);
  const range = grid.usedRect(region.titleRow ?? region.top, last) ?? { top: region.top, left: 0, bottom: last, right: 0 };
  const dataLine = { key: 'data', label: '“三公”经费', row, values };
  return { table: new Table('T3G', grid.name, range, unit, meta, [dataLine], confidence, undefined, [...numbers.columns.keys()].sort((a, b) => a - b)) };
}

/**
 * 上海 2024 prints (预算数, 决算数) side by side under each item instead of six 预算数 columns
 * then six 决算数 columns. The k-th 预算数 column is 栏次 k, the k-th 决算数 column 栏次 k + 6,
 * items in the standard order (合计, 因公出国(境)费, 公务用车 小计, 购置费, 运行维护费, 公务接待费).
 */
function pairedColumns(region: Region, from: number): ColumnNumbers | undefined {
  const { grid } = region;
  for (let r = from; r <= Math.min(region.bottom, from + 8); r++) {
    let budget = columnsWith(region, r, ['预算数']);
    let final = columnsWith(region, r, ['决算数']);
    if (grid.preferVisible(budget).length === 1 && grid.preferVisible(final).length === 1 && !findColumnNumbers(region, r + 1, 6)) {
      // 预算数 and 决算数 merged over six items each, no 栏次 line: the columns under each caption.
      const under = (word: string) => [...Array(grid.colCount).keys()].filter((c) => grid.normMerged(r, c) === word);
      budget = under('预算数');
      final = under('决算数');
    }
    const captionRows = [...Array(Math.min(region.bottom, r + 2) - from + 1).keys()].map((k) => from + k);
    budget = withoutHiddenCopies(grid, budget, captionRows);
    final = withoutHiddenCopies(grid, final, captionRows);
    if (budget.length < 6 || final.length < 6) continue;
    const columns = new Map<number, number>();
    budget.slice(0, 6).forEach((col, k) => columns.set(k + 1, col));
    final.slice(0, 6).forEach((col, k) => columns.set(k + 7, col));
    // A 栏次 line may follow the 预算数/决算数 line: the data row comes after it. Without one,
    // the item captions under 预算数/决算数 still belong to the header.
    const numbered = findColumnNumbers(region, r + 1, 6);
    if (numbered && numbered.row <= r + 2) return { row: numbered.row, columns };
    let last = r;
    const cols = [...columns.values()];
    for (let rr = r + 1; rr <= Math.min(region.bottom, r + 3); rr++) {
      const texts = cols.map((c) => region.grid.norm(rr, c)).filter((t) => t !== '');
      if (texts.length === 0 || texts.some((t) => /^[-+]?[\d,]+(\.\d+)?$|^[-—–]+$/.test(t))) break;
      last = rr;
    }
    return { row: last, columns };
  }
  return undefined;
}

/**
 * The columns without the hidden copies: a hidden column whose captions (in `rows`, figures read
 * as blank) are those of a visible column of the list is a helper (a formula copy of an amount column).
 * A hidden column with captions of its own is a real item the user hid: it stays, and so every
 * column stays when there are no hidden columns.
 */
function withoutHiddenCopies(grid: Grid, cols: readonly number[], rows: readonly number[]): number[] {
  if (cols.every((c) => !grid.isColumnHidden(c))) return [...cols];
  const captions = (c: number) =>
    rows
      .map((r) => grid.normMerged(r, c))
      .map((t) => (/^[-+]?[\d,]+(\.\d+)?$|^[-—–]+$/.test(t) ? '' : t))
      .join('/');
  const visible = new Set(cols.filter((c) => !grid.isColumnHidden(c)).map(captions));
  return cols.filter((c) => !grid.isColumnHidden(c) || !visible.has(captions(c)));
}

export const t3gLayout: Layout = {
  id: 'T3G',
  titles: [/三公.{0,2}经费.*表$/],
  keywords: ['因公出国(境)费', '公务用车购置及运行维护费', '公务用车购置费', '公务用车运行维护费', '公务接待费', '预算数', '决算数'],
  parse: parseT3G,
};

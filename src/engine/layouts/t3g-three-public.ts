import type { Region } from '../recognize/region';
import { Table } from '../tables/table';
import { readValueCell } from '../values/read-cell';
import type { ValueCell } from '../values/value-cell';
import { findColumnNumbers, printedAsDecimal } from './common/column-numbers';
import { findRow } from './common/header-row';
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
  const numbers = findColumnNumbers(region, headerTop, 6);
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
    values.set(n, readValueCell(grid.name, { row, col }, dataRow === undefined ? undefined : grid.cell(row, col), unit));
  }
  const decimalNumbers = [...numbers.columns.values()]
    .filter((col) => printedAsDecimal(grid, numbers.row, col))
    .map((col) => ({ text: grid.text(numbers.row, col), pos: { row: numbers.row, col } }));
  if (decimalNumbers.length > 0) meta.decimalNumbers = decimalNumbers;
  const last = dataRow ?? numbers.row;
  readNotes(region, last + 1, meta);
  const range = grid.usedRect(region.titleRow ?? region.top, last) ?? { top: region.top, left: 0, bottom: last, right: 0 };
  const dataLine = { key: 'data', label: '“三公”经费', row, values };
  return { table: new Table('T3G', grid.name, range, unit, meta, [dataLine], confidence, undefined, [...numbers.columns.keys()].sort((a, b) => a - b)) };
}

export const t3gLayout: Layout = {
  id: 'T3G',
  titles: [/三公.{0,2}经费.*表$/],
  keywords: ['因公出国(境)费', '公务用车购置及运行维护费', '公务用车购置费', '公务用车运行维护费', '公务接待费', '预算数', '决算数'],
  parse: parseT3G,
};

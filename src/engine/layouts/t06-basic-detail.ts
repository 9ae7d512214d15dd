import type { Region } from '../recognize/region';
import { Table, type TableRow } from '../tables/table';
import type { ValueCell } from '../values/value-cell';
import { detectCodeColumns, readCode, startsDataRow, type CodeColumns, type SplitState } from './common/code-columns';
import { columnsWith } from './common/header-row';
import { isNoteRow, readMeta, readNotes } from './common/meta';
import { HEADER_SCAN_ROWS } from '../recognize/region';
import type { Layout, LayoutOutcome } from './layout';

/** 经济分类 codes: 类 3 digits, 款 5. */
const ECONOMIC_CODE = /^\d{3}(\d{2})?$/;
const FOOTERS = ['人员经费合计', '公用经费合计'];

interface Block {
  codes: CodeColumns;
  nameCol?: number;
  /** 栏次 1 = 决算数/金额; 栏次 2 = 其中：基本支出 (山西 2022 variant). */
  amountCols: number[];
  state: SplitState;
}

const CODE_CAPTIONS = ['科目编码', '科目代码', '经济分类科目编码', '编码'];
const AMOUNT_CAPTION = /(决算数|金额|基本支出|合计)$/;

/**
 * The lowest caption over a column between two header rows (merged captions count); '' when that
 * caption is stretched over the column from one to its left (“金额” merged over a blank column is
 * the caption of the column where the amounts are).
 */
function captionOf(region: Region, col: number, top: number, bottom: number): string {
  let caption = '';
  for (let r = top; r <= bottom; r++) {
    const text = region.grid.normMerged(r, col);
    if (text) caption = region.grid.shownFromCol(r, col) < col ? '' : text;
  }
  return caption;
}

/**
 * One block of the side-by-side layout, read from its captions and its cells: the code columns
 * (one, 类 | 款, or code and name in one cell), the name column and the amount columns; blank
 * extra columns have no caption and are skipped.
 */
function readBlock(region: Region, start: number, end: number, headerTop: number, headerBottom: number, bodyRows: number[]): Block {
  const amountCols: number[] = [];
  for (let c = start + 1; c <= end; c++) if (AMOUNT_CAPTION.test(captionOf(region, c, headerTop, headerBottom))) amountCols.push(c);
  // A hidden copy of 决算数 (a helper) is not a second amount column.
  const visibleAmounts = region.grid.preferVisible(amountCols);
  amountCols.splice(0, amountCols.length, ...visibleAmounts);
  const before = amountCols[0] ?? Math.min(start + 2, end);
  const headerRows = Array.from({ length: headerBottom - headerTop + 1 }, (_, i) => headerTop + i);
  const codes = detectCodeColumns(region.grid, bodyRows, start, before, headerRows) ?? { kind: 'single', col: start };
  const codeCols = codes.kind === 'split' ? codes.cols : [codes.col];
  let nameCol: number | undefined;
  if (codes.kind !== 'combined') {
    for (let c = Math.max(...codeCols) + 1; c < before && nameCol === undefined; c++) {
      if (region.grid.isColumnHidden(c)) continue;
      if (/名称/.test(captionOf(region, c, headerTop, headerBottom)) || bodyRows.some((r) => /[^\d.,\s-]/.test(region.grid.norm(r, c)))) nameCol = c;
    }
  }
  if (amountCols.length === 0) amountCols.push(Math.min((nameCol ?? Math.max(...codeCols)) + 1, end));
  return { codes, nameCol, amountCols: amountCols.slice(0, 2), state: { parts: [] } };
}

/**
 * 一般公共预算财政拨款基本支出决算明细表: 2–4 side-by-side blocks of (科目编码, 科目名称, 决算数),
 * or in 山西 2022 (一般公共预算财政拨款支出决算明细表) of (编码, 名称, 金额, 其中：基本支出);
 * footer 人员经费合计 / 公用经费合计. Codes may be split over 类 | 款 or share the name's cell.
 */
function parseT06(region: Region, confidence: number): LayoutOutcome {
  const { grid } = region;
  const from = region.titleRow !== undefined ? region.titleRow + 1 : region.top;
  let headerRow: number | undefined;
  let codeCols: number[] = [];
  for (let r = from; r <= Math.min(region.bottom, from + HEADER_SCAN_ROWS); r++) {
    const cols = columnsWith(region, r, CODE_CAPTIONS, true);
    if (cols.length >= 2) {
      headerRow = r;
      codeCols = cols;
      break;
    }
  }
  if (headerRow === undefined) return { failure: '表头中没有成组的“科目编码/科目名称/决算数”栏' };
  let headerTop = headerRow;
  if (headerRow > from && /人员经费|公用经费/.test(grid.rowText(headerRow - 1))) headerTop = headerRow - 1;
  let headerBottom = headerRow;
  while (headerBottom + 1 <= region.bottom && !startsDataRow(grid, headerBottom + 1) && !grid.isRowEmpty(headerBottom + 1) && headerBottom < headerRow + 2) headerBottom++;
  const { meta, unit } = readMeta(region, headerTop);
  let width = 0;
  for (let r = headerRow; r <= region.bottom; r++) width = Math.max(width, grid.rowLength(r));
  const bodyRows: number[] = [];
  for (let r = headerBottom + 1; r <= region.bottom && !isNoteRow(region, r); r++) if (!grid.isRowEmpty(r)) bodyRows.push(r);
  const blocks: Block[] = codeCols.map((codeCol, i) => readBlock(region, codeCol, (codeCols[i + 1] ?? Math.max(width, codeCol + 3)) - 1, headerRow!, headerBottom, bodyRows));
  const variant = blocks.some((b) => b.amountCols.length === 2 && /基本支出/.test(captionOf(region, b.amountCols[1], headerRow!, headerBottom))) ? '2022' : undefined;
  if (!variant) blocks.forEach((b) => (b.amountCols = b.amountCols.slice(0, 1)));
  const rows: TableRow[] = [];
  let last = headerBottom;
  for (let r = headerBottom + 1; r <= region.bottom; r++) {
    if (isNoteRow(region, r)) break;
    if (grid.isRowEmpty(r)) continue;
    if (columnsWith(region, r, ['科目编码', '科目代码'], true).length >= 2) continue; // header repeated after a page break
    for (const block of blocks) {
      const reading = readCode(grid, r, block.codes, block.state);
      const code = reading.code;
      if (!code || !ECONOMIC_CODE.test(code)) continue;
      const label = reading.name?.text ?? (block.nameCol === undefined ? '' : grid.text(r, block.nameCol));
      rows.push({ key: code, code, label, row: r, labelPos: reading.printed.pos, values: amounts(region, r, block.amountCols, unit) });
    }
    const footers = columnsWith(region, r, FOOTERS, true);
    footers.forEach((col, i) => {
      const key = FOOTERS.find((f) => grid.norm(r, col).includes(f))!;
      const limit = footers[i + 1] ?? Number.MAX_SAFE_INTEGER;
      const candidates = blocks.filter((b) => b.amountCols[0] > col && b.amountCols[0] < limit);
      const filled = candidates.filter((b) => b.amountCols.some((c) => grid.text(r, c) !== ''));
      const block = filled[filled.length - 1] ?? candidates[0];
      if (block) rows.push({ key, label: key, row: r, labelPos: { row: r, col }, values: amounts(region, r, block.amountCols, unit) });
    });
    last = r;
  }
  if (rows.length === 0) return { failure: '未读到任何经济分类科目行' };
  readNotes(region, last + 1, meta);
  const range = grid.usedRect(region.titleRow ?? region.top, last) ?? { top: region.top, left: 0, bottom: last, right: 0 };
  return { table: new Table('T06', grid.name, range, unit, meta, rows, confidence, variant, variant ? [1, 2] : [1]) };
}

function amounts(region: Region, row: number, cols: number[], unit: Table['unit']): Map<number, ValueCell> {
  const values = new Map<number, ValueCell>();
  cols.forEach((col, i) => values.set(i + 1, region.grid.valueCell(row, col, unit)));
  return values;
}

export const t06Layout: Layout = {
  id: 'T06',
  titles: [/基本支出决算明细表$/, /基本支出决算表$/, /一般公共预算财政拨款支出决算明细表$/],
  keywords: ['人员经费', '公用经费', '工资福利支出', '商品和服务支出', '对个人和家庭的补助', '人员经费合计', '公用经费合计'],
  parse: parseT06,
};

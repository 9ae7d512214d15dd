import type { Region } from '../recognize/region';
import { Table, type TableRow } from '../tables/table';
import { readValueCell } from '../values/read-cell';
import type { ValueCell } from '../values/value-cell';
import { columnsWith } from './common/header-row';
import { isNoteRow, readMeta, readNotes } from './common/meta';
import { HEADER_SCAN_ROWS } from '../recognize/region';
import type { Layout, LayoutOutcome } from './layout';

/** 经济分类 codes: 类 3 digits, 款 5. */
const ECONOMIC_CODE = /^\d{3}(\d{2})?$/;
const FOOTERS = ['人员经费合计', '公用经费合计'];

interface Block {
  codeCol: number;
  nameCol: number;
  /** 栏次 1 = 决算数/金额; 栏次 2 = 其中：基本支出 (山西 2022 variant). */
  amountCols: number[];
}

/**
 * 一般公共预算财政拨款基本支出决算明细表: 3–4 side-by-side blocks of (科目编码, 科目名称, 决算数),
 * or in 山西 2022 (一般公共预算财政拨款支出决算明细表) of (编码, 名称, 金额, 其中：基本支出);
 * footer 人员经费合计 / 公用经费合计.
 */
function parseT06(region: Region, confidence: number): LayoutOutcome {
  const { grid } = region;
  const from = region.titleRow !== undefined ? region.titleRow + 1 : region.top;
  let headerRow: number | undefined;
  let codeCols: number[] = [];
  for (let r = from; r <= Math.min(region.bottom, from + HEADER_SCAN_ROWS); r++) {
    const cols = columnsWith(region, r, ['科目编码', '科目代码', '经济分类科目编码'], true);
    if (cols.length >= 2) {
      headerRow = r;
      codeCols = cols;
      break;
    }
  }
  if (headerRow === undefined) return { failure: '表头中没有成组的“科目编码/科目名称/决算数”栏' };
  let headerTop = headerRow;
  if (headerRow > from && /人员经费|公用经费/.test(grid.rowText(headerRow - 1))) headerTop = headerRow - 1;
  const { meta, unit } = readMeta(region, headerTop);
  let width = 0;
  for (let r = headerRow; r <= region.bottom; r++) width = Math.max(width, grid.rowLength(r));
  const blocks: Block[] = codeCols.map((codeCol, i) => {
    const end = (codeCols[i + 1] ?? Math.max(width, codeCol + 3)) - 1;
    const amountCols: number[] = [];
    for (let c = codeCol + 2; c <= end; c++) amountCols.push(c);
    return { codeCol, nameCol: codeCol + 1, amountCols: amountCols.slice(0, 2) };
  });
  const variant = blocks.some((b) => b.amountCols.length === 2 && /基本支出/.test(grid.norm(headerRow!, b.amountCols[1]))) ? '2022' : undefined;
  if (!variant) blocks.forEach((b) => (b.amountCols = b.amountCols.slice(0, 1)));
  const rows: TableRow[] = [];
  let last = headerRow;
  for (let r = headerRow + 1; r <= region.bottom; r++) {
    if (isNoteRow(region, r)) break;
    if (grid.isRowEmpty(r)) continue;
    if (columnsWith(region, r, ['科目编码', '科目代码'], true).length >= 2) continue; // header repeated after a page break
    for (const block of blocks) {
      const code = grid.norm(r, block.codeCol);
      if (!ECONOMIC_CODE.test(code)) continue;
      rows.push({ key: code, code, label: grid.text(r, block.nameCol), row: r, labelPos: { row: r, col: block.codeCol }, values: amounts(region, r, block.amountCols, unit) });
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
  cols.forEach((col, i) => values.set(i + 1, readValueCell(region.grid.name, { row, col }, region.grid.cell(row, col), unit)));
  return values;
}

export const t06Layout: Layout = {
  id: 'T06',
  titles: [/基本支出决算明细表$/, /基本支出决算表$/, /一般公共预算财政拨款支出决算明细表$/],
  keywords: ['人员经费', '公用经费', '工资福利支出', '商品和服务支出', '对个人和家庭的补助', '人员经费合计', '公用经费合计'],
  parse: parseT06,
};

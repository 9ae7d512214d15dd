import type { Region } from '../../recognize/region';
import { Table, type TableMeta, type TableRow } from '../../tables/table';
import type { TableId } from '../../tables/table-id';
import { readValueCell } from '../../values/read-cell';
import type { ValueCell } from '../../values/value-cell';
import { columnsByHeader, findColumnNumbers, printedAsDecimal } from './column-numbers';
import { columnsWith, findRow } from './header-row';
import { isNoteRow, readMeta, readNotes } from './meta';
import type { ParseOutcome } from './line-table';

/** 功能分类 codes: 类 3 digits, 款 5, 项 7. */
export const FUNCTION_CODE = /^\d{3}(\d{2}){0,2}$/;

export interface CodeTableSpec {
  id: TableId;
  /** Header texts of 栏次 1, 2, … for workbooks that print no 栏次 line. */
  columnHeaders: string[][];
  variant?: string;
}

const HEADER_WORDS = ['项目', '科目编码', '功能分类科目编码', '科目代码', '科目名称', '栏次'];

/**
 * Tables keyed by 功能分类 code with a 合计 row (T02, T03, T05, TGF, TSOC): each row by its
 * code, each amount by its 栏次 number.
 */
export function parseCodeTable(region: Region, spec: CodeTableSpec, confidence: number): ParseOutcome {
  const { grid } = region;
  const headerTop = findRow(region, HEADER_WORDS) ?? findRow(region, spec.columnHeaders[0]);
  if (headerTop === undefined) return { failure: '未找到表头（项目/科目编码/科目名称）' };
  const { meta, unit } = readMeta(region, headerTop);
  const numbers = findColumnNumbers(region, headerTop);
  let headerBottom = numbers?.row ?? headerTop;
  let columns = numbers?.columns;
  if (!columns || columns.size < spec.columnHeaders.length) {
    // No usable 栏次 line: header rows run until the first row with a code or 合计.
    headerBottom = headerTop;
    while (headerBottom + 1 <= region.bottom && !isDataRow(region, headerBottom + 1)) headerBottom++;
    columns = columnsByHeader(region, headerTop, headerBottom, spec.columnHeaders);
    if (columns.size === 0) return { failure: `表头中找不到${spec.columnHeaders[0][0]}等栏目` };
  }
  const firstValueCol = Math.min(...columns.values());
  const codeCol = findCodeColumn(region, headerTop, headerBottom, firstValueCol);
  const nameCol = findNameColumn(region, headerTop, headerBottom, codeCol, firstValueCol);
  const decimalNumbers: NonNullable<TableMeta['decimalNumbers']> = [];
  if (numbers) {
    for (const col of numbers.columns.values()) {
      if (printedAsDecimal(grid, numbers.row, col)) decimalNumbers.push({ text: grid.text(numbers.row, col), pos: { row: numbers.row, col } });
    }
  }
  const rows: TableRow[] = [];
  let last = headerBottom;
  for (let r = headerBottom + 1; r <= region.bottom; r++) {
    if (isNoteRow(region, r)) break;
    if (grid.isRowEmpty(r)) continue;
    const code = grid.norm(r, codeCol);
    const name = grid.norm(r, nameCol);
    const values = new Map<number, ValueCell>();
    for (const [n, col] of columns) values.set(n, readValueCell(grid.name, { row: r, col }, grid.cell(r, col), unit));
    let key: string;
    if (FUNCTION_CODE.test(code)) key = code;
    else if (code === '合计' || name === '合计' || code === '总计' || name === '总计') key = '合计';
    else if ([...values.values()].every((v) => v.kind === 'blank')) continue;
    else key = `R${r + 1}`;
    rows.push({
      key,
      label: grid.text(r, nameCol) || grid.text(r, codeCol),
      code: FUNCTION_CODE.test(code) ? code : undefined,
      row: r,
      labelPos: { row: r, col: FUNCTION_CODE.test(code) ? codeCol : nameCol },
      printedCode: { text: grid.text(r, codeCol), pos: { row: r, col: codeCol } },
      namePos: { row: r, col: nameCol },
      values,
    });
    last = r;
  }
  if (decimalNumbers.length > 0) meta.decimalNumbers = decimalNumbers;
  readNotes(region, last + 1, meta);
  const range = grid.usedRect(region.titleRow ?? region.top, last) ?? { top: region.top, left: 0, bottom: last, right: 0 };
  return { table: new Table(spec.id, grid.name, range, unit, meta, rows, confidence, spec.variant, [...columns.keys()].sort((a, b) => a - b)) };
}

function isDataRow(region: Region, row: number): boolean {
  const { grid } = region;
  for (let c = 0; c < Math.min(grid.rowLength(row), 4); c++) {
    const norm = grid.norm(row, c);
    if (FUNCTION_CODE.test(norm) || norm === '合计') return true;
  }
  return false;
}

function findCodeColumn(region: Region, top: number, bottom: number, before: number): number {
  for (let r = top; r <= bottom; r++) {
    const cols = columnsWith(region, r, ['编码', '代码'], true).filter((c) => c < before);
    if (cols.length > 0) return cols[0];
  }
  // Otherwise the column left of the amounts holding the most codes.
  const { grid } = region;
  let best = 0;
  let bestCount = -1;
  for (let c = 0; c < before; c++) {
    let count = 0;
    for (let r = bottom + 1; r <= Math.min(region.bottom, bottom + 60); r++) if (FUNCTION_CODE.test(grid.norm(r, c))) count++;
    if (count > bestCount) {
      best = c;
      bestCount = count;
    }
  }
  return best;
}

function findNameColumn(region: Region, top: number, bottom: number, codeCol: number, before: number): number {
  for (let r = top; r <= bottom; r++) {
    const cols = columnsWith(region, r, ['科目名称', '项目名称'], true).filter((c) => c < before && c !== codeCol);
    if (cols.length > 0) return cols[0];
  }
  return Math.min(codeCol + 1, before - 1);
}

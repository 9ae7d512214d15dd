import type { Grid } from '../../model/grid';
import type { Region } from '../../recognize/region';
import { Table, type TableMeta, type TableRow } from '../../tables/table';
import type { TableId } from '../../tables/table-id';
import { detectCodeColumns, readCode, startsDataRow, type CodeColumns, type SplitState } from './code-columns';
import { columnsByHeader, findColumnNumbers, printedAsDecimal } from './column-numbers';
import { columnNames, rowsBetween } from './column-names';
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
  const headerRowList = Array.from({ length: headerBottom - headerTop + 1 }, (_, i) => headerTop + i);
  const repeatsHeader = headerRepeats(grid, headerRowList);
  const bodyRows: number[] = [];
  for (let r = headerBottom + 1; r <= Math.min(region.bottom, headerBottom + 80) && !isNoteRow(region, r); r++) if (!grid.isRowEmpty(r) && !repeatsHeader(r)) bodyRows.push(r);
  const codeColumns = findCodeColumns(region, headerTop, headerBottom, firstValueCol, bodyRows, headerRowList);
  const codeCols = codeColumns.kind === 'split' ? codeColumns.cols : [codeColumns.col];
  const nameCol = findNameColumn(region, headerTop, headerBottom, codeColumns, firstValueCol, bodyRows);
  const decimalNumbers: NonNullable<TableMeta['decimalNumbers']> = [];
  if (numbers) {
    for (const col of numbers.columns.values()) {
      if (printedAsDecimal(grid, numbers.row, col)) decimalNumbers.push({ text: grid.text(numbers.row, col), pos: { row: numbers.row, col } });
    }
  }
  const rows: TableRow[] = [];
  let last = headerBottom;
  const state: SplitState = { parts: [] };
  for (let r = headerBottom + 1; r <= region.bottom; r++) {
    if (isNoteRow(region, r)) break;
    if (grid.isRowEmpty(r) || repeatsHeader(r)) continue;
    const reading = readCode(grid, r, codeColumns, state);
    const code = reading.code;
    const labelTexts = [...codeCols.map((c) => grid.norm(r, c)), nameCol === undefined ? '' : grid.norm(r, nameCol)];
    const values = grid.valueCells(r, columns, unit);
    let key: string;
    if (code) key = code;
    else if (labelTexts.some((t) => t === '合计' || t === '总计')) key = '合计';
    else if ([...values.values()].every((v) => v.kind === 'blank')) continue;
    else key = `R${r + 1}`;
    const name = reading.name ?? (nameCol === undefined ? undefined : { text: grid.text(r, nameCol), pos: { row: r, col: nameCol } });
    rows.push({
      key,
      label: name?.text || reading.printed.text,
      code,
      row: r,
      labelPos: code ? reading.printed.pos : (name?.pos ?? reading.printed.pos),
      printedCode: reading.printed,
      namePos: name?.pos,
      values,
    });
    last = r;
  }
  if (decimalNumbers.length > 0) meta.decimalNumbers = decimalNumbers;
  const printedNumbers = numbers !== undefined && headerBottom === numbers.row;
  meta.columnNames = columnNames(grid, rowsBetween(headerTop, headerBottom, printedNumbers ? numbers.row : undefined), columns, printedNumbers);
  readNotes(region, last + 1, meta);
  const range = grid.usedRect(region.titleRow ?? region.top, last) ?? { top: region.top, left: 0, bottom: last, right: 0 };
  return { table: new Table(spec.id, grid.name, range, unit, meta, rows, confidence, spec.variant, [...columns.keys()].sort((a, b) => a - b)) };
}

/** The first text of a row, normalized; '' for a row without text. */
function firstText(grid: Grid, row: number): string {
  const col = grid.firstTextCol(row);
  return col === undefined ? '' : grid.norm(row, col);
}

/**
 * A table printed over two pages repeats its header rows (and 栏次 line) in the body: the same
 * texts, skipped. A row is joined only when its first text opens a header row: the body's
 * code rows are not.
 */
function headerRepeats(grid: Grid, headerRows: readonly number[]): (row: number) => boolean {
  const texts = new Set(headerRows.map((r) => grid.rowText(r)));
  const firsts = new Set(headerRows.map((r) => firstText(grid, r)));
  return (row) => firsts.has(firstText(grid, row)) && texts.has(grid.rowText(row));
}

function isDataRow(region: Region, row: number): boolean {
  return startsDataRow(region.grid, row);
}

/** The code columns: by the body cells first (whole codes, 类|款|项 parts, code + name), else by the caption. */
function findCodeColumns(region: Region, top: number, bottom: number, before: number, bodyRows: number[], headerRows: number[]): CodeColumns {
  const detected = detectCodeColumns(region.grid, bodyRows, 0, before, headerRows);
  if (detected) return detected;
  for (let r = top; r <= bottom; r++) {
    const cols = region.grid.preferVisible(columnsWith(region, r, ['编码', '代码'], true).filter((c) => c < before));
    if (cols.length > 0) return { kind: 'single', col: cols[0] };
  }
  return { kind: 'single', col: 0 };
}

/** The name column: captioned 科目名称/项目名称, else the first column after the codes holding mostly words. */
function findNameColumn(region: Region, top: number, bottom: number, codes: CodeColumns, before: number, bodyRows: number[]): number | undefined {
  const { grid } = region;
  const codeCols = codes.kind === 'split' ? codes.cols : [codes.col];
  if (codes.kind === 'combined') return undefined;
  for (let r = top; r <= bottom; r++) {
    const cols = grid.preferVisible(columnsWith(region, r, ['科目名称', '项目名称'], true).filter((c) => c < before && !codeCols.includes(c)));
    if (cols.length > 0) return cols[0];
  }
  const after = Math.max(...codeCols) + 1;
  // A hidden column of notes is not the name column.
  for (let c = after; c < before; c++) if (!grid.isColumnHidden(c) && bodyRows.some((r) => /[^\d.,\s-]/.test(grid.norm(r, c)))) return c;
  return Math.min(after, before - 1);
}

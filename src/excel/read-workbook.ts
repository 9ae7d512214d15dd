import { columnLetters, rangeFromA1, toA1 } from '../engine/model/address';
import type { CellSnapshot, RangeRect, SheetSnapshot, WorkbookSnapshot } from '../engine/model/snapshot';
import { formatNumber } from '../engine/values/format-number';
import type { ExcelFeatures } from './features';
import { runBatch } from './run-batch';
import { STATE_NAMESPACE, stateFromXml, type StoredState } from './stored-state';

/** Excel refuses to return more than 5 million cells per read: read big sheets in row blocks. */
export const MAX_CELLS_PER_READ = 1_000_000;
/** Beyond this the add-in refuses rather than freezing Excel. */
export const MAX_WORKBOOK_CELLS = 5_000_000;

export class WorkbookTooLargeError extends Error {
  constructor(readonly sheet: string, readonly cells: number) {
    super(`工作簿过大：读取到“${sheet}”时已超过 ${MAX_WORKBOOK_CELLS} 个单元格（${cells}）。请删除多余的空行空列或拆分工作簿后重试。`);
    this.name = 'WorkbookTooLargeError';
  }
}

export interface WorkbookRead {
  snapshot: WorkbookSnapshot;
  state: StoredState;
  /** Number of context.sync() calls used (2; 3 for a workbook too large for one response). */
  syncs: number;
}

interface Block {
  sheet: number;
  top: number;
  left: number;
  range: Excel.Range;
}

function unqualified(address: string): string {
  return address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
}

/** What Range.text gives for a number its column is too narrow to show: “####”. */
const TOO_NARROW = /^#+$/;

function cell(value: unknown, text: string, formula: unknown, numFmt: string, type: string): CellSnapshot | null {
  const isFormula = typeof formula === 'string' && formula.startsWith('=');
  if ((value === '' || value === null) && !isFormula) return null;
  return {
    value: value === '' ? null : (value as CellSnapshot['value']),
    // A narrow column shows “####” for its numbers: the figure they print is the number under its format.
    text: typeof value === 'number' && TOO_NARROW.test(text) ? formatNumber(value, numFmt) : text,
    formula: isFormula ? (formula as string) : undefined,
    numFmt: numFmt && numFmt !== 'General' ? numFmt : undefined,
    error: type === 'Error' ? true : undefined,
  };
}

interface SheetRead {
  name: string;
  visibility: string;
  protection: Excel.WorksheetProtection;
  blocks: Block[];
  merged?: Excel.RangeAreas;
  hidden?: HiddenRead;
}

/** Hidden columns and rows of a sheet, queued in the same sync as its values (ExcelApi 1.9). */
interface HiddenRead {
  columns: OfficeExtension.ClientResult<Excel.ColumnProperties[]>;
  rows: OfficeExtension.ClientResult<Excel.RowProperties[]>[];
}

/** Office.js's refusal of a response too large (5 million cells, or ~5 MB on the web). */
function tooLargeResponse(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ResponsePayloadSizeLimitExceeded';
}

/**
 * Reads the whole workbook into the engine's snapshot in two syncs for any number of sheets:
 * (1) the sheets and the add-in's saved state part, (2) every sheet's used-range size, its
 * values, text, formulas, formats and value types within a box (BOX_COLUMNS columns, rows
 * sharing the workbook limit among the sheets), its protection, merged areas and hidden columns
 * and rows, and the saved state's XML. A workbook over the limit is refused on the sizes, before
 * any value beyond the boxes is asked for; a sheet beyond its box is read whole in a third sync.
 * A workbook whose response Excel refuses as too large is read again in row blocks, sized first
 * (three syncs).
 */
export async function readWorkbook(features: ExcelFeatures): Promise<WorkbookRead> {
  try {
    return await runBatch(features, (context) => readWhole(context, features));
  } catch (error) {
    if (!tooLargeResponse(error)) throw error;
    return runBatch(features, (context) => readInBlocks(context, features));
  }
}

function loadSheetsAndState(context: Excel.RequestContext) {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  const parts = context.workbook.customXmlParts.getByNamespace(STATE_NAMESPACE);
  parts.load('items/id');
  return { sheets, parts };
}


function queueMerges(range: Excel.Range, features: ExcelFeatures): Excel.RangeAreas | undefined {
  if (!features.mergedAreas) return undefined;
  const areas = range.getMergedAreasOrNullObject();
  areas.load('areas/items/address');
  return areas;
}

/**
 * Which columns and rows of `range` are hidden: getColumnProperties / getRowProperties ask for
 * nothing but the flag and the index. Below ExcelApi 1.9 the snapshot carries no hidden columns
 * (layouts then treat every column as visible, as before).
 */
function queueHidden(range: Excel.Range, features: ExcelFeatures): HiddenRead | undefined {
  if (!features.rangeAreas) return undefined;
  return { columns: range.getColumnProperties({ columnHidden: true, columnIndex: true }), rows: [range.getRowProperties({ rowHidden: true, rowIndex: true })] };
}

/**
 * Columns of the box each sheet's values come from in the sync that sizes the used ranges (A:BL);
 * its rows are the workbook limit shared among the sheets, so that sync never asks for more
 * values than the limit, whatever the used ranges turn out to be.
 */
export const BOX_COLUMNS = 64;

async function readWhole(context: Excel.RequestContext, features: ExcelFeatures): Promise<WorkbookRead> {
  const { sheets, parts } = loadSheetsAndState(context);
  await context.sync();
  const xml = parts.items[0]?.getXml();
  const boxRows = Math.max(1, Math.floor(MAX_WORKBOOK_CELLS / Math.max(1, sheets.items.length) / BOX_COLUMNS));
  const box = `A1:${columnLetters(BOX_COLUMNS - 1)}${boxRows}`;
  const reads = sheets.items.map((ws) => {
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('address,rowIndex,columnIndex,rowCount,columnCount');
    const boxed = ws.getRange(box).getUsedRangeOrNullObject(true);
    boxed.load('rowIndex,columnIndex,rowCount,columnCount,values,text,formulas,numberFormat,valueTypes');
    ws.protection.load('protected');
    // Merged areas of the whole sheet: the used range may be a null object, which takes no calls.
    // getUsedRange (not …OrNullObject) is A1 on an empty sheet, so it can be asked for hidden columns.
    return { ws, used, boxed, merged: queueMerges(ws.getRange(), features), hidden: queueHidden(ws.getUsedRange(true), features) };
  });
  await context.sync();
  // The limit is checked on the used ranges' sizes: values beyond the boxes were never asked for.
  let total = 0;
  for (const { ws, used } of reads) {
    if (used.isNullObject) continue;
    total += used.rowCount * used.columnCount;
    if (total > MAX_WORKBOOK_CELLS) throw new WorkbookTooLargeError(ws.name, total);
  }
  // A sheet larger than its box (wide, or long among few sheets) is read whole in one more sync.
  const beyond = (used: Excel.Range) => !used.isNullObject && (used.rowIndex + used.rowCount > boxRows || used.columnIndex + used.columnCount > BOX_COLUMNS);
  const sheetReads = reads.map<SheetRead>(({ ws, used, boxed, merged, hidden }, i) => {
    const read: SheetRead = { name: ws.name, visibility: ws.visibility, protection: ws.protection, blocks: [], merged, hidden };
    if (used.isNullObject) return read;
    if (beyond(used)) read.blocks.push(...queueRowBlocks(ws, used, i));
    else read.blocks.push({ sheet: i, top: boxed.rowIndex, left: boxed.columnIndex, range: boxed });
    return read;
  });
  if (!reads.some(({ used }) => beyond(used))) return { snapshot: snapshotOf(sheetReads), state: stateFromXml(xml?.value), syncs: 2 };
  await context.sync();
  return { snapshot: snapshotOf(sheetReads), state: stateFromXml(xml?.value), syncs: 3 };
}

/** Queues reading a used range's values in row blocks of at most MAX_CELLS_PER_READ cells. */
function queueRowBlocks(ws: Excel.Worksheet, range: Excel.Range, sheet: number): Block[] {
  const blocks: Block[] = [];
  const rowsPerBlock = Math.max(1, Math.floor(MAX_CELLS_PER_READ / range.columnCount));
  for (let top = 0; top < range.rowCount; top += rowsPerBlock) {
    const rows = Math.min(rowsPerBlock, range.rowCount - top);
    const first = toA1({ row: range.rowIndex + top, col: range.columnIndex });
    const last = `${columnLetters(range.columnIndex + range.columnCount - 1)}${range.rowIndex + top + rows}`;
    const block = ws.getRange(`${first}:${last}`);
    block.load('values,text,formulas,numberFormat,valueTypes');
    blocks.push({ sheet, top: range.rowIndex + top, left: range.columnIndex, range: block });
  }
  return blocks;
}

/** The careful path for huge workbooks: used-range sizes first, then values in row blocks. */
async function readInBlocks(context: Excel.RequestContext, features: ExcelFeatures): Promise<WorkbookRead> {
  const { sheets, parts } = loadSheetsAndState(context);
  await context.sync();
  const used = sheets.items.map((ws) => {
    const range = ws.getUsedRangeOrNullObject(true);
    range.load('address,rowIndex,columnIndex,rowCount,columnCount');
    ws.protection.load('protected');
    return range;
  });
  const xml = parts.items[0]?.getXml();
  await context.sync();
  let total = 0;
  const sheetReads = sheets.items.map<SheetRead>((ws, i) => {
    const range = used[i];
    const read: SheetRead = { name: ws.name, visibility: ws.visibility, protection: ws.protection, blocks: [] };
    if (range.isNullObject) return read;
    total += range.rowCount * range.columnCount;
    if (total > MAX_WORKBOOK_CELLS) throw new WorkbookTooLargeError(ws.name, total);
    read.blocks.push(...queueRowBlocks(ws, range, i));
    read.merged = queueMerges(range, features);
    const hidden = queueHidden(range.getRow(0), features);
    if (hidden) read.hidden = { columns: hidden.columns, rows: read.blocks.map((b) => b.range.getRowProperties({ rowHidden: true, rowIndex: true })) };
    return read;
  });
  await context.sync();
  return { snapshot: snapshotOf(sheetReads), state: stateFromXml(xml?.value), syncs: 3 };
}

/** Hidden columns and rows within the cells read, as the CLI reader gives them. */
function setHidden(sheet: SheetSnapshot, hidden: HiddenRead): void {
  const width = sheet.cells.reduce((w, line) => Math.max(w, line?.length ?? 0), 0);
  const columns = hidden.columns.value.filter((p) => p.columnHidden && p.columnIndex! < width).map((p) => p.columnIndex!);
  const rows = hidden.rows.flatMap((r) => r.value).filter((p) => p.rowHidden && p.rowIndex! < sheet.cells.length).map((p) => p.rowIndex!);
  if (columns.length > 0) sheet.hiddenColumns = columns.sort((a, b) => a - b);
  if (rows.length > 0) sheet.hiddenRows = rows.sort((a, b) => a - b);
}

function snapshotOf(reads: readonly SheetRead[]): WorkbookSnapshot {
  const snapshot: WorkbookSnapshot = {
    sheets: reads.map<SheetSnapshot>((r) => ({ name: r.name, hidden: r.visibility !== 'Visible', protected: r.protection.protected, cells: [], merges: [] })),
  };
  reads.forEach((read, i) => {
    const target = snapshot.sheets[i].cells;
    for (const b of read.blocks) {
      const { values, text, formulas, numberFormat, valueTypes } = b.range;
      values.forEach((row, r) => {
        const out: (CellSnapshot | null)[] = [];
        row.forEach((value, c) => {
          out[b.left + c] = cell(value, text[r][c], formulas[r][c], numberFormat[r][c], valueTypes[r][c]);
        });
        target[b.top + r] = out;
      });
    }
    if (read.merged && !read.merged.isNullObject) snapshot.sheets[i].merges = read.merged.areas.items.map<RangeRect>((a) => rangeFromA1(unqualified(a.address)));
    if (read.hidden) setHidden(snapshot.sheets[i], read.hidden);
  });
  for (const s of snapshot.sheets) for (let r = 0; r < s.cells.length; r++) s.cells[r] ??= [];
  return snapshot;
}

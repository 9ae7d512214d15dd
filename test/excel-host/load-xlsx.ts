/**
 * Builds the host's workbook from .xlsx bytes with ExcelJS. Takes bytes, not a path, so the
 * same code runs in the browser (ExcelJS's browser build) when the e2e test loads a fixture.
 * Values are what Office.js would report: formula results, dates as serial numbers.
 */
import ExcelJS from 'exceljs';
import { parseArea } from './address';
import { fromExcelJsColor } from './colors';
import { WorkbookModel, type CellModel, type SheetModel, type SheetVisibility } from './workbook-model';

const VISIBILITY: Record<string, SheetVisibility> = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' };
/** Excel's serial day 0 (1899-12-30, which absorbs the 1900 leap-year bug for modern dates). */
const EPOCH_MS = Date.UTC(1899, 11, 30);

export async function loadXlsx(bytes: ArrayBuffer | Uint8Array): Promise<WorkbookModel> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as ArrayBuffer);
  const model = new WorkbookModel();
  for (const ws of book.worksheets /* already in tab order */) {
    const sheet = model.addSheet(ws.name, { visibility: VISIBILITY[ws.state] ?? 'Visible' });
    readSheet(ws, sheet, model);
  }
  const activeTab = (book.views?.[0] as { activeTab?: number } | undefined)?.activeTab;
  const active = activeTab !== undefined ? model.sheets[activeTab] : undefined;
  if (active && active.visibility === 'Visible') model.activeSheet = active;
  return model;
}

function readSheet(ws: ExcelJS.Worksheet, sheet: SheetModel, model: WorkbookModel): void {
  const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean; formatCells?: boolean } | null }).sheetProtection;
  sheet.protected = Boolean(protection?.sheet);
  sheet.protection = { allowFormatCells: protection?.formatCells === true };
  for (const m of (ws.model as { merges?: string[] }).merges ?? []) {
    const rect = parseArea(m);
    if (rect) sheet.merges.push(rect);
  }
  ws.columns?.forEach((col, i) => {
    // ExcelJS widths are in characters; Excel reports points (about 6 pt per character + padding).
    if (col.width) sheet.columnWidths.set(i, Math.round(col.width * 6 + 5));
    if (col.hidden) sheet.hiddenColumns.add(i);
  });
  // includeEmpty: a cell with only a fill or a note has no value but still matters.
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (row.hidden) sheet.hiddenRows.add(rowNumber - 1);
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      const c = readCell(cell);
      const note = noteText(cell.note);
      if (note !== undefined) model.notes.push({ sheet, row: rowNumber - 1, col: colNumber - 1, content: note, authorName: '' });
      if (Object.keys(c).length > 1 || c.value !== null) Object.assign(sheet.ensureCell(rowNumber - 1, colNumber - 1), c);
    });
  });
  const activeCell = ws.views?.[0]?.activeCell;
  const rect = activeCell ? parseArea(activeCell) : null;
  if (rect && model.activeSheet === sheet) model.selection = { sheet, rect };
}

function readCell(cell: ExcelJS.Cell): CellModel {
  const out: CellModel = { value: null };
  const isMergedAway = cell.isMerged && cell.master !== cell; // the value lives in the top-left cell only
  if (!isMergedAway) Object.assign(out, readValue(cell));
  if (cell.numFmt && cell.numFmt !== 'General') out.numberFormat = cell.numFmt;
  const fill = cell.fill as { type?: string; pattern?: string; fgColor?: object; bgColor?: object } | undefined;
  if (fill?.type === 'pattern' && fill.pattern && fill.pattern !== 'none') {
    out.fill = fromExcelJsColor(fill.fgColor as never) ?? fromExcelJsColor(fill.bgColor as never) ?? '#000000';
  }
  const font = cell.font;
  if (font && (font.bold || font.italic || font.color)) {
    out.font = {};
    if (font.bold) out.font.bold = true;
    if (font.italic) out.font.italic = true;
    const color = fromExcelJsColor(font.color as never);
    if (color) out.font.color = color;
  }
  if (cell.protection?.locked === false) out.locked = false;
  if (cell.alignment?.wrapText) out.wrapText = true;
  return out;
}

function readValue(cell: ExcelJS.Cell): Partial<CellModel> {
  let v = cell.value as unknown;
  const out: Partial<CellModel> = {};
  if (v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
    out.formula = `=${cell.formula}`;
    v = (v as { result?: unknown }).result ?? null;
  }
  if (v === null || v === undefined) out.value = null;
  else if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') out.value = v;
  else if (v instanceof Date) out.value = (v.getTime() - EPOCH_MS) / 86_400_000;
  else if (typeof v === 'object') {
    const o = v as { error?: string; richText?: { text: string }[]; text?: unknown; hyperlink?: string; tooltip?: string };
    if (o.error) Object.assign(out, { value: o.error, error: true });
    else if (o.richText) out.value = o.richText.map((r) => r.text).join('');
    else if (o.hyperlink !== undefined) {
      out.value = typeof o.text === 'string' ? o.text : o.text && typeof o.text === 'object' && 'richText' in o.text ? (o.text as { richText: { text: string }[] }).richText.map((r) => r.text).join('') : '';
      out.hyperlink = { address: o.hyperlink, screenTip: o.tooltip };
    } else out.value = String(v);
  }
  return out;
}

function noteText(note: unknown): string | undefined {
  if (typeof note === 'string') return note;
  if (note && typeof note === 'object' && 'texts' in note) return (note as { texts: { text: string }[] }).texts.map((t) => t.text).join('');
  return undefined;
}

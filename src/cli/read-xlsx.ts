import ExcelJS from 'exceljs';
import type { CellSnapshot, RangeRect, SheetSnapshot, WorkbookSnapshot } from '../engine/model/snapshot';
import { rangeFromA1 } from '../engine/model/address';
import { formatNumber } from './format-number';

/** A file we cannot read: the message is for the user, in Chinese. */
export class UnreadableWorkbookError extends Error {
  constructor(file: string, why: string) {
    super(`无法读取 ${file}：${why}`);
    this.name = 'UnreadableWorkbookError';
  }
}

/** Files above this size are refused before parsing: a 决算 workbook is a few hundred KB. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_MAGIC = [0x50, 0x4b];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function cellSnapshot(cell: ExcelJS.Cell): CellSnapshot | null {
  const numFmt = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : undefined;
  let value = cell.value as unknown;
  let formula: string | undefined;
  if (value && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) {
    const f = value as { formula?: string; sharedFormula?: string; result?: unknown };
    formula = `=${f.formula ?? cell.formula ?? f.sharedFormula ?? ''}`;
    value = f.result ?? null;
  }
  if (value === null || value === undefined) return formula ? { value: null, text: '', formula, numFmt } : null;
  if (typeof value === 'number') return { value, text: formatNumber(value, numFmt), formula, numFmt };
  if (typeof value === 'string') return { value, text: value, formula, numFmt };
  if (typeof value === 'boolean') return { value, text: value ? 'TRUE' : 'FALSE', formula, numFmt };
  if (value instanceof Date) return { value: value.toISOString().slice(0, 10), text: value.toISOString().slice(0, 10), formula, numFmt };
  if (typeof value === 'object') {
    const o = value as { error?: string; richText?: { text: string }[]; text?: string };
    if (o.error) return { value: o.error, text: o.error, formula, numFmt, error: true };
    if (o.richText) {
      const text = o.richText.map((r) => r.text).join('');
      return { value: text, text, formula, numFmt };
    }
    if (typeof o.text === 'string') return { value: o.text, text: o.text, formula, numFmt };
  }
  return { value: String(value), text: String(value), formula, numFmt };
}

function sheetSnapshot(ws: ExcelJS.Worksheet): SheetSnapshot {
  const cells: (CellSnapshot | null)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: (CellSnapshot | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.isMerged && cell.master !== cell) return; // merged value lives in the top-left cell only
      while (out.length < colNumber - 1) out.push(null);
      out[colNumber - 1] = cellSnapshot(cell);
    });
    while (cells.length < rowNumber - 1) cells.push([]);
    cells[rowNumber - 1] = out;
  });
  const mergeList = (ws.model as { merges?: string[] }).merges ?? [];
  const merges: RangeRect[] = mergeList.map((m) => rangeFromA1(m));
  const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
  return { name: ws.name, hidden: ws.state !== 'visible', protected: Boolean(protection?.sheet), cells, merges };
}

/** Reads an .xlsx into the engine's snapshot; refuses encrypted, legacy, foreign or oversized files. */
export async function readXlsx(bytes: Uint8Array, file: string): Promise<WorkbookSnapshot> {
  if (bytes.length === 0) throw new UnreadableWorkbookError(file, '文件为空');
  if (bytes.length > MAX_FILE_BYTES) throw new UnreadableWorkbookError(file, `文件过大（${Math.round(bytes.length / 1048576)} MB，上限 ${MAX_FILE_BYTES / 1048576} MB）`);
  if (startsWith(bytes, CFB_MAGIC)) {
    throw new UnreadableWorkbookError(file, '文件已加密（受密码保护）或为旧版 .xls 格式。请在 Excel 中取消密码保护，或另存为 .xlsx 后再审核');
  }
  if (!startsWith(bytes, ZIP_MAGIC)) throw new UnreadableWorkbookError(file, '不是 Excel 工作簿（.xlsx）文件');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new UnreadableWorkbookError(file, `工作簿已损坏或格式不正确（${error instanceof Error ? error.message : String(error)}）`);
  }
  return { sheets: workbook.worksheets.map(sheetSnapshot) };
}

import ExcelJS from 'exceljs';
// The CLI's reader before src/cli/xlsx: ExcelJS's full object model. Kept for the reader
// comparison in `npm run bench` and for the tests that compare both readers' snapshots.
import type { CellSnapshot, RangeRect, SheetSnapshot, WorkbookSnapshot } from '../../src/engine/model/snapshot';
import { rangeFromA1 } from '../../src/engine/model/address';
import { formatNumber } from '../../src/engine/values/format-number';

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

/** The snapshot ExcelJS gives (no limits, no refusals: a reference for comparisons). */
export async function readXlsxWithExcelJs(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return { sheets: workbook.worksheets.map(sheetSnapshot) };
}

import ExcelJS from 'exceljs';
import type { WorkbookSnapshot } from '../../../src/engine/model/snapshot';

/**
 * Writes a rendered workbook as a real .xlsx (ExcelJS): values, formulas with their results,
 * number formats, merged areas, hidden sheets, and hidden columns and rows as <col hidden="1">
 * and <row hidden="1">, so both readers (src/cli/xlsx and the Excel adapter over the in-memory
 * host) can be tried on what a user's file holds.
 */
export async function writeXlsx(wb: WorkbookSnapshot): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const sheet of wb.sheets) {
    const ws = book.addWorksheet(sheet.name, { state: sheet.hidden ? 'hidden' : 'visible' });
    sheet.cells.forEach((line, r) => {
      line?.forEach((cell, c) => {
        if (!cell) return;
        const target = ws.getCell(r + 1, c + 1);
        const value = cell.error ? { error: String(cell.value) } : cell.value;
        if (cell.formula) target.value = { formula: cell.formula.replace(/^=/, ''), result: value } as ExcelJS.CellFormulaValue;
        else if (value !== null) target.value = value as ExcelJS.CellValue;
        if (cell.numFmt) target.numFmt = cell.numFmt;
      });
    });
    for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    for (const c of sheet.hiddenColumns ?? []) ws.getColumn(c + 1).hidden = true;
    for (const r of sheet.hiddenRows ?? []) ws.getRow(r + 1).hidden = true;
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

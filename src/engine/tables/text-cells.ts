import type { CellPos } from '../model/address';
import type { WorkbookSnapshot } from '../model/snapshot';

export interface TextCell {
  sheet: string;
  pos: CellPos;
  text: string;
}

/** Every text cell of the workbook, for the rules that read words (year, unit name, placeholders). */
export function textCells(workbook: WorkbookSnapshot): TextCell[] {
  const result: TextCell[] = [];
  for (const sheet of workbook.sheets) {
    sheet.cells.forEach((row, r) => {
      row?.forEach((cell, c) => {
        if (cell && typeof cell.value === 'string' && cell.value.trim() !== '' && !cell.error) result.push({ sheet: sheet.name, pos: { row: r, col: c }, text: cell.value });
      });
    });
  }
  return result;
}

import type { CellPos } from '../model/address';
import type { WorkbookSnapshot } from '../model/snapshot';

export interface TextCell {
  sheet: string;
  pos: CellPos;
  text: string;
}

/** Any character that trim() keeps: tested without building the trimmed copy. */
const NOT_BLANK = /\S/;

/** Every text cell of the workbook, for the rules that read words (year, unit name, placeholders). */
export function textCells(workbook: WorkbookSnapshot): TextCell[] {
  const result: TextCell[] = [];
  // Plain loops: this visits every cell of the workbook once per audit (missing rows and cells are empty).
  for (const sheet of workbook.sheets) {
    for (let r = 0; r < sheet.cells.length; r++) {
      const row = sheet.cells[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (cell && typeof cell.value === 'string' && NOT_BLANK.test(cell.value) && !cell.error) result.push({ sheet: sheet.name, pos: { row: r, col: c }, text: cell.value });
      }
    }
  }
  return result;
}

import type { CellPos } from '../model/address';
import type { WorkbookSnapshot } from '../model/snapshot';
import { isNotBlank } from '../values/not-blank';

export interface TextCell {
  sheet: string;
  pos: CellPos;
  text: string;
}

/**
 * Every text cell of the workbook, and the same cells sheet by sheet (for the rules that read
 * words: year, unit name, placeholders); not those of a sheet's hidden copies of its visible
 * columns (`copiesOf`, Grid.helperCopyColumns), whose words are the visible cells' again.
 */
export function textCells(workbook: WorkbookSnapshot, copiesOf: (sheet: string) => ReadonlySet<number> | undefined = () => undefined): { all: TextCell[]; bySheet: Map<string, TextCell[]> } {
  const all: TextCell[] = [];
  const bySheet = new Map<string, TextCell[]>();
  // Plain loops: this visits every cell of the workbook once per audit (missing rows and cells are empty).
  for (const sheet of workbook.sheets) {
    let own = bySheet.get(sheet.name);
    const copies = copiesOf(sheet.name);
    for (let r = 0; r < sheet.cells.length; r++) {
      const row = sheet.cells[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (!cell || typeof cell.value !== 'string' || !isNotBlank(cell.value) || cell.error || copies?.has(c)) continue;
        const text: TextCell = { sheet: sheet.name, pos: { row: r, col: c }, text: cell.value };
        all.push(text);
        if (!own) bySheet.set(sheet.name, (own = []));
        own.push(text);
      }
    }
  }
  return { all, bySheet };
}

// Test-only: HyperFormula (GPL-3.0) evaluates the formulas the fill writes; never imported from src/.
import { HyperFormula, type RawCellContent } from 'hyperformula';
import { fromA1 } from '../../../../src/engine/model/address';
import type { WorkbookSnapshot } from '../../../../src/engine/model/snapshot';
import type { CellWrite } from '../../../../src/engine/plan/change-plan';

export type Evaluated = number | string | boolean | null;

/** A workbook snapshot loaded in a real formula engine, with the fill's writes applied as formulas. */
export class FormulaWorkbook {
  private readonly hf: HyperFormula;

  constructor(workbook: WorkbookSnapshot, writes: readonly CellWrite[] = []) {
    const sheets: Record<string, RawCellContent[][]> = {};
    for (const s of workbook.sheets) {
      // Array.from: the snapshot's rows may be sparse (holes), HyperFormula wants dense arrays.
      sheets[s.name] = Array.from(s.cells, (row) =>
        Array.from(row ?? [], (c): RawCellContent => {
          if (!c || c.value === null) return null;
          if (c.formula) return c.formula;
          // Text such as “=3个” (an indicator target) stays text, as in Excel.
          if (typeof c.value === 'string') return c.value.startsWith('=') ? `'${c.value}` : c.value;
          return c.value;
        }),
      );
    }
    this.hf = HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3' });
    for (const w of writes) this.set(w.sheet, w.cell, w.formula ?? w.value);
  }

  private address(sheet: string, cell: string) {
    const id = this.hf.getSheetId(sheet);
    if (id === undefined) throw new Error(`没有工作表 ${sheet}`);
    const pos = fromA1(cell);
    return { sheet: id, row: pos.row, col: pos.col };
  }

  set(sheet: string, cell: string, content: RawCellContent): void {
    this.hf.setCellContents(this.address(sheet, cell), [[content]]);
  }

  value(sheet: string, cell: string): Evaluated {
    const v = this.hf.getCellValue(this.address(sheet, cell));
    if (v !== null && typeof v === 'object') return `#ERROR:${String((v as { type?: string }).type)}`;
    return v;
  }

  destroy(): void {
    this.hf.destroy();
  }
}

/** The formula engine's result against the engine's cached value (numbers within 1e-9, text exactly). */
export function sameResult(evaluated: Evaluated, cached: CellWrite['value']): boolean {
  if (typeof cached === 'number' && typeof evaluated === 'number') return Math.abs(evaluated - cached) < 1e-9;
  return evaluated === cached;
}

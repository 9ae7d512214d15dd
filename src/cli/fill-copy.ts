import ExcelJS from 'exceljs';
import type { ChangePlan } from '../engine/plan/change-plan';

/**
 * The fill's cell writes applied to a copy of the original workbook: each cell gets its formula
 * with the engine's value as the cached result (a file opened without recalculation shows the
 * right number) and its number format. Loaded from the original bytes, so the other cells,
 * formats and merges stay as they were.
 * Stopgap until the package-patching writer (src/cli/package, applyChangePlan) is in main:
 * ExcelJS re-serializes the package, which can drop parts it does not model (charts, images).
 */
export async function writeFilledCopy(original: Uint8Array, plan: ChangePlan): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(original as unknown as ArrayBuffer);
  for (const w of plan.writes ?? []) {
    const ws = workbook.getWorksheet(w.sheet);
    if (!ws) throw new Error(`工作簿中没有工作表“${w.sheet}”`);
    const found = ws.getCell(w.cell);
    const cell = found.isMerged ? found.master : found;
    const result = w.value === null ? undefined : w.value;
    cell.value = w.formula ? ({ formula: w.formula.replace(/^=/, ''), result } as ExcelJS.CellFormulaValue) : result;
    if (w.numFmt) cell.numFmt = w.numFmt;
  }
  const written = await workbook.xlsx.writeBuffer();
  return new Uint8Array(written as ArrayBuffer);
}

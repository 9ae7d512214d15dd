import { fillChangePlan, type FillPlan } from '../../../../src/engine/fill';
import type { WorkbookSnapshot } from '../../../../src/engine/model/snapshot';
import { FormulaWorkbook, sameResult } from './formula-engine';

/** Cells whose formula, evaluated by HyperFormula on the workbook, differs from the engine's cached value. */
export function formulaDisagreements(wb: WorkbookSnapshot, plan: FillPlan): string[] {
  const writes = fillChangePlan(plan).writes ?? [];
  const hf = new FormulaWorkbook(wb, writes);
  try {
    return writes.filter((w) => !sameResult(hf.value(w.sheet, w.cell), w.value)).map((w) => `${w.sheet}!${w.cell} ${w.formula}: ${String(hf.value(w.sheet, w.cell))} ≠ ${String(w.value)}`);
  } finally {
    hf.destroy();
  }
}

import type { CellWrite } from '../engine/plan/change-plan';
import type { ExcelFeatures } from './features';
import { runBatch } from './run-batch';

/** A filled cell as it was before: what 撤销填充 puts back (its formula or constant, and its format). */
export interface FilledCellBefore {
  sheet: string;
  cell: string;
  /** Range.formulas of the cell before: the formula, the constant, or "" when it was empty. */
  content: string | number | boolean;
  numberFormat: string;
}

/** One fill, recorded so that it can be undone exactly. */
export interface FillRecord {
  cells: FilledCellBefore[];
}

/**
 * Writes the fill's cells in one batch: reads every target's formula/constant and number format
 * (one sync), then sets format and formula (one sync). Two syncs whatever the number of cells
 * or 自评表. Returns what each cell held, for 撤销填充.
 */
export async function applyFill(writes: readonly CellWrite[], features: ExcelFeatures): Promise<{ record: FillRecord; syncs: number }> {
  return runBatch(features, async (context) => {
    const ranges = writes.map((w) => {
      const range = context.workbook.worksheets.getItem(w.sheet).getRange(w.cell);
      range.load(['formulas', 'numberFormat']);
      return range;
    });
    await context.sync();
    const cells: FilledCellBefore[] = writes.map((w, i) => ({ sheet: w.sheet, cell: w.cell, content: ranges[i].formulas[0][0] as string | number | boolean, numberFormat: ranges[i].numberFormat[0][0] as string }));
    writes.forEach((w, i) => {
      // The format first: a cell formatted as text (@) would keep the formula as text.
      if (w.numFmt) ranges[i].numberFormat = [[w.numFmt]];
      ranges[i].formulas = [[w.formula ?? (w.value ?? '')]];
    });
    await context.sync();
    return { record: { cells }, syncs: 2 };
  });
}

/** 撤销填充: every filled cell gets back its former content and number format, in one sync. */
export async function undoFill(record: FillRecord, features: ExcelFeatures): Promise<{ syncs: number }> {
  return runBatch(features, async (context) => {
    for (const c of record.cells) {
      const range = context.workbook.worksheets.getItem(c.sheet).getRange(c.cell);
      range.numberFormat = [[c.numberFormat]];
      range.formulas = [[c.content]];
    }
    await context.sync();
    return { syncs: 1 };
  });
}

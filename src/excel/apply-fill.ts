import type { CellWrite } from '../engine/plan/change-plan';
import type { ExcelFeatures } from './features';
import { runBatch } from './run-batch';
import { queueReadState, queueWriteState } from './state-part';

/** A filled cell as it was before, and what the fill wrote: what 撤销填充 puts back, and checks. */
export interface FilledCellBefore {
  sheet: string;
  cell: string;
  /** Range.formulas of the cell before: the formula, the constant, or "" when it was empty. */
  content: string | number | boolean;
  numberFormat: string;
  /** What the fill wrote (formula or constant): 撤销填充 leaves a cell the user changed since. */
  written?: string | number | boolean;
}

/** One fill, recorded so that it can be undone exactly (kept in the workbook's saved state). */
export interface FillRecord {
  cells: FilledCellBefore[];
}

export interface UndoResult {
  restored: number;
  /** Cells changed by the user after the fill: left as they are, named in the message. */
  kept: string[];
  syncs: number;
}

/**
 * Writes the fill's cells in one batch: reads every target's formula/constant and number format
 * with the saved state (one sync), then sets format and formula and saves the record in the
 * workbook (one sync), so 撤销填充 still works after the pane or the workbook was closed. Two
 * syncs whatever the number of cells or 自评表. Returns what each cell held.
 */
export async function applyFill(writes: readonly CellWrite[], features: ExcelFeatures): Promise<{ record: FillRecord; syncs: number }> {
  return runBatch(features, async (context) => {
    const saved = queueReadState(context);
    const ranges = writes.map((w) => {
      const range = context.workbook.worksheets.getItem(w.sheet).getRange(w.cell);
      range.load(['formulas', 'numberFormat']);
      return range;
    });
    await context.sync();
    const cells: FilledCellBefore[] = writes.map((w, i) => ({
      sheet: w.sheet,
      cell: w.cell,
      content: ranges[i].formulas[0][0] as string | number | boolean,
      numberFormat: ranges[i].numberFormat[0][0] as string,
      written: w.formula ?? w.value ?? '',
    }));
    writes.forEach((w, i) => {
      // The format first: a cell formatted as text (@) would keep the formula as text.
      if (w.numFmt) ranges[i].numberFormat = [[w.numFmt]];
      ranges[i].formulas = [[w.formula ?? (w.value ?? '')]];
    });
    const record = { cells };
    queueWriteState(context, saved.parts, { ...saved.state(), lastFill: record });
    await context.sync();
    return { record, syncs: 2 };
  });
}

/** The last fill saved in the workbook, if it was not undone: 撤销填充 after reopening. One sync. */
export async function readLastFill(features: ExcelFeatures): Promise<FillRecord | undefined> {
  return runBatch(features, async (context) => {
    const saved = queueReadState(context);
    await context.sync();
    return saved.state().lastFill;
  });
}

/**
 * 撤销填充: every filled cell still holding what the fill wrote gets back its former content and
 * number format; a cell the user changed since keeps the user's content. The record leaves the
 * saved state. Two syncs: read the cells and the state, then write.
 */
export async function undoFill(record: FillRecord, features: ExcelFeatures): Promise<UndoResult> {
  return runBatch(features, async (context) => {
    const saved = queueReadState(context);
    const ranges = record.cells.map((c) => context.workbook.worksheets.getItem(c.sheet).getRange(c.cell).load('formulas'));
    await context.sync();
    const kept: string[] = [];
    record.cells.forEach((c, i) => {
      // Records saved before `written` existed are restored as they always were.
      if (c.written !== undefined && ranges[i].formulas[0][0] !== c.written) {
        kept.push(`${c.sheet}!${c.cell}`);
        return;
      }
      ranges[i].numberFormat = [[c.numberFormat]];
      ranges[i].formulas = [[c.content]];
    });
    const { lastFill: _undone, ...state } = saved.state();
    queueWriteState(context, saved.parts, state);
    await context.sync();
    return { restored: record.cells.length - kept.length, kept, syncs: 2 };
  });
}

import type { CellWrite } from '../engine/plan/change-plan';
import type { WorkbookSnapshot } from '../engine/model/snapshot';
import { applyFill, readLastFill, undoFill, type FillRecord, type UndoResult } from './apply-fill';
import { officeFeatures, type ExcelFeatures } from './features';
import { readWorkbook } from './read-workbook';

/** What the 填充 panel may do with the workbook: passed as a prop, so tests can pass a fake. */
export interface FillHost {
  readWorkbook(): Promise<WorkbookSnapshot>;
  applyFill(writes: readonly CellWrite[]): Promise<FillRecord>;
  /** The fill saved in the workbook and not yet undone (after reopening the pane or the file). */
  lastFill(): Promise<FillRecord | undefined>;
  undoFill(record: FillRecord): Promise<Omit<UndoResult, 'syncs'>>;
}

/** The Office.js implementation; call after Office.onReady. */
export function createFillHost(features: ExcelFeatures = officeFeatures()): FillHost {
  return {
    async readWorkbook() {
      return (await readWorkbook(features)).snapshot;
    },
    async applyFill(writes) {
      return (await applyFill(writes, features)).record;
    },
    lastFill() {
      return readLastFill(features);
    },
    async undoFill(record) {
      const { restored, kept } = await undoFill(record, features);
      return { restored, kept };
    },
  };
}

export type { FillRecord };

import type { CellWrite } from '../engine/plan/change-plan';
import type { WorkbookSnapshot } from '../engine/model/snapshot';
import { applyFill, undoFill, type FillRecord } from './apply-fill';
import { officeFeatures, type ExcelFeatures } from './features';
import { readWorkbook } from './read-workbook';

/** What the 填充 panel may do with the workbook: passed as a prop, so tests can pass a fake. */
export interface FillHost {
  readWorkbook(): Promise<WorkbookSnapshot>;
  applyFill(writes: readonly CellWrite[]): Promise<FillRecord>;
  undoFill(record: FillRecord): Promise<void>;
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
    async undoFill(record) {
      await undoFill(record, features);
    },
  };
}

export type { FillRecord };

import type { CellNote, MarkPlan } from '../engine/plan/mark-plan';
import type { ReportPlan } from '../engine/plan/report-plan';
import { clearMarks } from './clear-marks';
import { officeFeatures, type ExcelFeatures } from './features';
import { readThenMark, type WorkbookAndSettings } from './read-then-mark';
import { selectCells } from './select-cells';
import { saveSettings, type SettingsPatch } from './settings';
import { writeReport } from './write-report';

/** What the task pane may do with the workbook: passed to App as a prop (convention 11). */
export interface WorkbookHost {
  features: ExcelFeatures;
  readWorkbook(): Promise<WorkbookAndSettings>;
  applyMarks(plan: MarkPlan): Promise<{ skippedNotes: CellNote[] }>;
  clearMarks(): Promise<{ restoredCells: number; removedNotes: number }>;
  writeReport(plan: ReportPlan): Promise<{ sheetName: string }>;
  selectCells(sheet: string, cells: readonly string[]): Promise<void>;
  saveSettings(patch: SettingsPatch): Promise<void>;
}

/** The Office.js implementation; call after Office.onReady. */
export function createExcelHost(features: ExcelFeatures = officeFeatures()): WorkbookHost {
  // An audit's read (or a saved 出错说明) serves the marking that follows.
  const workbook = readThenMark(features);
  return {
    features,
    readWorkbook: () => workbook.read(),
    applyMarks: (plan) => workbook.mark(plan),
    clearMarks: () => {
      workbook.forget();
      return clearMarks(features);
    },
    writeReport: (plan) => writeReport(plan, features),
    selectCells: (sheet, cells) => selectCells(sheet, cells, features),
    async saveSettings(patch) {
      workbook.forget();
      workbook.saved(await saveSettings(patch, features));
    },
  };
}

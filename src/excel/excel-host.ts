import type { CellNote, Explanations, MarkPlan } from '../engine/plan/mark-plan';
import type { ReportPlan } from '../engine/plan/report-plan';
import type { WorkbookSnapshot } from '../engine/model/snapshot';
import type { TableOverride } from '../engine/recognize/recognize-workbook';
import type { UnitType } from '../engine/rules/rule';
import { applyMarks, type KnownState } from './apply-marks';
import { clearMarks } from './clear-marks';
import { officeFeatures, type ExcelFeatures } from './features';
import { readWorkbook } from './read-workbook';
import { selectCells } from './select-cells';
import { saveSettings, type SettingsPatch } from './settings';
import { writeReport } from './write-report';

/** What the task pane may do with the workbook: passed to App as a prop (convention 11). */
export interface WorkbookHost {
  features: ExcelFeatures;
  readWorkbook(): Promise<{ snapshot: WorkbookSnapshot; overrides: TableOverride[]; explanations: Explanations; unitType?: UnitType }>;
  applyMarks(plan: MarkPlan): Promise<{ skippedNotes: CellNote[] }>;
  clearMarks(): Promise<{ restoredCells: number; removedNotes: number }>;
  writeReport(plan: ReportPlan): Promise<{ sheetName: string }>;
  selectCells(sheet: string, cells: readonly string[]): Promise<void>;
  saveSettings(patch: SettingsPatch): Promise<void>;
}

/** The Office.js implementation; call after Office.onReady. */
export function createExcelHost(features: ExcelFeatures = officeFeatures()): WorkbookHost {
  // The saved state (and protection) just read or just saved, for the marking that follows an
  // audit's read or a saved 出错说明: used once, so any other step reads them afresh.
  let justRead: KnownState | undefined;
  return {
    features,
    async readWorkbook() {
      const { snapshot, state } = await readWorkbook(features);
      justRead = { state, protectedSheets: snapshot.sheets.filter((s) => s.protected).map((s) => s.name) };
      return { snapshot, overrides: state.overrides, explanations: state.explanations, unitType: state.unitType };
    },
    applyMarks: (plan) => {
      const known = justRead;
      justRead = undefined;
      return applyMarks(plan, features, known);
    },
    clearMarks: () => {
      justRead = undefined;
      return clearMarks(features);
    },
    writeReport: (plan) => writeReport(plan, features),
    selectCells: (sheet, cells) => selectCells(sheet, cells, features),
    async saveSettings(patch) {
      justRead = undefined;
      justRead = { state: await saveSettings(patch, features) };
    },
  };
}

import type { Explanations, MarkPlan } from '../engine/plan/mark-plan';
import type { WorkbookSnapshot } from '../engine/model/snapshot';
import type { TableOverride } from '../engine/recognize/recognize-workbook';
import type { UnitType } from '../engine/rules/rule';
import { applyMarks, type KnownState, type MarkResult } from './apply-marks';
import type { ExcelFeatures } from './features';
import type { StoredState } from './stored-state';
import { readWorkbook } from './read-workbook';

/** The workbook and the settings saved in it (corrections, 出错说明, 单位类型). */
export interface WorkbookAndSettings {
  snapshot: WorkbookSnapshot;
  overrides: TableOverride[];
  explanations: Explanations;
  unitType?: UnitType;
}

/**
 * Reading and marking that share one read: the saved state (and protection) just read, or just
 * saved, serves the marking that follows, once, so an audit marks in 2 syncs after its read;
 * any other step calls forget() and the next marking reads them afresh.
 */
export function readThenMark(features: ExcelFeatures) {
  let justRead: KnownState | undefined;
  return {
    async read(): Promise<WorkbookAndSettings> {
      const { snapshot, state } = await readWorkbook(features);
      justRead = { state, protectedSheets: snapshot.sheets.filter((s) => s.protected).map((s) => s.name) };
      return { snapshot, overrides: state.overrides, explanations: state.explanations, unitType: state.unitType };
    },
    mark(plan: MarkPlan): Promise<MarkResult> {
      const known = justRead;
      justRead = undefined;
      return applyMarks(plan, features, known);
    },
    /** A step that saved the state: the marking that follows may use it. */
    saved(state: StoredState): void {
      justRead = { state };
    },
    forget(): void {
      justRead = undefined;
    },
  };
}

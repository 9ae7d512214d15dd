import type { WorkbookSnapshot } from '../../src/engine/model/snapshot';
import type { Explanations, MarkPlan } from '../../src/engine/plan/mark-plan';
import type { ReportPlan } from '../../src/engine/plan/report-plan';
import type { TableOverride } from '../../src/engine/recognize/recognize-workbook';
import type { WorkbookHost } from '../../src/excel/excel-host';
import type { ExcelFeatures } from '../../src/excel/features';
import type { SettingsPatch } from '../../src/excel/settings';
import type { UnitType } from '../../src/engine/rules/rule';

export type HostCall =
  | { kind: 'readWorkbook' }
  | { kind: 'applyMarks'; plan: MarkPlan }
  | { kind: 'clearMarks' }
  | { kind: 'writeReport'; plan: ReportPlan }
  | { kind: 'selectCells'; sheet: string; cells: string[] }
  | { kind: 'saveSettings'; patch: SettingsPatch };

/**
 * A WorkbookHost over a snapshot: it records every call, keeps the saved settings like the
 * custom XML part does, and counts the cells it has marked so 清除标记 can report them.
 */
export class FakeHost implements WorkbookHost {
  features: ExcelFeatures = { rangeAreas: true, comments: true, mergedAreas: true, notes: true, mergeUndoGroup: false };
  calls: HostCall[] = [];
  overrides: TableOverride[] = [];
  unitType?: UnitType;
  explanations: Explanations = {};
  marks?: MarkPlan;
  sheets: string[];
  /** Makes the next call of that name fail with this error. */
  failNext: Partial<Record<HostCall['kind'], unknown>> = {};

  constructor(public snapshot: WorkbookSnapshot) {
    this.sheets = snapshot.sheets.map((s) => s.name);
  }

  private enter(call: HostCall): void {
    this.calls.push(call);
    if (call.kind in this.failNext) {
      const error = this.failNext[call.kind];
      delete this.failNext[call.kind];
      throw error;
    }
  }

  count(kind: HostCall['kind']): number {
    return this.calls.filter((c) => c.kind === kind).length;
  }

  last<K extends HostCall['kind']>(kind: K): Extract<HostCall, { kind: K }> | undefined {
    return this.calls.filter((c): c is Extract<HostCall, { kind: K }> => c.kind === kind).pop();
  }

  async readWorkbook() {
    this.enter({ kind: 'readWorkbook' });
    return { snapshot: this.snapshot, overrides: [...this.overrides], explanations: { ...this.explanations }, unitType: this.unitType };
  }

  async applyMarks(plan: MarkPlan) {
    this.enter({ kind: 'applyMarks', plan });
    this.marks = plan;
    return { skippedNotes: [] };
  }

  async clearMarks() {
    this.enter({ kind: 'clearMarks' });
    const cells = (this.marks?.highlights ?? []).reduce((n, h) => n + h.rects.reduce((m, r) => m + (r.bottom - r.top + 1) * (r.right - r.left + 1), 0), 0);
    const notes = this.marks?.notes.length ?? 0;
    this.marks = undefined;
    return { restoredCells: cells, removedNotes: notes };
  }

  async writeReport(plan: ReportPlan) {
    this.enter({ kind: 'writeReport', plan });
    this.sheets.push(plan.sheetName);
    return { sheetName: plan.sheetName };
  }

  async selectCells(sheet: string, cells: readonly string[]) {
    this.enter({ kind: 'selectCells', sheet, cells: [...cells] });
  }

  async saveSettings(patch: SettingsPatch) {
    this.enter({ kind: 'saveSettings', patch });
    if (patch.overrides) this.overrides = [...patch.overrides];
    if (patch.explanations) this.explanations = { ...patch.explanations };
    if (patch.unitType !== undefined) this.unitType = patch.unitType ?? undefined;
  }
}

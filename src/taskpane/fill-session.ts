import { fillChangePlan, planFill, type FillItem, type FillPlan } from '../engine/fill';
import type { WorkbookSnapshot } from '../engine/model/snapshot';
import { recognizeWorkbook } from '../engine/recognize/recognize-workbook';
import type { FillHost, FillRecord } from '../excel/fill-host';

/** One line of the 填充 preview: the cell, what it holds, what would be written. */
export interface PreviewRow {
  key: string;
  where: string;
  label: string;
  current: string;
  value: string;
  formula: string;
  conflict: boolean;
}

export function previewRows(plan: FillPlan): PreviewRow[] {
  return plan.items
    .filter((i) => i.status !== 'same')
    .map((i: FillItem) => ({ key: i.key, where: `${i.sheet}!${i.cell}`, label: i.label, current: i.actual || '（空）', value: i.expected, formula: i.write.formula ?? '', conflict: i.status === 'conflict' }));
}

/** The plan for a snapshot, with the conflicts the user ticked to replace. */
export function planFor(snapshot: WorkbookSnapshot, replace: readonly string[]): FillPlan {
  return planFill(recognizeWorkbook(snapshot), { replace });
}

/** Writes the chosen cells; the record is what 撤销填充 needs. */
export async function writeFill(host: FillHost, plan: FillPlan): Promise<{ record: FillRecord; written: number }> {
  const writes = fillChangePlan(plan).writes ?? [];
  const record = await host.applyFill(writes);
  return { record, written: writes.length };
}

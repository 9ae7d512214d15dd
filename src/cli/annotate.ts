import type { ChangePlan } from '../engine/plan/change-plan';
import { planMarks } from '../engine/plan/mark-plan';
import { planReport } from '../engine/plan/report-plan';
import type { AuditReport } from './audit-report';
import { applyChangePlan, workbookSheets } from './package/apply-change-plan';
import { reportSheetPlan } from './report-sheet';

/**
 * A marked copy of the original workbook, from the same plans the add-in applies, patched into
 * the original package: flagged cells get the fill of their worst finding and a 【决算助手】 note
 * (a note the cell had is kept below ours), a 审核报告 sheet lists everything, and every other
 * part of the file keeps its bytes. On a copy annotated before, the earlier marks and report
 * are replaced, not stacked.
 */
export function annotateWorkbook(original: Uint8Array, report: AuditReport, file: string): Uint8Array {
  const { sheets, toolSheets } = workbookSheets(original);
  const userSheets = sheets.filter((s) => !toolSheets.includes(s));
  const reportPlan = planReport(report, userSheets, {}, file);
  const { sheet, highlights } = reportSheetPlan(reportPlan);
  const marks = planMarks(report.findings);
  const plan: ChangePlan = { marks: { highlights: [...marks.highlights, ...highlights], notes: marks.notes }, newSheets: [sheet] };
  return applyChangePlan(original, plan);
}

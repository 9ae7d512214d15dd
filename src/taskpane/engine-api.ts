import type { AuditInput, AuditResult } from '../engine/audit';
import type { WorkbookSnapshot } from '../engine/model/snapshot';
import type { Finding } from '../engine/finding';
import type { Explanations, MarkPlan } from '../engine/plan/mark-plan';
import type { ReportPlan } from '../engine/plan/report-plan';

/**
 * The engine as the pane uses it, passed in as a prop (architecture convention 11) so tests and
 * the browser demo can pass the real engine or a fake one.
 */
export interface AuditEngine {
  audit(snapshot: WorkbookSnapshot, options: AuditInput): AuditResult;
  planMarks(findings: readonly Finding[], explanations: Explanations): MarkPlan;
  planReport(result: AuditResult, existingSheets: readonly string[], explanations: Explanations): ReportPlan;
}

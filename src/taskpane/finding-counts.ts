import { summarize, type AuditSummary } from '../engine/audit';
import type { Finding } from '../engine/finding';
import type { Explanations } from '../engine/plan/mark-plan';
import { shownParts } from '../engine/plan/summary-text';

/**
 * The counts of a set of findings (one table's) by the engine's summarize(), the one source of
 * every count the pane, the CLI and the report show.
 */
export function countFindings(findings: readonly Finding[], explanations: Explanations): AuditSummary {
  return summarize(findings, [], explanations);
}

/** The non-empty counts of a table, important first: “错误 2 · 尾差 1”; empty when none. */
export function countsLine(counts: AuditSummary): string {
  return shownParts(counts)
    .filter((p) => p.key !== 'unchecked' && p.count > 0)
    .map((p) => `${p.label} ${p.count}`)
    .join(' · ');
}

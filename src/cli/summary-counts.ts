import type { AuditSummary } from '../engine/audit';
import { summaryLine } from '../engine/plan/summary-text';
import type { AuditReport } from './audit-report';

/** The per-file counts: the engine's summary, the one source of every count users read. */
export type SummaryCounts = AuditSummary;

export function summaryCounts(report: AuditReport): SummaryCounts {
  return report.summary;
}

export function addCounts(a: SummaryCounts, b: SummaryCounts): SummaryCounts {
  return {
    error: a.error + b.error,
    warning: a.warning + b.warning,
    rounding: a.rounding + b.rounding,
    info: a.info + b.info,
    unchecked: a.unchecked + b.unchecked,
    explained: a.explained + b.explained,
  };
}

export const NO_COUNTS: SummaryCounts = { error: 0, warning: 0, rounding: 0, info: 0, unchecked: 0, explained: 0 };

/** “错误 3，警告 5，提示 1，尾差 12，未检查 4”, the same words and order as the pane and the report. */
export function countsText(c: SummaryCounts): string {
  return summaryLine(c);
}

export function summaryText(report: AuditReport): string {
  return `识别 ${report.tables.length} 张表；${countsText(summaryCounts(report))}`;
}

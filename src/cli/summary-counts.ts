import type { AuditReport } from './audit-report';

/** The per-file counts users read: info is split into 尾差 (rounding) and 提示 (the rest). */
export interface SummaryCounts {
  error: number;
  warning: number;
  rounding: number;
  info: number;
  unchecked: number;
}

export function summaryCounts(report: AuditReport): SummaryCounts {
  const f = report.findings;
  return {
    error: f.filter((x) => x.severity === 'error').length,
    warning: f.filter((x) => x.severity === 'warning').length,
    rounding: f.filter((x) => x.severity === 'info' && x.rounding).length,
    info: f.filter((x) => x.severity === 'info' && !x.rounding).length,
    unchecked: report.unchecked.length,
  };
}

export function addCounts(a: SummaryCounts, b: SummaryCounts): SummaryCounts {
  return { error: a.error + b.error, warning: a.warning + b.warning, rounding: a.rounding + b.rounding, info: a.info + b.info, unchecked: a.unchecked + b.unchecked };
}

export const NO_COUNTS: SummaryCounts = { error: 0, warning: 0, rounding: 0, info: 0, unchecked: 0 };

/** “识别 13 张表；错误 3，警告 5，尾差 12，提示 1，未检查 4” without the file name. */
export function countsText(c: SummaryCounts): string {
  return `错误 ${c.error}，警告 ${c.warning}，尾差 ${c.rounding}，提示 ${c.info}，未检查 ${c.unchecked}`;
}

export function summaryText(report: AuditReport): string {
  return `识别 ${report.tables.length} 张表；${countsText(summaryCounts(report))}`;
}

import type { Finding, Severity } from '../finding';

/** Higher is worse: sorts errors first and picks a cell's colour when several findings share it. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** For rules, which have a severity but no rounding flag. */
export const SEVERITY_WORDS: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

/** The word users see: 尾差 is an info finding inside the rounding envelope (domain-rules §3). */
export function severityWord(finding: Pick<Finding, 'severity' | 'rounding'>): string {
  return finding.severity === 'info' && finding.rounding ? '尾差' : SEVERITY_WORDS[finding.severity];
}

/** The order users read: 错误 → 警告 → 提示 → 尾差 (尾差 last: within the allowed range). */
function readingRank(finding: Pick<Finding, 'severity' | 'rounding'>): number {
  return SEVERITY_RANK[finding.severity] * 2 - (finding.severity === 'info' && finding.rounding ? 1 : 0);
}

/** Worst first (错误, 警告, 提示, 尾差); the engine's order (table order, row order) is kept within each. */
export function bySeverity<T extends Pick<Finding, 'severity' | 'rounding'>>(findings: readonly T[]): T[] {
  return [...findings].sort((a, b) => readingRank(b) - readingRank(a));
}

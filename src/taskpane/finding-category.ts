import type { Finding } from '../engine/finding';
import { findingKey } from '../engine/plan/finding-key';
import type { Explanations } from '../engine/plan/mark-plan';

/**
 * How the pane sorts and counts findings: by severity, except that a difference within the
 * rounding envelope is its own category (尾差), never an error (domain-rules.md §3).
 */
export type Category = 'error' | 'warning' | 'info' | 'rounding';

/** The reading order: the important first, 尾差 (within the allowed range) last. */
export const CATEGORIES: readonly Category[] = ['error', 'warning', 'info', 'rounding'];

export const CATEGORY_LABEL: Record<Category, string> = { error: '错误', warning: '警告', info: '提示', rounding: '尾差' };

const RANK: Record<Category, number> = { error: 0, warning: 1, info: 2, rounding: 3 };

export function categoryOf(finding: Pick<Finding, 'severity' | 'rounding'>): Category {
  return finding.rounding && finding.severity === 'info' ? 'rounding' : finding.severity;
}

/** 出错说明 are for what the accountant must answer for: errors and warnings. */
export function canExplain(finding: Pick<Finding, 'severity' | 'rounding'>): boolean {
  const category = categoryOf(finding);
  return category === 'error' || category === 'warning';
}

export function explanationOf(finding: Finding, explanations: Explanations): string | undefined {
  const text = explanations[findingKey(finding)];
  return text ? text : undefined;
}

/** 错误 → 警告 → 提示 → 尾差; the engine's order (table order, row order) within each. */
export function orderFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => RANK[categoryOf(a.f)] - RANK[categoryOf(b.f)] || a.i - b.i)
    .map((x) => x.f);
}

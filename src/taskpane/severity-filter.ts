import type { Finding } from '../engine/finding';
import type { Explanations } from '../engine/plan/mark-plan';
import { CATEGORY_LABEL, categoryOf, explanationOf, type Category } from './finding-category';

/** What the summary badges filter on: everything, one category, or the explained findings. */
export type SeverityFilter = 'all' | Category | 'explained';

export const FILTER_LABEL: Record<SeverityFilter, string> = { all: '全部', ...CATEGORY_LABEL, explained: '已说明' };

/** A finding is shown under a filter: a category filter shows explained findings of it too. */
export function matchesFilter(finding: Finding, filter: SeverityFilter, explanations: Explanations): boolean {
  if (filter === 'all') return true;
  if (filter === 'explained') return explanationOf(finding, explanations) !== undefined;
  return categoryOf(finding) === filter;
}

export function filterFindings(findings: readonly Finding[], filter: SeverityFilter, explanations: Explanations = {}): Finding[] {
  return findings.filter((f) => matchesFilter(f, filter, explanations));
}

/** The findings section's title: “审核结果（43）”, or “审核结果（警告 7 / 共 43）” when filtered. */
export function findingsTitle(findings: readonly Finding[], filter: SeverityFilter, explanations: Explanations): string {
  if (filter === 'all') return `审核结果（${findings.length}）`;
  return `审核结果（${FILTER_LABEL[filter]} ${filterFindings(findings, filter, explanations).length} / 共 ${findings.length}）`;
}

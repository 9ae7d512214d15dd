import type { Finding } from '../engine/finding';
import { CATEGORIES, CATEGORY_LABEL, categoryOf, type Category } from './finding-category';

export type SeverityFilter = 'all' | Category;

export const SEVERITY_FILTERS: readonly { value: SeverityFilter; label: string }[] = [
  { value: 'all', label: '全部' },
  ...CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABEL[c] })),
];

export function isSeverityFilter(value: string): value is SeverityFilter {
  return SEVERITY_FILTERS.some((f) => f.value === value);
}

export function filterFindings(findings: readonly Finding[], filter: SeverityFilter): Finding[] {
  return filter === 'all' ? [...findings] : findings.filter((f) => categoryOf(f) === filter);
}

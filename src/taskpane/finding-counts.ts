import type { Finding } from '../engine/finding';
import type { Explanations } from '../engine/plan/mark-plan';
import { CATEGORIES, CATEGORY_LABEL, categoryOf, explanationOf, type Category } from './finding-category';

/** Findings of one category: those still open and those the accountant explained (出错说明). */
export interface CategoryCount {
  open: number;
  explained: number;
}

export type FindingCounts = Record<Category, CategoryCount>;

export function countFindings(findings: readonly Finding[], explanations: Explanations): FindingCounts {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, { open: 0, explained: 0 }])) as FindingCounts;
  for (const f of findings) {
    const count = counts[categoryOf(f)];
    if (explanationOf(f, explanations)) count.explained++;
    else count.open++;
  }
  return counts;
}

/** “错误 3”, or “错误 3（已说明 1）” when some are explained: 3 are still open. */
export function countLabel(category: Category, count: CategoryCount): string {
  const base = `${CATEGORY_LABEL[category]} ${count.open}`;
  return count.explained > 0 ? `${base}（已说明 ${count.explained}）` : base;
}

export function totalOf(count: CategoryCount): number {
  return count.open + count.explained;
}

/** The non-empty categories as labels, worst first: “错误 2 · 尾差 1”; empty when none. */
export function countsLine(counts: FindingCounts): string {
  return CATEGORIES.filter((c) => totalOf(counts[c]) > 0)
    .map((c) => countLabel(c, counts[c]))
    .join(' · ');
}

import type { Finding } from '../../finding';
import type { Table } from '../../tables/table';
import { attachKnockOns } from './attach-knock-ons';
import { columnNamer } from './column-namer';
import { mergeSameFigures } from './merge-same-figures';

/**
 * One root cause, one finding (issue 6): runs after every rule, on the findings only. Rules
 * themselves keep cosmetic repeats to one finding and leave duplicate 自评表 out; this step joins
 * what only the whole list shows — one identity broken alike in several columns (named as the
 * tables print them, hence `tables`), and findings that are the consequence of another.
 */
export function dedupeFindings(findings: readonly Finding[], tables: readonly Table[] = []): Finding[] {
  return attachKnockOns(mergeSameFigures(findings, columnNamer(tables)));
}

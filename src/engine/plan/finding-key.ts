import type { Finding } from '../finding';

/**
 * A finding's identity across audits: rule, sheet and cells. An explanation (出错说明) saved in
 * the workbook stays attached as long as the same identity fails at the same cells.
 */
export function findingKey(finding: Pick<Finding, 'code' | 'locations'>): string {
  return `${finding.code}|${finding.locations.map((l) => `${l.sheet}!${l.cell}`).join(',')}`;
}

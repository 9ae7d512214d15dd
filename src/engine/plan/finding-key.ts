import type { Finding } from '../finding';

type Keyed = Pick<Finding, 'code' | 'locations'>;

/**
 * Keys already built, by finding object: a finding with hundreds of cells is asked for its key
 * from every cell note and list row, and building it walks all its cells. The entry remembers
 * the code and the locations array (and its length) it was built from, so a changed finding
 * gets a fresh key.
 */
const built = new WeakMap<Keyed, { code: string; locations: Keyed['locations']; count: number; key: string }>();

/**
 * A finding's identity across audits: rule, sheet and cells. An explanation (出错说明) saved in
 * the workbook stays attached as long as the same identity fails at the same cells.
 */
export function findingKey(finding: Keyed): string {
  const hit = built.get(finding);
  if (hit && hit.code === finding.code && hit.locations === finding.locations && hit.count === finding.locations.length) return hit.key;
  const key = `${finding.code}|${finding.locations.map((l) => `${l.sheet}!${l.cell}`).join(',')}`;
  built.set(finding, { code: finding.code, locations: finding.locations, count: finding.locations.length, key });
  return key;
}

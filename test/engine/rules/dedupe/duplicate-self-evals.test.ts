import { audit } from '../../../../src/engine/audit';
import type { WorkbookSnapshot } from '../../../../src/engine/model/snapshot';
import { seedSelfEvals } from '../../../helpers/performance-grids';

const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

function countByCode(wb: WorkbookSnapshot): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of audit(wb).findings) counts[f.code] = (counts[f.code] ?? 0) + 1;
  return counts;
}

describe('a 自评表 printed twice (PE-12) is checked once', () => {
  it.each([['000', 1] as const, ['004', 1] as const, ['004', 3] as const])('seed %s project %i: the copy adds only the PE-12 finding', (seed, project) => {
    const once = seedSelfEvals(seed, { edit: (p) => p.splice(0, p.length, p[project - 1]) });
    const twice = seedSelfEvals(seed, { edit: (p) => p.splice(0, p.length, p[project - 1], copy(p[project - 1])) });
    expect(twice.sheets).toHaveLength(2);
    const expected: Record<string, number> = { ...countByCode(once), 'PE-12': 1 };
    const actual = countByCode(twice);
    // S-7 and S-4 name cells of every sheet in one finding; they are not per table.
    for (const code of Object.keys({ ...expected, ...actual }).filter((c) => c.startsWith('PE-'))) expect([code, actual[code] ?? 0]).toEqual([code, expected[code] ?? 0]);
  });
});

import { audit, type AuditResult } from '../../src/engine/audit';
import { toA1 } from '../../src/engine/model/address';
import { signatures } from '../helpers/render-layouts/compare';
import { killed, mutants } from '../helpers/render-layouts/mutants';
import { RENDERINGS } from '../helpers/render-layouts/renderings';
import { render, seedBase, SEEDS, type SeedBase } from '../helpers/render-layouts/seed-renderings';

/**
 * Metamorphic test (issue 6 item 7): every seed's 公开 tables re-rendered in every layout of
 * RENDERINGS must give the original's findings — same codes, severities, figures, and cells
 * mapped back to the original's cells. Cells a layout does not print (行次, 栏次) drop out of
 * the comparison; a finding about nothing else (L-1 “行次印成 1.00”) is not expected there.
 *
 * Mutants run in memory. Every mutant runs on the original (test/system/mutation.test.ts); on
 * each rendering a fixed rotating share runs (mutant i on rendering i mod STRIDE, so together
 * the renderings cover every mutant), which keeps CI time modest.
 */
const STRIDE = 7;

function brief(result: AuditResult): string[] {
  return result.findings.map((f) => `${f.code}|${f.severity}|${f.sheet}|${f.cells.join(',')}`).sort();
}

describe.each(SEEDS)('layout renderings of seed %s', (seed) => {
  let base: SeedBase;
  beforeAll(async () => {
    base = await seedBase(seed);
  });

  it('renders the fixture layout exactly: same findings at the same cells', () => {
    expect(brief(base.originalResult)).toEqual(brief(base.fixtureResult));
    expect(base.originalResult.findings.length).toBeGreaterThan(0);
  });

  it.each(RENDERINGS.map((r, i) => [r.name, i] as const))('%s: same findings as the original', (_name, i) => {
    const rendering = RENDERINGS[i];
    const rendered = render(base, rendering);
    const result = audit(rendered.workbook);
    expect(result.unrecognized).toEqual([]);
    expect(result.tables.map((t) => t.table).sort()).toEqual(base.originalResult.tables.map((t) => t.table).sort());
    expect(signatures(result.findings, rendered, rendered.dropped)).toEqual(signatures(base.originalResult.findings, base.original, rendered.dropped));
  });

  it.each(RENDERINGS.map((r, i) => [r.name, i] as const))('%s: kills its share of the mutants', (_name, i) => {
    const rendered = render(base, RENDERINGS[i]);
    const all = mutants(rendered.workbook);
    expect(all.length).toBeGreaterThan(50);
    const share = all.filter((_, k) => k % STRIDE === i % STRIDE);
    const survivors = share.filter((m) => !killed(rendered.workbook, m)).map((m) => `${m.what} ${m.cell.sheet}!${toA1(m.cell.pos)} (${m.cell.text})`);
    expect(survivors).toEqual([]);
  });
});

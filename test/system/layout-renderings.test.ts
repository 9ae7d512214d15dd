import { audit, type AuditResult } from '../../src/engine/audit';
import { signatures } from '../helpers/render-layouts/compare';
import { RENDERINGS } from '../helpers/render-layouts/renderings';
import { render, RENDERING_SEEDS, seedBase, type SeedBase } from '../helpers/render-layouts/seed-renderings';

/**
 * Metamorphic test (issue 6 item 7): every seed's 公开 tables re-rendered in every layout of
 * RENDERINGS must give the original's findings — same codes, severities, figures, and cells
 * mapped back to the original's cells. Cells a layout does not print (行次, 栏次) drop out of
 * the comparison; a finding about nothing else (L-1 “行次印成 1.00”) is not expected there.
 *
 * Every mutant on every rendering: test/system/rendering-mutants/ (sharded for jest's workers).
 * Besides the fixtures' seeds, 004f (seed 004 with its 政府性基金, 国有资本经营 and “三公” tables
 * filled, test/data/seeds/004f) carries figures through the layouts of those tables.
 */

/** The rules that judge the 政府性基金 and “三公” tables on their own (004f plants a 合计 error in each). */
const FUND_TABLE_RULES = { TGF: /^GF-/, T3G: /^SG-/ };

function brief(result: AuditResult): string[] {
  return result.findings.map((f) => `${f.code}|${f.severity}|${f.sheet}|${f.cells.join(',')}`).sort();
}

describe.each(RENDERING_SEEDS)('layout renderings of seed %s', (seed) => {
  let base: SeedBase;
  beforeAll(async () => {
    base = await seedBase(seed);
  });

  it('renders the fixture layout exactly: same findings at the same cells', () => {
    expect(brief(base.originalResult)).toEqual(brief(base.fixtureResult));
    expect(base.originalResult.findings.length).toBeGreaterThan(0);
  });

  if (seed === '004f') {
    it('reads the filled 政府性基金 and “三公” tables: their own rules report the planted errors', () => {
      const codes = base.originalResult.findings.map((f) => f.code);
      for (const rule of Object.values(FUND_TABLE_RULES)) expect(codes.filter((c) => rule.test(c))).not.toEqual([]);
    });
  }

  it.each(RENDERINGS.map((r, i) => [r.name, i] as const))('%s: same findings as the original', (_name, i) => {
    const rendering = RENDERINGS[i];
    const rendered = render(base, rendering);
    const result = audit(rendered.workbook);
    expect(result.unrecognized).toEqual([]);
    expect(result.tables.map((t) => t.table).sort()).toEqual(base.originalResult.tables.map((t) => t.table).sort());
    expect(signatures(result.findings, rendered, rendered.dropped)).toEqual(signatures(base.originalResult.findings, base.original, rendered.dropped));
  });
});

import { audit, type AuditResult } from '../../../src/engine/audit';
import type { WorkbookSnapshot } from '../../../src/engine/model/snapshot';
import { readFixture } from '../fixtures';
import { correctCopied, correctLogical } from './corrections';
import { logicalSeed } from './from-seed';
import type { SeedLogical } from './model';
import { renderWorkbook, type RenderedWorkbook } from './render-workbook';
import { fixturePlacer, fixtureSheetOrder, type Rendering } from './renderings';
import type { LayoutOptions } from './transforms';

export const SEEDS = ['000', '002', '004'] as const;

/** A seed's fixture workbook, its audit, and its 公开 tables re-rendered in the fixture's own layout. */
export interface SeedBase {
  seed: string;
  fixture: WorkbookSnapshot;
  fixtureResult: AuditResult;
  logical: SeedLogical;
  /** The 自评表 and 汇总表 sheets, copied unchanged into every rendering. */
  copied: WorkbookSnapshot['sheets'];
  original: RenderedWorkbook;
  originalResult: AuditResult;
}

/** `corrected`: the precision corpus, the seed with its §7 inconsistencies corrected (corrections.ts). */
export async function seedBase(seed: string, corrected = false): Promise<SeedBase> {
  const fixture = await readFixture(`seed-${seed}.xlsx`);
  const fixtureResult = audit(fixture);
  const tableSheets = new Set(fixtureResult.tables.filter((t) => t.table !== 'PE').map((t) => t.sheet));
  const kept = fixture.sheets.filter((s) => !tableSheets.has(s.name));
  const copied = corrected ? correctCopied(seed, kept) : kept;
  const logical = corrected ? correctLogical(logicalSeed(seed)) : logicalSeed(seed);
  const original = renderWorkbook(logical, {}, fixturePlacer(seed), copied, fixtureSheetOrder(seed));
  return { seed, fixture, fixtureResult, logical, copied, original, originalResult: audit(original.workbook) };
}

export function render(base: SeedBase, rendering: Rendering | { options: LayoutOptions; placer?: Rendering['placer'] }): RenderedWorkbook {
  const placer = rendering.placer ?? fixturePlacer(base.seed);
  return renderWorkbook(base.logical, rendering.options, placer, base.copied, rendering.placer ? undefined : fixtureSheetOrder(base.seed));
}

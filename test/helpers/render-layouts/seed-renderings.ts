import type { Workbook } from 'exceljs';
import { buildSeed004 } from '../../../scripts/fixtures/workbooks';
import { readSeed, type SeedData } from '../../../scripts/fixtures/read-seed-data';
import { readXlsx } from '../../../src/cli/read-xlsx';
import { audit, type AuditResult } from '../../../src/engine/audit';
import type { WorkbookSnapshot } from '../../../src/engine/model/snapshot';
import { readFixture } from '../fixtures';
import { correctCopied, correctLogical } from './corrections';
import { logicalSeed, SEEDS_DIR } from './from-seed';
import type { SeedLogical } from './model';
import { renderWorkbook, type RenderedWorkbook } from './render-workbook';
import { fixturePlacer, fixtureSheetOrder, type Rendering } from './renderings';
import type { LayoutOptions } from './transforms';

export const SEEDS = ['000', '002', '004'] as const;

/**
 * Synthetic seed variants without a committed fixture, each built like its base seed's fixture:
 * 004f is 004 with its 政府性基金, 国有资本经营 and “三公” tables filled (the three seeds print them
 * empty), so the renderings of those tables run with figures. Only the renderings test uses them.
 */
const SYNTHETIC: Record<string, (data: SeedData) => Workbook> = { '004f': buildSeed004 };

/** The seeds layout-renderings.test.ts re-renders: the fixtures' seeds and the synthetic variants. */
export const RENDERING_SEEDS = [...SEEDS, ...Object.keys(SYNTHETIC)];

/** The seed's fixture workbook: committed under test/fixtures, or built in memory for a synthetic variant. */
async function readSeedFixture(seed: string): Promise<WorkbookSnapshot> {
  const build = SYNTHETIC[seed];
  if (!build) return readFixture(`seed-${seed}.xlsx`);
  const bytes = await build(readSeed(seed, SEEDS_DIR)).xlsx.writeBuffer();
  return readXlsx(new Uint8Array(bytes as ArrayBuffer), `seed-${seed}.xlsx`);
}

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
  const fixture = await readSeedFixture(seed);
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

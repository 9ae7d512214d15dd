import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkbookSnapshot } from '../../../../src/engine/model/snapshot';

export const NARRATIVE_SHEET_OF_SEED = '情况说明（原文）';

/** The seed's own 第三部分, one line per row in column A of a new sheet, as a user pastes it. */
export function seedNarrativeLines(seed: string): string[] {
  return readFileSync(join(__dirname, '../../../data/seeds', seed, 'narrative.txt'), 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
}

export function withNarrative(workbook: WorkbookSnapshot, seed: string, lines: string[] = seedNarrativeLines(seed)): WorkbookSnapshot {
  const cells = lines.map((text) => [{ value: text, text }]);
  return { sheets: [...workbook.sheets, { name: NARRATIVE_SHEET_OF_SEED, hidden: false, cells, merges: [] }] };
}

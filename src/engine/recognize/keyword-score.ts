import type { Layout } from '../layouts/layout';
import { normalizeText } from '../values/normalize';
import type { Region } from './region';

/** How many rows of a region are searched for a layout's words. */
const SCAN_ROWS = 90;

/**
 * The region's texts joined by line breaks, gathered once however many layouts are scored
 * against it. Normalized texts and words hold no white space, so a word is in the joined
 * text exactly when it is in one of the texts.
 */
const regionTexts = new WeakMap<Region, string>();

function textsOf(region: Region): string {
  let joined = regionTexts.get(region);
  if (joined !== undefined) return joined;
  const texts: string[] = [];
  const last = Math.min(region.bottom, region.top + SCAN_ROWS);
  for (let r = region.top; r <= last; r++) {
    for (let c = 0; c < region.grid.rowLength(r); c++) {
      const t = region.grid.norm(r, c);
      if (t) texts.push(t);
    }
  }
  joined = texts.join('\n');
  regionTexts.set(region, joined);
  return joined;
}

const normalizedWords = new WeakMap<Layout, string[]>();

/** How many of the layout's distinguishing words are found in the region's first rows. */
export function keywordsFound(region: Region, layout: Layout): number {
  const texts = textsOf(region);
  let words = normalizedWords.get(layout);
  if (!words) normalizedWords.set(layout, (words = layout.keywords.map(normalizeText)));
  let found = 0;
  for (const w of words) if (texts.includes(w)) found++;
  return found;
}

/** Share of the layout's distinguishing words found (0…1). */
export function keywordScore(region: Region, layout: Layout): number {
  return layout.keywords.length === 0 ? 0 : keywordsFound(region, layout) / layout.keywords.length;
}

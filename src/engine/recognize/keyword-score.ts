import type { Layout } from '../layouts/layout';
import { normalizeText } from '../values/normalize';
import type { Region } from './region';

/** How many rows of a region are searched for a layout's words. */
const SCAN_ROWS = 90;

/**
 * The region's texts joined by line breaks, gathered once by the caller however many layouts
 * are scored against it. Normalized texts and words hold no white space, so a word is in the
 * joined text exactly when it is in one of the texts.
 */
export function regionText(region: Region): string {
  const texts: string[] = [];
  const last = Math.min(region.bottom, region.top + SCAN_ROWS);
  for (let r = region.top; r <= last; r++) {
    for (let c = 0; c < region.grid.rowLength(r); c++) {
      const t = region.grid.norm(r, c);
      if (t) texts.push(t);
    }
  }
  return texts.join('\n');
}

const normalizedWords = new WeakMap<Layout, string[]>();

/** How many of the layout's distinguishing words are found in the region's first rows (their regionText). */
export function keywordsFound(texts: string, layout: Layout): number {
  let words = normalizedWords.get(layout);
  if (!words) normalizedWords.set(layout, (words = layout.keywords.map(normalizeText)));
  let found = 0;
  for (const w of words) if (texts.includes(w)) found++;
  return found;
}

/** Share of the layout's distinguishing words found (0…1). */
export function keywordScore(texts: string, layout: Layout): number {
  return layout.keywords.length === 0 ? 0 : keywordsFound(texts, layout) / layout.keywords.length;
}

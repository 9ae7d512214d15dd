import type { Layout } from '../layouts/layout';
import { normalizeText } from '../values/normalize';
import type { Region } from './region';

/** How many rows of a region are searched for a layout's words. */
const SCAN_ROWS = 90;

const normalizedWords = new WeakMap<Layout, string[]>();

function wordsOf(layout: Layout): string[] {
  let words = normalizedWords.get(layout);
  if (!words) normalizedWords.set(layout, (words = layout.keywords.map(normalizeText)));
  return words;
}

/**
 * The region's texts joined by line breaks, for scoring every layout against one region (a
 * region whose title's layout is not borne out by its headers). Normalized texts and words hold
 * no white space, so a word is in the joined text exactly when it is in one of the texts.
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

/** How many of the layout's distinguishing words are in `texts` (a regionText). */
export function keywordsFound(texts: string, layout: Layout): number {
  let found = 0;
  for (const w of wordsOf(layout)) if (texts.includes(w)) found++;
  return found;
}

/** Share of the layout's distinguishing words found in `texts` (0…1). */
export function keywordScore(texts: string, layout: Layout): number {
  return layout.keywords.length === 0 ? 0 : keywordsFound(texts, layout) / layout.keywords.length;
}

/**
 * The layout whose words best match `texts` (a regionText). Ties go to the layout with more
 * evidence: 支出决算表 and 国有资本经营 share all of the latter's few words, but only the former
 * matches seven. Decisive: no other layout scores as well on both counts.
 */
export function bestByKeywords(texts: string, layouts: readonly Layout[]): { layout: Layout; score: number; decisive: boolean } {
  const scored = layouts
    .map((layout) => ({ layout, score: keywordScore(texts, layout), found: keywordsFound(texts, layout) }))
    .sort((a, b) => b.score - a.score || b.found - a.found);
  const [best, next] = scored;
  return { ...best, decisive: !next || best.score > next.score || best.found > next.found };
}

/**
 * keywordScore of one layout against the region's first rows, read cell by cell and no further
 * than the row where the last word is found: a title's own layout finds its words in the header
 * rows, and the amounts below are neither normalized nor joined (most of a region's text).
 */
export function regionScore(region: Region, layout: Layout): number {
  const words = wordsOf(layout);
  if (words.length === 0) return 0;
  const found = new Array<boolean>(words.length).fill(false);
  let missing = words.length;
  const last = Math.min(region.bottom, region.top + SCAN_ROWS);
  for (let r = region.top; r <= last && missing > 0; r++) {
    for (let c = 0; c < region.grid.rowLength(r); c++) {
      const t = region.grid.norm(r, c);
      if (!t) continue;
      for (let i = 0; i < words.length; i++) {
        if (!found[i] && t.includes(words[i])) {
          found[i] = true;
          missing--;
        }
      }
    }
  }
  return (words.length - missing) / words.length;
}

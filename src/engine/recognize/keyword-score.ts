import type { Layout } from '../layouts/layout';
import { normalizeText } from '../values/normalize';
import type { Region } from './region';

/** How many rows of a region are searched for a layout's words. */
const SCAN_ROWS = 90;

/** Share of the layout's distinguishing words found in the region's first rows (0…1). */
export function keywordScore(region: Region, layout: Layout): number {
  const texts: string[] = [];
  const last = Math.min(region.bottom, region.top + SCAN_ROWS);
  for (let r = region.top; r <= last; r++) {
    for (let c = 0; c < region.grid.rowLength(r); c++) {
      const t = region.grid.norm(r, c);
      if (t) texts.push(t);
    }
  }
  const words = layout.keywords.map(normalizeText);
  const found = words.filter((w) => texts.some((t) => t.includes(w))).length;
  return words.length === 0 ? 0 : found / words.length;
}

import type { Grid } from '../model/grid';
import type { Layout } from '../layouts/layout';

export interface TitleHit {
  row: number;
  col: number;
  layout: Layout;
  text: string;
}

/** Lines that merely mention a table: TOC entries (一、…), notes, sentences. */
const NOT_A_TITLE = /^([一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、]|注|说明|备注|本表|附件)/;

/** The layout a title names, or undefined. Trailing “(2023年度)” or “(公开01表)” is ignored. */
export function layoutOfTitle(norm: string, layouts: readonly Layout[]): Layout | undefined {
  if (norm.length < 4 || norm.length > 80 || NOT_A_TITLE.test(norm)) return undefined;
  const stripped = norm.replace(/(\([^()]*\))+$/, '');
  return layouts.find((l) => l.titles.some((t) => t.test(stripped)));
}

/** Every title cell of the sheet (or of rows top…bottom), top to bottom; one per row (the leftmost). */
export function findTitles(grid: Grid, layouts: readonly Layout[], top = 0, bottom = grid.rowCount - 1): TitleHit[] {
  const hits: TitleHit[] = [];
  for (let r = top; r <= bottom; r++) {
    const cells = grid.sheet.cells[r];
    if (!cells) continue;
    for (let c = 0; c < cells.length; c++) {
      const value = cells[c]?.value;
      // Cheap filter first: a junk sheet of 100,000 rows must stay fast.
      if (typeof value !== 'string' || value.length < 4 || value.length > 120 || !value.includes('表')) continue;
      const layout = layoutOfTitle(grid.norm(r, c), layouts);
      if (layout) {
        hits.push({ row: r, col: c, layout, text: grid.text(r, c) });
        break;
      }
    }
  }
  return hits;
}

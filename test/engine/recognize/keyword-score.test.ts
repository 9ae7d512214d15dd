import { LAYOUTS } from '../../../src/engine/layouts';
import { Grid } from '../../../src/engine/model/grid';
import { findTitles } from '../../../src/engine/recognize/find-titles';
import { keywordScore, regionScore, regionText } from '../../../src/engine/recognize/keyword-score';
import type { Region } from '../../../src/engine/recognize/region';
import { readFixture } from '../../helpers/fixtures';
import { sampleWorkbook } from '../../helpers/sample-workbook';

/**
 * regionScore reads a region only as far as it must (it stops at the row where the last word is
 * found); it must score exactly as the joined text of the region's first rows does, for every
 * layout against every titled region — the title's own layout and all the others.
 */
async function regions(): Promise<{ name: string; region: Region }[]> {
  const workbooks = [sampleWorkbook(), ...(await Promise.all(['seed-000.xlsx', 'seed-002.xlsx', 'seed-004.xlsx'].map(readFixture)))];
  const out: { name: string; region: Region }[] = [];
  for (const workbook of workbooks) {
    for (const sheet of workbook.sheets) {
      const grid = new Grid(sheet);
      const hits = findTitles(grid, LAYOUTS);
      hits.forEach((hit, i) => {
        const bottom = i + 1 < hits.length ? hits[i + 1].row - 1 : grid.rowCount - 1;
        out.push({ name: `${sheet.name}!${hit.row + 1} ${hit.text}`, region: { grid, top: hit.row, bottom, titleRow: hit.row, titleCol: hit.col } });
      });
      out.push({ name: `${sheet.name} whole`, region: { grid, top: 0, bottom: grid.rowCount - 1 } });
    }
  }
  return out;
}

describe('regionScore', () => {
  it('scores every layout as keywordScore of the joined region text does', async () => {
    const all = await regions();
    expect(all.length).toBeGreaterThan(40);
    const differ: string[] = [];
    let full = 0;
    for (const { name, region } of all) {
      const texts = regionText(region);
      for (const layout of LAYOUTS) {
        const expected = keywordScore(texts, layout);
        if (expected === 1) full++;
        if (regionScore(region, layout) !== expected) differ.push(`${name} ${layout.id}`);
      }
    }
    expect(differ).toEqual([]);
    // The comparison covers regions where every word is found (the early stop) and where some are not.
    expect(full).toBeGreaterThan(20);
  });
});

import { isCaptionLine, isNoteLine, isNoteRow } from '../layouts/common/meta';
import type { Layout } from '../layouts/layout';
import type { Grid } from '../model/grid';
import { bestByKeywords, keywordsFound, regionText } from './keyword-score';
import type { Region } from './region';

/** A table found by its headers alone, and the rows it runs over. */
export interface UntitledTable {
  layout: Layout;
  /** Share of the layout's words found in the block of its headers (0…1). */
  score: number;
  region: Region;
}

/**
 * The share of a layout's words a block must show. Below the whole sheet's 0.75: a one-row
 * header (编码与名称同格, 科目编码及名称) prints fewer of them, and a block shows one table's words
 * only, not its neighbours'.
 */
const MIN_SCORE = 0.6;

/**
 * Rows of two cells or more a table shows (its header, 项目 | 金额, a 合计 line); prose has one
 * cell to a row (a paragraph, a heading).
 */
const MIN_TABLE_ROWS = 2;

/**
 * Paragraphs (long sentences that are no 注/说明 under a table) that make a sheet a text page: a
 * 情况说明 may quote its figures in small tables (“三公”经费, 政府采购), which are not the
 * workbook's tables.
 */
const TEXT_PAGE_PARAGRAPHS = 3;
const PARAGRAPH = /[。；;]/;

function isTextPage(grid: Grid): boolean {
  let paragraphs = 0;
  for (let r = 0; r < grid.rowCount; r++) {
    for (let c = 0; c < grid.rowLength(r); c++) {
      const norm = grid.norm(r, c);
      if (norm.length >= 40 && PARAGRAPH.test(norm) && !isNoteLine(norm) && ++paragraphs >= TEXT_PAGE_PARAGRAPHS) return true;
    }
  }
  return false;
}

/** A run of rows between blank rows, as a region of its own, and its words (regionText). */
interface Block extends Region {
  texts: string;
}

/**
 * The runs of rows set apart by blank rows (tables stacked on a sheet are). A row that a merged
 * area continues through from above is not blank: a multi-row header's lower rows may show
 * nothing of their own.
 */
function blocks(grid: Grid): Block[] {
  const continued = new Set<number>();
  for (const m of grid.sheet.merges) for (let r = m.top + 1; r <= m.bottom; r++) continued.add(r);
  const found: Block[] = [];
  let top: number | undefined;
  for (let r = 0; r <= grid.rowCount; r++) {
    const blank = r === grid.rowCount || (grid.isRowEmpty(r) && !continued.has(r));
    if (!blank) top ??= r;
    else if (top !== undefined) {
      const region: Region = { grid, top, bottom: r - 1 };
      found.push({ ...region, texts: regionText(region) });
      top = undefined;
    }
  }
  return found;
}

/** At least MIN_TABLE_ROWS rows of two cells or more (a merged area counts once). */
function looksTabular(block: Block): boolean {
  const { grid } = block;
  let rows = 0;
  for (let r = block.top; r <= block.bottom; r++) {
    let cells = 0;
    for (let c = 0; c < grid.rowLength(r) && cells < 2; c++) if (grid.hasText(r, c) && !grid.isMergedCovered(r, c)) cells++;
    if (cells >= 2 && ++rows >= MIN_TABLE_ROWS) return true;
  }
  return false;
}

/** Only caption lines (公开NN表, 部门名称, 年度, 金额单位): printed above a table, so part of the next one. */
function isCaptionBlock(block: Block): boolean {
  const { grid } = block;
  let any = false;
  for (let r = block.top; r <= block.bottom; r++) {
    for (let c = 0; c < grid.rowLength(r); c++) {
      const norm = grid.norm(r, c);
      if (!norm) continue;
      if (!isCaptionLine(norm)) return false;
      any = true;
    }
  }
  return any;
}

/** A 自评表 is printed once per project: a block with a 项目名称 of its own starts the next one. */
function startsAnotherProject(block: Block, layout: Layout): boolean {
  if (layout.id !== 'PE') return false;
  const { grid } = block;
  for (let r = block.top; r <= block.bottom; r++) for (let c = 0; c < grid.rowLength(r); c++) if (grid.norm(r, c) === '项目名称') return true;
  return false;
}

/**
 * A part of `layout`'s table that a blank row parts from the block that matched: header rows that
 * alone show too few of its words, or the upper part of its body. It shows more of its words
 * than of the table above's (whose lower part it would otherwise be) and is no 注/说明 line.
 */
function isUpperPart(block: Block, layout: Layout, above: Layout | undefined): boolean {
  if (keywordsFound(block.texts, layout) <= (above ? keywordsFound(block.texts, above) : 0)) return false;
  for (let r = block.top; r <= block.bottom; r++) if (isNoteRow(block, r)) return false;
  return true;
}

/**
 * The tables of a sheet that prints no title in its cells (the titles are in the page header or
 * text boxes) and may stack several tables. Each block of rows between blank rows whose words
 * decisively match one layout, and that looks like a table, starts a table unless the table
 * above has the same layout (and it is not the next project's 自评表). The blocks right above it
 * that belong to it — its caption lines (金额单位 and the like) and the parts of it a blank row
 * parts from the block (isUpperPart) — are taken in. A table runs to the row before the next one
 * starts (its notes and its own blank rows stay with it). Rows before the first are not part of
 * any table (a cover, a 目录). A text page (isTextPage) holds none.
 */
export function untitledTables(grid: Grid, layouts: readonly Layout[]): UntitledTable[] {
  if (isTextPage(grid)) return [];
  const starts: { layout: Layout; score: number; block: number; top: number }[] = [];
  const all = blocks(grid);
  all.forEach((block, i) => {
    const best = bestByKeywords(block.texts, layouts);
    if (best.score < MIN_SCORE || !best.decisive || !looksTabular(block)) return;
    // The same layout again right after is the same table (a blank row inside its body, a header
    // repeated on the next printed page), unless it is the next project's 自评表.
    const previous = starts.at(-1);
    if (previous?.layout === best.layout && !startsAnotherProject(block, best.layout)) return;
    let first = i;
    while (first - 1 > (previous?.block ?? -1) && (isCaptionBlock(all[first - 1]) || isUpperPart(all[first - 1], best.layout, previous?.layout))) first--;
    starts.push({ layout: best.layout, score: best.score, block: i, top: all[first].top });
  });
  return starts.map((s, i) => ({ layout: s.layout, score: s.score, region: { grid, top: s.top, bottom: i + 1 < starts.length ? starts[i + 1].top - 1 : grid.rowCount - 1 } }));
}

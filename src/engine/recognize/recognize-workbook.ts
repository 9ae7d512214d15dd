import { rangeFromA1, toA1, type CellPos } from '../model/address';
import { Grid } from '../model/grid';
import type { SheetSnapshot, WorkbookSnapshot } from '../model/snapshot';
import { LAYOUTS } from '../layouts';
import type { Layout, LayoutOutcome } from '../layouts/layout';
import type { SelfEval } from '../tables/self-eval';
import type { Table } from '../tables/table';
import { TABLE_NAMES, type TableId } from '../tables/table-id';
import { TableSet, type TitleMismatch, type Unrecognized } from '../tables/table-set';
import { NumberDecimals } from '../values/number-decimals';
import { findTitles } from './find-titles';
import { bestByKeywords, regionScore, regionText } from './keyword-score';
import { markMergedAmounts } from './merged-amounts';
import type { Region } from './region';
import { untitledTables } from './untitled-tables';

/**
 * The user's correction of a wrong or missing mapping (chosen in the task pane, saved in the
 * workbook): this sheet, or these rows of it, hold this table. It wins over recognition.
 */
export interface TableOverride {
  sheet: string;
  /** A1 range; only its rows matter. The whole sheet when absent. */
  range?: string;
  table: TableId;
}

/** Sheets larger than this are refused, not read: the add-in must stay responsive. */
export const MAX_SHEET_CELLS = 5_000_000;

interface SheetResult {
  tables: Table[];
  selfEvals: SelfEval[];
  unrecognized: Unrecognized[];
  mismatches: TitleMismatch[];
  /** The sheet as read, for the fill planner (one Grid per sheet and audit: its text cache is shared). */
  grid?: Grid;
}

function sheetCells(sheet: SheetSnapshot): number {
  let count = 0;
  for (const row of sheet.cells) count += row?.length ?? 0;
  return count;
}

function collect(result: SheetResult, outcome: LayoutOutcome, sheet: SheetSnapshot, what: string, cell?: string): void {
  if ('table' in outcome) {
    markMergedAmounts(outcome.table, sheet.merges);
    result.tables.push(outcome.table);
  }
  else if ('selfEvals' in outcome) result.selfEvals.push(...outcome.selfEvals);
  else result.unrecognized.push({ sheet: sheet.name, reason: `${what}，但${outcome.failure}`, cell });
}

/** The first cell from `row` down that shows text, row by row (the sheet is not empty). */
function firstText(grid: Grid, row: number): CellPos {
  for (let r = row; r < grid.rowCount; r++) {
    const col = grid.firstTextCol(r);
    if (col !== undefined) return { row: r, col };
  }
  return { row, col: 0 };
}

/**
 * Finds every standard table in one sheet by title and headers — never by the sheet name or
 * the printed 公开NN number. A sheet may hold several tables stacked; each runs from its title
 * to the row before the next title.
 */
export function recognizeSheet(sheet: SheetSnapshot, layouts: readonly Layout[] = LAYOUTS, overrides: readonly TableOverride[] = [], numbers = new NumberDecimals()): SheetResult {
  const result: SheetResult = { tables: [], selfEvals: [], unrecognized: [], mismatches: [] };
  const cells = sheetCells(sheet);
  if (cells > MAX_SHEET_CELLS) {
    result.unrecognized.push({ sheet: sheet.name, reason: `工作表过大（${sheet.cells.length} 行，${cells} 个单元格），超过 ${MAX_SHEET_CELLS} 个单元格的上限，未读取` });
    return result;
  }
  const grid = new Grid(sheet, numbers);
  result.grid = grid;
  if (grid.isEmpty()) {
    result.unrecognized.push({ sheet: sheet.name, reason: '工作表为空' });
    return result;
  }
  const own = overrides.filter((o) => o.sheet === sheet.name);
  const claimed: [number, number][] = [];
  for (const o of own) {
    const rect = o.range ? rangeFromA1(o.range) : { top: 0, bottom: grid.rowCount - 1, left: 0, right: 0 };
    const layout = layouts.find((l) => l.id === o.table);
    if (!layout) continue;
    const bottom = Math.min(rect.bottom, grid.rowCount - 1);
    const title = findTitles(grid, [layout], rect.top, bottom)[0];
    const region: Region = { grid, top: rect.top, bottom, titleRow: title?.row, titleCol: title?.col };
    collect(result, layout.parse(region, 1), sheet, `按用户指定，${o.range ?? '整张工作表'}应为${TABLE_NAMES[o.table]}`);
    claimed.push([region.top, region.bottom]);
  }
  const hits = findTitles(grid, layouts).filter((h) => !claimed.some(([top, bottom]) => h.row >= top && h.row <= bottom));
  if (own.length > 0 && hits.length === 0) return result;
  if (hits.length === 0) {
    // Tables of different layouts stacked without titles: read one by one, never as one table
    // whose words match several layouts at once.
    const untitled = untitledTables(grid, layouts);
    if (untitled.length >= 2) {
      for (const { layout, score, region } of untitled) {
        const at = toA1(firstText(grid, region.top));
        collect(result, layout.parse(region, Math.round((0.4 + 0.3 * score) * 100) / 100), sheet, `${at} 起的表没有标题，表头像是${TABLE_NAMES[layout.id]}`, at);
      }
      return result;
    }
    const region: Region = { grid, top: 0, bottom: grid.rowCount - 1 };
    const best = bestByKeywords(regionText(region), layouts);
    if (best.score >= 0.75 && best.decisive) {
      collect(result, best.layout.parse(region, 0.4 + 0.3 * best.score), sheet, `未找到表标题，表头像是${TABLE_NAMES[best.layout.id]}`);
    } else {
      const first = firstText(grid, 0);
      const sample = grid.text(first.row, first.col).slice(0, 30);
      result.unrecognized.push({ sheet: sheet.name, reason: `未找到任何标准表的标题或表头（首个内容为 ${toA1(first)}“${sample}”）` });
    }
    return result;
  }
  hits.forEach((hit, i) => {
    const bottom = i + 1 < hits.length ? hits[i + 1].row - 1 : grid.rowCount - 1;
    const region: Region = { grid, top: hit.row, bottom, titleRow: hit.row, titleCol: hit.col };
    const titleScore = regionScore(region, hit.layout);
    let layout = hit.layout;
    let confidence = 0.6 + 0.4 * titleScore;
    if (titleScore < 0.5) {
      const best = bestByKeywords(regionText(region), layouts);
      if (best.layout !== hit.layout && best.score >= 0.75) {
        result.mismatches.push({ sheet: sheet.name, pos: { row: hit.row, col: hit.col }, title: hit.text, titleSays: hit.layout.id, headersSay: best.layout.id });
        layout = best.layout;
        confidence = 0.5 + 0.3 * best.score;
      }
    }
    collect(result, layout.parse(region, Math.round(confidence * 100) / 100), sheet, `${toA1({ row: hit.row, col: hit.col })} 的标题“${hit.text}”像是${TABLE_NAMES[layout.id]}`, toA1({ row: hit.row, col: hit.col }));
  });
  return result;
}

export function recognizeWorkbook(workbook: WorkbookSnapshot, overrides: readonly TableOverride[] = [], layouts: readonly Layout[] = LAYOUTS): TableSet {
  const all: SheetResult = { tables: [], selfEvals: [], unrecognized: [], mismatches: [] };
  // Visible sheets first, so rules use a visible table over a stale hidden copy.
  const ordered = [...workbook.sheets].sort((a, b) => Number(a.hidden) - Number(b.hidden));
  const grids = new Map<string, Grid>();
  // One Decimal per figure for the whole workbook: the same amounts recur across its tables.
  const numbers = new NumberDecimals();
  for (const sheet of ordered) {
    const r = recognizeSheet(sheet, layouts, overrides, numbers);
    if (r.grid) grids.set(sheet.name, r.grid);
    all.tables.push(...r.tables);
    all.selfEvals.push(...r.selfEvals);
    all.unrecognized.push(...r.unrecognized);
    all.mismatches.push(...r.mismatches);
  }
  return new TableSet(all.tables, all.selfEvals, all.unrecognized, all.mismatches, workbook, grids);
}

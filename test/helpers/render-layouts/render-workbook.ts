import { fromA1, toA1 } from '../../../src/engine/model/address';
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from '../../../src/engine/model/snapshot';
import type { SeedLogical } from './model';
import { renderTable, type Block } from './render-table';
import { withSelfEvalHelpers } from './self-eval-helpers';
import { prepare, type LayoutOptions } from './transforms';

/** Where a rendering puts each table: sheet name and zero-based top-left cell. */
export interface Placement {
  sheet: string;
  row: number;
  col: number;
}

/** Places table k (in printed order) given the heights of the tables already placed. */
export type Placer = (k: number, tableId: string, label: string, previous: { sheet: string; bottom: number } | undefined) => Placement;

export interface RenderedWorkbook {
  workbook: WorkbookSnapshot;
  /** “sheet!A1” → logical ids; cells of the copied sheets map to `P:sheet!A1`. */
  idsOf(sheet: string, cell: string): string[];
  /** Logical ids this rendering does not print (行次, 栏次). */
  dropped: Set<string>;
}

function blit(sheet: SheetSnapshot, block: Block, at: Placement, ids: Map<string, string[]>): number {
  block.cells.forEach((line, r) => {
    const row = at.row + r;
    while (sheet.cells.length <= row) sheet.cells.push([]);
    const target = sheet.cells[row];
    line.forEach((cell: CellSnapshot | null, c) => {
      const col = at.col + c;
      while (target.length <= col) target.push(null);
      if (cell || target[col] === undefined) target[col] = cell;
    });
  });
  if (block.hiddenColumns.length > 0) sheet.hiddenColumns = [...new Set([...(sheet.hiddenColumns ?? []), ...block.hiddenColumns.map((c) => c + at.col)])].sort((a, b) => a - b);
  for (const m of block.merges) sheet.merges.push({ top: m.top + at.row, left: m.left + at.col, bottom: m.bottom + at.row, right: m.right + at.col });
  for (const [key, list] of block.ids) {
    const [r, c] = key.split(',').map(Number);
    ids.set(`${sheet.name}!${toA1({ row: r + at.row, col: c + at.col })}`, list);
  }
  return at.row + block.cells.length - 1;
}

/**
 * Renders a seed's 公开 tables with the given options and placement; the 自评表 and 汇总表
 * sheets of the original (`copied`) are kept as they are, after the rendered ones (with hidden
 * helper columns inserted when the options ask for them).
 */
export function renderWorkbook(logical: SeedLogical, options: LayoutOptions, place: Placer, copied: SheetSnapshot[], sheetOrder: (name: string) => number = () => 0): RenderedWorkbook {
  const sheets = new Map<string, SheetSnapshot>();
  const ids = new Map<string, string[]>();
  const dropped = new Set<string>();
  let previous: { sheet: string; bottom: number } | undefined;
  logical.tables.forEach((table, k) => {
    const prepared = prepare(table, options);
    prepared.dropped.forEach((d) => dropped.add(d));
    const block = renderTable(prepared);
    const at = place(k, table.id, table.meta.label.s, previous);
    let sheet = sheets.get(at.sheet);
    if (!sheet) sheets.set(at.sheet, (sheet = { name: at.sheet, hidden: false, cells: [], merges: [] }));
    previous = { sheet: at.sheet, bottom: blit(sheet, block, at, ids) };
  });
  const copiedNames = new Set(copied.map((s) => s.name));
  // With hidden helpers, the 自评表 and 汇总表 get theirs too; their cells keep the original's ids.
  const shifted = new Map<string, (col: number) => number | undefined>();
  const copies = copied.map((s) => {
    const helped = options.hiddenHelpers ? withSelfEvalHelpers(s) : undefined;
    if (!helped) return structuredClone(s);
    shifted.set(s.name, helped.originalCol);
    return helped.sheet;
  });
  const copiedId = (sheet: string, cell: string): string => {
    const originalCol = shifted.get(sheet);
    if (!originalCol) return `P:${sheet}!${cell}`;
    const pos = fromA1(cell);
    const col = originalCol(pos.col);
    return col === undefined ? `helper:${sheet}!${cell}` : `P:${sheet}!${toA1({ row: pos.row, col })}`;
  };
  return {
    workbook: { sheets: [...sheets.values()].sort((a, b) => sheetOrder(a.name) - sheetOrder(b.name)).concat(copies) },
    idsOf: (sheet, cell) => (copiedNames.has(sheet) ? [copiedId(sheet, cell)] : (ids.get(`${sheet}!${cell}`) ?? [`?${sheet}!${cell}`])),
    dropped,
  };
}

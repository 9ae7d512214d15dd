import { toA1 } from '../../../src/engine/model/address';
import { Grid } from '../../../src/engine/model/grid';
import type { CellSnapshot, SheetSnapshot } from '../../../src/engine/model/snapshot';
import { formulaCell, insertColumns, type InsertedColumn, type WithColumns } from '../insert-columns';

/**
 * Hidden helper columns in the copied 自评表 and 汇总表 sheets (the renderings with
 * `hiddenHelpers`), as a user's file carries them: formula copies of amount columns under the same
 * caption (figures in 元, ×10000) before and after the visible column, a 备注 column of check marks
 * after the labels, and one real column hidden by the user (the only one of its captions), which
 * must still be read. A sheet that is neither keeps its columns.
 */

/** Captions a copy prints as they are (the header rows of both forms). */
const CAPTIONS = /^(全年预算数|全年执行数|目标申报数|预算编制数|三级指标|项目名称)$/;

function columnOf(grid: Grid, caption: RegExp): { row: number; col: number } | undefined {
  for (let r = 0; r < grid.rowCount; r++) for (let c = 0; c < grid.rowLength(r); c++) if (caption.test(grid.norm(r, c))) return { row: r, col: c };
  return undefined;
}

/** A formula copy of column `source`: the captions of the header rows, every figure in 元; texts left out. */
function formulaCopy(grid: Grid, source: number, before: number, headerRows: ReadonlySet<number>): InsertedColumn {
  return {
    before,
    hidden: true,
    cell: (row): CellSnapshot | null => {
      const cell = grid.cell(row, source);
      if (!cell || cell.value === null) return null;
      if (headerRows.has(row)) return { ...cell };
      if (typeof cell.value !== 'number') return null;
      return formulaCell(Math.round(cell.value * 1_000_000) / 100, `=ROUND(${toA1({ row, col: source })}*10000,2)`);
    },
  };
}

/** 备注 of check marks from `from` on, in every row that prints something. */
function notesColumn(before: number, from: number): InsertedColumn {
  return { before, hidden: true, cell: (row, cells) => (row >= from && cells.some((c) => c && c.value !== null) ? { value: '已核对', text: '已核对' } : null) };
}

function headerRowsOf(grid: Grid): Set<number> {
  const rows = new Set<number>();
  for (let r = 0; r < grid.rowCount; r++) for (let c = 0; c < grid.rowLength(r); c++) if (CAPTIONS.test(grid.norm(r, c))) rows.add(r);
  return rows;
}

/** 山西 自评表: notes after the labels, copies before 全年预算数 and 执行率/分值 (总分), a 得分 copy after the last column; 资金结(转)余/实际完成值 hidden. */
function projectHelpers(grid: Grid, name: { row: number; col: number }, budget: { row: number; col: number }): { columns: InsertedColumn[]; hide: number[] } | undefined {
  const rate = columnOf(grid, /^执行率/);
  const score = columnOf(grid, /^得分/);
  const balance = columnOf(grid, /^资金结(\(转\))?(余|转)/);
  const declared = columnOf(grid, /^年初预算数$|^目标申报数/);
  if (!rate || !score || !balance || !declared) return undefined;
  const rows = headerRowsOf(grid);
  const width = Math.max(...[...Array(grid.rowCount).keys()].map((r) => grid.rowLength(r)));
  return {
    columns: [notesColumn(declared.col, name.row), formulaCopy(grid, budget.col, budget.col, rows), formulaCopy(grid, rate.col, rate.col, rows), formulaCopy(grid, score.col, width, rows)],
    hide: [balance.col],
  };
}

/** 河南 汇总表: copies before 全年预算数 and after 全年执行数 and 自评得分; 预算执行率 hidden. */
function summaryHelpers(grid: Grid, budget: { row: number; col: number }): { columns: InsertedColumn[]; hide: number[] } | undefined {
  const executed = columnOf(grid, /^全年执行数$/);
  const total = columnOf(grid, /^自评得分|^总分/);
  const rate = columnOf(grid, /^预算执行率|^执行率/);
  if (!executed || !total || !rate) return undefined;
  const rows = new Set([budget.row]);
  return {
    columns: [formulaCopy(grid, budget.col, budget.col, rows), formulaCopy(grid, executed.col, executed.col + 1, rows), formulaCopy(grid, total.col, total.col + 1, rows)],
    hide: [rate.col],
  };
}

export function withSelfEvalHelpers(sheet: SheetSnapshot): WithColumns | undefined {
  const grid = new Grid(sheet);
  const budget = columnOf(grid, /^全年预算数$/);
  const name = columnOf(grid, /^项目名称$/);
  if (!budget || !name) return undefined;
  const helpers = name.row < budget.row ? projectHelpers(grid, name, budget) : summaryHelpers(grid, budget);
  if (!helpers) return undefined;
  return insertColumns({ ...sheet, hiddenColumns: [...(sheet.hiddenColumns ?? []), ...helpers.hide] }, helpers.columns);
}

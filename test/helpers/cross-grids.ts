// Seed workbooks for the 表间 (X-*) rule cases: the fixture recipes of scripts/fixtures built in
// memory and turned into a snapshot synchronously (the cases' `workbook()` cannot await readXlsx).
import type ExcelJS from 'exceljs';
import { buildSeed000, buildSeed002, buildSeed004 } from '../../scripts/fixtures/workbooks';
import { readSeed, type SeedData, type TableId } from '../../scripts/fixtures/read-seed-data';
import { formatNumber } from '../../src/engine/values/format-number';
import { rangeFromA1 } from '../../src/engine/model/address';
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from '../../src/engine/model/snapshot';
import { sheet, type CellInput } from './sheet';

const BUILDERS = { '000': buildSeed000, '002': buildSeed002, '004': buildSeed004 } as const;
export type SeedName = keyof typeof BUILDERS;

/** The values the recipes write (numbers, strings): the subset of src/cli/read-xlsx the seeds need. */
function snapshotOf(wb: ExcelJS.Workbook): WorkbookSnapshot {
  return {
    sheets: wb.worksheets.map((ws) => {
      const cells: (CellSnapshot | null)[][] = [];
      ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
        const out: (CellSnapshot | null)[] = [];
        row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
          if (cell.isMerged && cell.master !== cell) return;
          while (out.length < colNumber - 1) out.push(null);
          const numFmt = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : undefined;
          const v = cell.value as unknown;
          if (typeof v === 'number') out[colNumber - 1] = { value: v, text: formatNumber(v, numFmt), numFmt };
          else if (typeof v === 'string') out[colNumber - 1] = { value: v, text: v, numFmt };
          else if (v === null || v === undefined) out[colNumber - 1] = null;
          else throw new Error(`cross-grids: unexpected cell value ${JSON.stringify(v)} in ${ws.name}`);
        });
        while (cells.length < rowNumber - 1) cells.push([]);
        cells[rowNumber - 1] = out;
      });
      const merges = ((ws.model as { merges?: string[] }).merges ?? []).map((m) => rangeFromA1(m));
      return { name: ws.name, hidden: false, cells, merges };
    }),
  };
}

/** Replaces the printed `from` with `to` in the first row of table `id` that contains `rowKey`. */
export function replaceInSeed(data: SeedData, id: TableId, rowKey: string, from: string, to: string): void {
  const table = data.tables.find((t) => t.id === id);
  const row = table?.rows.find((r) => r.includes(rowKey));
  const i = row ? row.indexOf(from) : -1;
  if (!row || i < 0) throw new Error(`cross-grids: seed ${data.seed} ${id} has no row “${rowKey}” with “${from}”`);
  row[i] = to;
}

export interface SeedOptions {
  edit?: (data: SeedData) => void;
  /** Sheets added after the seed's own, e.g. the narrative's text. */
  extra?: SheetSnapshot[];
}

/** A seed disclosure (000, 002, 004) as the fixture recipes lay it out, read into a snapshot. */
export function seedWorkbook(seed: SeedName, options: SeedOptions = {}): WorkbookSnapshot {
  const data = readSeed(seed);
  options.edit?.(data);
  const wb = snapshotOf(BUILDERS[seed](data));
  return { sheets: [...wb.sheets, ...(options.extra ?? [])] };
}

/** A sheet of narrative text, one paragraph per row (情况说明, 名词解释, 绩效自评 statements). */
export function textSheet(name: string, ...paragraphs: string[]): SheetSnapshot {
  return sheet(name, paragraphs.map((p): CellInput[] => [p]));
}

/** Adds sheets to a workbook (a copy; the original is not changed). */
export function withSheets(wb: WorkbookSnapshot, ...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets: [...wb.sheets, ...sheets] };
}

/** Replaces the sheet named `name` (a copy of the workbook). */
export function replaceSheet(wb: WorkbookSnapshot, name: string, replacement: SheetSnapshot): WorkbookSnapshot {
  return { sheets: wb.sheets.map((s) => (s.name === name ? replacement : s)) };
}

/**
 * A 国有资本经营预算财政拨款收入支出决算表 in the 6-栏 variant of 上海/四川/云南: 年初结转和结余,
 * 本年收入, 本年支出 (合计/基本支出/项目支出), 年末结转和结余. Rows are [code, name, 栏次1…6].
 */
export function tsocWithIncome(name: string, body: string[][]): SheetSnapshot {
  return sheet(
    name,
    [
      ['国有资本经营预算财政拨款收入支出决算表'],
      [null, null, null, null, null, null, null, '公开08表'],
      ['部门名称：示例市社会保障服务中心', null, '2023年度', null, null, null, null, '金额单位：万元'],
      ['项目', null, '年初结转和结余', '本年收入', '本年支出', null, null, '年末结转和结余'],
      ['功能分类科目编码', '科目名称', null, null, '合计', '基本支出', '项目支出', null],
      ['栏次', null, '1', '2', '3', '4', '5', '6'],
      ...body,
    ],
    { merges: ['A1:H1', 'A4:B4', 'E4:G4'] },
  );
}

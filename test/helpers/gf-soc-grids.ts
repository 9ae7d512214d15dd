/**
 * Grids for the TGF / TSOC / 三公 / 相关信息统计表 rule cases: the seed tables as published
 * (test/data/seeds), a 情况说明 sheet, and small edits of the sample workbook.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SheetSnapshot, WorkbookSnapshot } from '../../src/engine/model/snapshot';
import { toA1 } from '../../src/engine/model/address';
import { SAMPLE_SHEETS, type SampleTable } from './sample-workbook';
import type { TableMeta } from '../../scripts/fixtures/read-seed-data';
import { sheet, setCell, type CellInput } from './sheet';

const SEEDS = join(__dirname, '../data/seeds');

/** One seed table laid out as printed: title, label, 单位/年度/金额单位 line, body, 注/说明 lines. */
export function seedSheet(seed: '000' | '002' | '004', file: string, name = file): SheetSnapshot {
  const meta = JSON.parse(readFileSync(join(SEEDS, seed, `${file}.meta.json`), 'utf8')) as TableMeta;
  const body = readFileSync(join(SEEDS, seed, `${file}.tsv`), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => l.split('\t') as CellInput[]);
  const width = Math.max(3, ...body.map((r) => r.length));
  const rows: CellInput[][] = [
    [meta.title],
    [...Array<CellInput>(width - 1).fill(null), meta.label],
    [meta.unitName, null, meta.year, ...Array<CellInput>(Math.max(0, width - 4)).fill(null), meta.unit],
    ...body,
    ...meta.notes.map((n) => [n]),
  ];
  return sheet(name, rows);
}

/** A 情况说明 sheet: one paragraph per row in column A (目录 lines included when given). */
export function narrativeSheet(lines: string[], name = '情况说明'): SheetSnapshot {
  return sheet(name, lines.map((l) => [l]));
}

/** The A1 of the first cell of a sample sheet whose text matches. */
export function findText(wb: WorkbookSnapshot, table: SampleTable, pattern: RegExp): string {
  const s = sampleSheet(wb, table);
  for (let r = 0; r < s.cells.length; r++) {
    const row = s.cells[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c]?.value;
      if (typeof v === 'string' && pattern.test(v)) return toA1({ row: r, col: c });
    }
  }
  throw new Error(`${table} 中没有匹配 ${pattern} 的文字`);
}

export function sampleSheet(wb: WorkbookSnapshot, table: SampleTable): SheetSnapshot {
  const s = wb.sheets.find((x) => x.name === SAMPLE_SHEETS[table]);
  if (!s) throw new Error(`样例中没有 ${table}`);
  return s;
}

/** Removes the “说明：本表无数据” line under a sample table. */
export function dropEmptyNote(wb: WorkbookSnapshot, table: SampleTable): WorkbookSnapshot {
  setCell(sampleSheet(wb, table), findText(wb, table, /本表无数据/), null);
  return wb;
}

/** Writes one cell of a sample table (A1), returning the workbook. */
export function put(wb: WorkbookSnapshot, table: SampleTable, address: string, value: CellInput): WorkbookSnapshot {
  setCell(sampleSheet(wb, table), address, value);
  return wb;
}

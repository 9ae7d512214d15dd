/**
 * Small grids for the narrative rules: one or two sample tables (政府性基金, 国有资本经营, 三公,
 * 相关信息统计表, 支出决算表) and a 情况说明 sheet, so each case shows the one relation it tests.
 */
import type { WorkbookSnapshot } from '../../src/engine/model/snapshot';
import { buildSelfEval, buildT03, buildT05, buildT10, buildT3G, buildTGF, buildTSOC, type TableRows } from './build-tables';
import { sampleData, type SampleData } from './sample-data';
import { SAMPLE_SHEETS, type SampleTable } from './sample-workbook';
import { sheet, workbook, type CellInput } from './sheet';

export const NARRATIVE = '情况说明';

type GridTable = Extract<SampleTable, 'TGF' | 'TSOC' | 'T3G' | 'T10' | 'T03' | 'T05'>;

const BUILD: Record<GridTable, (d: SampleData) => TableRows> = { TGF: buildTGF, TSOC: buildTSOC, T3G: buildT3G, T10: buildT10, T03: buildT03, T05: buildT05 };

export interface GridOptions {
  edit?: (d: SampleData) => void;
  /** Rows added to the 相关信息统计表 before its 注 line (templates with 中小企业 / 车辆 rows). */
  t10Extra?: CellInput[][];
  /** Count columns added to the 三公 table after 栏次12: [header, value]. */
  t3gCounts?: Array<[string, CellInput]>;
  /** The sample's 自评表 too. */
  selfEvals?: boolean;
}

/** The given sample tables and a 情况说明 sheet with one paragraph per row. */
export function narrativeGrid(tables: GridTable[], lines: string[], options: GridOptions = {}): WorkbookSnapshot {
  const data = sampleData();
  options.edit?.(data);
  const sheets = tables.map((id) => {
    const t = BUILD[id](data);
    if (id === 'T10' && options.t10Extra) t.rows.splice(t.rows.length - 1, 0, ...options.t10Extra);
    if (id === 'T3G' && options.t3gCounts) addCountColumns(t, options.t3gCounts);
    return sheet(SAMPLE_SHEETS[id], t.rows, { merges: t.merges });
  });
  if (options.selfEvals) data.projects.forEach((p, i) => sheets.push(sheet(`自评表${i + 1}`, buildSelfEval(p).rows, { merges: buildSelfEval(p).merges })));
  sheets.push(sheet(NARRATIVE, lines.map((l) => [l])));
  return workbook(...sheets);
}

/** The 三公 table with count columns after 栏次12 (header in the item row, 栏次13… in the 栏次 row). */
function addCountColumns(t: TableRows, counts: Array<[string, CellInput]>): void {
  const itemRow = t.rows.findIndex((r) => r[1] === '因公出国（境）费');
  const numberRow = t.rows.findIndex((r) => r[0] === '1' && r[11] === '12');
  counts.forEach(([header, value], k) => {
    t.rows[itemRow][12 + k] = header;
    t.rows[numberRow][12 + k] = String(13 + k);
    t.rows[numberRow + 1][12 + k] = value;
  });
}

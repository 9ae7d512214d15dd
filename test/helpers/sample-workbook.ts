import type { WorkbookSnapshot } from '../../src/engine/model/snapshot';
import { toA1 } from '../../src/engine/model/address';
import { recognizeWorkbook } from '../../src/engine/recognize/recognize-workbook';
import type { TableId } from '../../src/engine/tables/table-id';
import { buildSelfEval, buildT01, buildT02, buildT03, buildT04, buildT05, buildT06, buildT10, buildT3G, buildTGF, buildTSOC, type TableRows } from './build-tables';
import { sampleData, type SampleData } from './sample-data';
import { sheet, workbook } from './sheet';

export type SampleTable = Exclude<TableId, 'PE'>;

/** Each sample table's builder; the optional label replaces the printed 公开NN表. */
export const BUILDERS: Record<SampleTable, (d: SampleData, label?: string) => TableRows> = {
  T01: buildT01,
  T02: buildT02,
  T03: buildT03,
  T04: buildT04,
  T05: buildT05,
  T06: buildT06,
  TGF: buildTGF,
  TSOC: buildTSOC,
  T3G: buildT3G,
  T10: buildT10,
};

/** The sheet name each sample table gets (as accountants name them). */
export const SAMPLE_SHEETS: Record<SampleTable, string> = {
  T01: '公开01表',
  T02: '公开02表',
  T03: '公开03表',
  T04: '公开04表',
  T05: '公开05表',
  T06: '公开06表',
  TGF: '公开07表',
  TSOC: '公开08表',
  T3G: '公开09表',
  T10: '公开10表',
};

export interface SampleOptions {
  /** Change the data before the sheets are built (reject cases). */
  edit?: (data: SampleData) => void;
  /** Leave these tables out (rules must then report “not checked”). */
  omit?: TableId[];
}

/** The consistent sample workbook: one sheet per table, one per 自评表. */
export function sampleWorkbook(options: SampleOptions = {}): WorkbookSnapshot {
  const data = sampleData();
  options.edit?.(data);
  const omit = new Set(options.omit ?? []);
  const sheets = (Object.keys(BUILDERS) as SampleTable[])
    .filter((id) => !omit.has(id))
    .map((id) => {
      const t = BUILDERS[id](data);
      return sheet(SAMPLE_SHEETS[id], t.rows, { merges: t.merges });
    });
  if (!omit.has('PE')) {
    data.projects.forEach((p, i) => {
      const t = buildSelfEval(p);
      sheets.push(sheet(`自评表${i + 1}`, t.rows, { merges: t.merges }));
    });
  }
  return workbook(...sheets);
}

/** A1 of a table cell in a workbook: `cellOf(wb, 'T01', 'L27', 1)` → 'C33'. */
export function cellOf(wb: WorkbookSnapshot, id: SampleTable, key: string, col: number): string {
  const table = recognizeWorkbook(wb).get(id);
  const cell = table?.value(key, col);
  if (!cell) throw new Error(`样例中没有 ${id} ${key} 栏次 ${col}`);
  return toA1(cell.pos);
}

import type { SheetSnapshot, WorkbookSnapshot } from '../../src/engine/model/snapshot';
import { buildSelfEval } from './build-tables';
import { sampleData, type ProjectData, type SampleData } from './sample-data';
import { BUILDERS, SAMPLE_SHEETS, type SampleTable } from './sample-workbook';
import { sheet, workbook, type CellInput } from './sheet';

const ORDER: SampleTable[] = ['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'TGF', 'TSOC', 'T3G', 'T10'];

export interface StructureOptions {
  edit?: (data: SampleData) => void;
  /** Tables to leave out; 'PE' leaves out the 自评表. */
  omit?: (SampleTable | 'PE')[];
  /** Printed labels (“公开07表”); '' prints none. Defaults to the sample's 2023 numbering. */
  labels?: Partial<Record<SampleTable, string>>;
  /** Sheet order of the tables (default 01…10). */
  order?: SampleTable[];
  /** Changes the rows of one table before its sheet is built (a caption, a note, a 行次). */
  patch?: Partial<Record<SampleTable, (rows: CellInput[][]) => void>>;
  /** Changes the rows of the i-th 自评表. */
  patchSelfEval?: (rows: CellInput[][], index: number) => void;
  /** Sheets placed before the tables (a 目录) and after the 自评表 (a 情况说明). */
  before?: SheetSnapshot[];
  after?: SheetSnapshot[];
}

/** The sample workbook with the structural details these rules read made adjustable. */
export function structureWorkbook(options: StructureOptions = {}): WorkbookSnapshot {
  const data = sampleData();
  options.edit?.(data);
  const omit = new Set(options.omit ?? []);
  const sheets: SheetSnapshot[] = [...(options.before ?? [])];
  for (const id of options.order ?? ORDER) {
    if (omit.has(id)) continue;
    const label = options.labels?.[id] ?? SAMPLE_SHEETS[id];
    const t = BUILDERS[id](data, label);
    options.patch?.[id]?.(t.rows);
    sheets.push(sheet(SAMPLE_SHEETS[id], t.rows, { merges: t.merges }));
  }
  if (!omit.has('PE')) {
    data.projects.forEach((p, i) => {
      const t = buildSelfEval(p);
      options.patchSelfEval?.(t.rows, i);
      sheets.push(sheet(`自评表${i + 1}`, t.rows, { merges: t.merges }));
    });
  }
  sheets.push(...(options.after ?? []));
  return workbook(...sheets);
}

/** A 情况说明 (or 目录) sheet: one paragraph per row in column A. */
export function prose(name: string, lines: string[]): SheetSnapshot {
  return sheet(name, lines.map((l) => [l]));
}

/** Another project like the sample's, with its own name and 预算单位. */
export function project(data: SampleData, name: string, budgetUnit: string): ProjectData {
  const base = data.projects[0];
  return { ...base, title: `${name}项目支出绩效自评表`, projectName: name, budgetUnit };
}

/**
 * 河南 项目单位自评汇总表 as in seed 002: one row per project with 单位编码, 单位名称, 主管部门名称
 * and the funds totals.
 */
export function selfEvalSummary(unitCode: string, unitName: string, department: string, projects: [string, string, string][]): SheetSnapshot {
  return sheet('自评汇总表', [
    ['项目单位自评汇总表'],
    [null, null, null, null, null, null, null, '单位:万元'],
    ['单位编码', '单位名称', '主管部门名称', '项目名称', '全年预算数', '全年执行数', '预算执行率', '自评得分'],
    ...projects.map(([name, budget, executed]) => [unitCode, unitName, department, name, budget, executed, '100.00%', '95']),
  ]);
}

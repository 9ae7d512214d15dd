// 项目支出绩效自评表 grids built from the seed transcriptions (test/data/seeds/<seed>/project-N.json,
// 002/summary.tsv), in the 山西 layout of scripts/fixtures/layout-self-eval.ts: A block label |
// B 一级指标 / fund line | C 二级指标 / 目标申报数 | D 三级指标 / 预算编制数 | E 年初指标值 / 全年预算数 |
// F 调整后指标值 / 全年执行数 | G 实际完成值 / 资金结(转)余 | H 分值 / 执行率 | I 得分 | J 偏差原因.
// Seed 000: funds rows 7–8, goal B10, indicators H12:I20, 总分 H21. Seed 004: funds 7–8, goal B10,
// indicators from row 12, analysis texts in column D.
import type { ValueCell } from '../../src/engine/values/value-cell';
import type { WorkbookSnapshot } from '../../src/engine/model/snapshot';
import { toA1 } from '../../src/engine/model/address';
import { recognizeWorkbook } from '../../src/engine/recognize/recognize-workbook';
import type { SelfEval } from '../../src/engine/tables/self-eval';
import { readSeed, type SelfEvalTable } from '../../scripts/fixtures/read-seed-data';
import { sheet, workbook, type CellInput } from './sheet';

export type SeedProject = SelfEvalTable;

const WIDTH = 10;

function pad(cells: CellInput[]): CellInput[] {
  return [...cells, ...Array<CellInput>(Math.max(0, WIDTH - cells.length)).fill(null)];
}

/** One 自评表 sheet in the 山西 template, merges as printed. */
export function seedSelfEvalSheet(name: string, p: SeedProject) {
  const rows: CellInput[][] = [];
  const merges: string[] = ['A1:J1', 'A2:J2', 'A3:B3', 'C3:J3', 'A4:B4', 'C4:F4', 'H4:J4'];
  rows.push(pad([p.title]), pad([p.year]), pad(['项目名称', null, p.projectName]), pad(['主管部门及代码', null, p.department, null, null, null, '预算单位', p.budgetUnit]));
  const fundsTop = rows.length + 1;
  rows.push(pad(['项目资金预算安排及执行进度(万元)', null, '年初预算数', null, '全年预算数', '全年执行数', '资金结(转)余', '执行率', '得分', '偏差原因分析及改进措施']));
  rows.push(pad([null, null, '目标申报数', '预算编制数']));
  merges.push(`A${fundsTop}:A${fundsTop + 1 + p.funds.length}`, `C${fundsTop}:D${fundsTop}`, ...['E', 'F', 'G', 'H', 'I', 'J'].map((c) => `${c}${fundsTop}:${c}${fundsTop + 1}`));
  for (const f of p.funds) rows.push(pad([null, f.label, f.declared, f.compiled, f.annualBudget, f.executed, f.balance, f.rate, f.score, f.note]));
  const goalTop = rows.length + 1;
  rows.push(pad(['项目年度绩效目标', '年度目标', null, null, null, null, '实际完成情况']));
  rows.push(pad([null, p.goal, null, null, null, null, p.achieved]));
  merges.push(`A${goalTop}:A${goalTop + 1}`, `B${goalTop}:F${goalTop}`, `G${goalTop}:J${goalTop}`, `B${goalTop + 1}:F${goalTop + 1}`, `G${goalTop + 1}:J${goalTop + 1}`);
  rows.push(pad(['绩效指标', '一级指标', '二级指标', '三级指标', '年初指标值', '调整后指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']));
  p.indicators.forEach((i, k) => {
    const prev = p.indicators[k - 1];
    const level1 = prev?.level1 === i.level1 ? null : i.level1;
    const level2 = level1 === null && prev?.level2 === i.level2 ? null : i.level2;
    rows.push(pad([null, level1, level2, i.level3, i.initialTarget, i.adjustedTarget, i.actual, i.weight, i.score, i.note]));
  });
  const totalRow = rows.length + 1;
  rows.push(pad(['总分', null, null, null, null, null, null, p.total, p.grade]));
  merges.push(`A${totalRow}:G${totalRow}`);
  p.analysis.forEach((a, k) => {
    rows.push(pad([k === 0 ? (p.analysisLabel ?? '项目绩效自评结果分析') : null, a.label, null, a.text]));
    merges.push(`B${rows.length}:C${rows.length}`, `D${rows.length}:J${rows.length}`);
  });
  rows.push(pad([]));
  for (const remark of p.remarks ?? []) rows.push(pad([remark]));
  return sheet(name, rows, { merges });
}

export interface SeedOptions {
  /** Change the transcribed projects before the sheets are built (reject cases). */
  edit?: (projects: SeedProject[]) => void;
  /** Keep only these projects (1-based). */
  only?: number[];
}

/** The 自评表 of seed 000 (one project) or 004 (three), one sheet each: 自评表1, 自评表2, … */
export function seedSelfEvals(seed: '000' | '004', options: SeedOptions = {}): WorkbookSnapshot {
  const projects = readSeed(seed).projects;
  options.edit?.(projects);
  const sheets = projects.flatMap((p, i) => (options.only && !options.only.includes(i + 1) ? [] : [seedSelfEvalSheet(`自评表${i + 1}`, p)]));
  return workbook(...sheets);
}

/** Seed 002's 项目单位自评汇总表 (河南): one row per project, rates typed as “100%”. */
export function seedSummary(edit?: (rows: string[][]) => void): WorkbookSnapshot {
  const summary = readSeed('002').summary!;
  const rows = summary.rows.map((r) => [...r]);
  edit?.(rows);
  const width = rows[0].length;
  const grid: CellInput[][] = [
    [summary.meta.title, ...Array<CellInput>(width - 1).fill(null)],
    [...Array<CellInput>(width - 1).fill(null), summary.meta.unit],
    ...rows.map((r, k) => r.map((s, j) => (k > 0 && /编码/.test(rows[0][j]) && s ? `'${s}` : s))),
  ];
  return workbook(sheet('自评汇总表', grid, { merges: [`A1:${toA1({ row: 0, col: width - 1 })}`] }));
}

/** A1 of a 自评表 cell, found through the parsed table: `peCell(wb, 0, (pe) => pe.funds[0].executed)`. */
export function peCell(wb: WorkbookSnapshot, index: number, pick: (pe: SelfEval) => ValueCell | { pos: { row: number; col: number } } | undefined): string {
  const pe = recognizeWorkbook(wb).selfEvals[index];
  const cell = pe && pick(pe);
  if (!cell) throw new Error(`自评表 ${index} 中没有所选单元格`);
  return toA1(cell.pos);
}

import type { AuditResult } from '../audit';
import type { CellLocation } from '../finding';
import { TABLE_NAMES } from '../tables/table-id';
import { SEVERITY_LABEL, SEVERITY_RANK } from './colors';
import { findingKey } from './finding-key';
import type { Explanations } from './mark-plan';

export interface ReportRow {
  cells: string[];
  /** The finding's first cell: the report links its 单元格 column there. */
  link?: CellLocation;
  /** A section heading row (bold in the sheet). */
  heading?: boolean;
}

export interface ReportPlan {
  sheetName: string;
  rows: ReportRow[];
  /** Column of the link in each finding row (zero-based). */
  linkColumn: number;
}

export const REPORT_HEADER = ['严重程度', '规则', '标题', '工作表', '单元格', '期望', '实际', '差额', '说明', '出错说明'];

/** A sheet name not yet taken: 审核报告, 审核报告(2), … */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}(${i})`.toLowerCase())) return `${base}(${i})`;
}

/** The 审核报告 sheet: findings worst first with links, then tables, unrecognized sheets, unchecked rules. */
export function planReport(result: Pick<AuditResult, 'findings' | 'tables' | 'unrecognized' | 'unchecked' | 'summary'>, existingSheets: readonly string[], explanations: Explanations = {}): ReportPlan {
  const s = result.summary;
  const rows: ReportRow[] = [
    { cells: ['决算助手审核报告'], heading: true },
    { cells: [`错误 ${s.error}，警告 ${s.warning}，提示/尾差 ${s.info}，未检查 ${s.unchecked}`] },
    { cells: REPORT_HEADER, heading: true },
  ];
  const findings = [...result.findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  for (const f of findings) {
    rows.push({
      cells: [f.rounding ? '尾差' : SEVERITY_LABEL[f.severity], f.code, f.title, f.sheet, f.cells[0] ?? '', f.expected ?? '', f.actual ?? '', f.difference ?? '', f.message, explanations[findingKey(f)] ?? ''],
      link: f.locations[0],
    });
  }
  rows.push({ cells: [] }, { cells: ['已识别的表'], heading: true }, { cells: ['工作表', '区域', '表', '标签', '金额单位', '可信度'], heading: true });
  for (const t of result.tables) rows.push({ cells: [t.sheet, t.range, `${t.table} ${TABLE_NAMES[t.table]}`, t.label ?? '', t.unit ?? '未识别', t.confidence.toFixed(2)] });
  rows.push({ cells: [] }, { cells: ['未识别的工作表'], heading: true });
  for (const u of result.unrecognized) rows.push({ cells: [u.sheet, u.reason] });
  if (result.unrecognized.length === 0) rows.push({ cells: ['（无）'] });
  rows.push({ cells: [] }, { cells: ['未检查的规则'], heading: true });
  for (const u of result.unchecked) rows.push({ cells: [u.code, u.title, u.reason] });
  if (result.unchecked.length === 0) rows.push({ cells: ['（无）'] });
  return { sheetName: uniqueSheetName('审核报告', existingSheets), rows, linkColumn: 4 };
}

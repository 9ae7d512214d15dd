import { summarize, type AuditResult } from '../audit';
import type { CellLocation, Finding, Severity } from '../finding';
import { figureNumFmt } from './figures';
import { summaryLine } from './summary-text';
import { TABLE_NAMES } from '../tables/table-id';
import { findingKey } from './finding-key';
import type { Explanations } from './mark-plan';
import { bySeverity, severityWord } from './severity';

/**
 * A cell of the report: text, or a number with its Excel number format (期望/实际/差额 stay
 * numbers so they can be summed and sorted; the format shows 千分位, the table's decimals, %).
 */
export type ReportCell = string | { value: number; numFmt: string };

/** The text a report cell shows (for a link's display text, for tests). */
export function cellText(cell: ReportCell | undefined): string {
  if (cell === undefined) return '';
  return typeof cell === 'string' ? cell : String(cell.value);
}

export interface ReportRow {
  cells: ReportCell[];
  /** A cell of this row links to a workbook cell (the finding's first cell, a table's corner). */
  link?: CellLocation & { column: number };
  /** A title or a column header row (bold). */
  heading?: boolean;
  /** A finding row: its severity colours the first cell. */
  severity?: Severity;
}

export interface ReportPlan {
  sheetName: string;
  rows: ReportRow[];
}

export const REPORT_NAME = '审核报告';
export const FINDING_COLUMNS = ['严重程度', '规则', '标题', '工作表', '单元格', '期望', '实际', '差额', '说明', '相关单元格', '出错说明'];

/** A sheet name not yet taken: 审核报告, 审核报告(2), … (Excel compares names without case). */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}(${i})`.toLowerCase())) return `${base}(${i})`;
}

type ReportInput = Pick<AuditResult, 'findings' | 'tables' | 'unrecognized' | 'unchecked'> & Partial<Pick<AuditResult, 'summary'>>;

/** 期望/实际/差额 as a number with its format; text figures (a printed label) stay text. */
function figureCell(f: Finding, value: string | undefined): ReportCell {
  if (value === undefined) return '';
  if (f.kind === 'text' || !/^-?\d+(\.\d+)?$/.test(value)) return value;
  return { value: Number(value), numFmt: figureNumFmt(f) };
}

function section(rows: ReportRow[], title: string, header: string[]): void {
  rows.push({ cells: [] }, { cells: [title], heading: true }, { cells: header, heading: true });
}

/**
 * The 审核报告 sheet, the same in the add-in and in the CLI's annotated copy: findings worst first
 * with a link to their cell, then the recognized tables, the unrecognized sheets and the rules
 * not checked (not checked is not passed: users must see coverage).
 */
export function planReport(result: ReportInput, existingSheets: readonly string[], explanations: Explanations = {}, file?: string): ReportPlan {
  // The engine's counts, with the explanations given now (the pane's, or none in the CLI).
  const s = summarize(result.findings, result.unchecked, explanations);
  const sheets = new Set(existingSheets);
  const rows: ReportRow[] = [{ cells: ['决算助手审核报告'], heading: true }];
  if (file) rows.push({ cells: [`文件：${file}`] });
  rows.push({ cells: [summaryLine(s)] }, { cells: [] }, { cells: FINDING_COLUMNS, heading: true });
  for (const f of bySeverity(result.findings)) {
    const first = f.locations[0];
    rows.push({
      cells: [severityWord(f), f.code, f.title, f.sheet, f.cells[0] ?? '', figureCell(f, f.expected), figureCell(f, f.actual), figureCell(f, f.difference), f.message, f.cells.slice(1).join('、'), explanations[findingKey(f)] ?? ''],
      severity: f.severity,
      link: first && sheets.has(first.sheet) ? { ...first, column: 4 } : undefined,
    });
  }
  if (result.findings.length === 0) rows.push({ cells: ['', '', '', '', '', '', '', '', '未发现问题'] });

  section(rows, '已识别的表', ['工作表', '区域', '表', '标签', '标题', '金额单位', '可信度']);
  for (const t of result.tables) {
    rows.push({
      cells: [t.sheet, t.range, `${t.table} ${TABLE_NAMES[t.table]}`, t.label ?? '', t.title ?? '', t.unit ?? '未识别', t.confidence.toFixed(2)],
      link: sheets.has(t.sheet) ? { sheet: t.sheet, cell: t.range.split(':')[0], column: 1 } : undefined,
    });
  }
  if (result.tables.length === 0) rows.push({ cells: ['（未识别出任何表）'] });

  section(rows, '未识别的工作表', ['工作表', '单元格', '原因']);
  for (const u of result.unrecognized) rows.push({ cells: [u.sheet, u.cell ?? '', u.reason] });
  if (result.unrecognized.length === 0) rows.push({ cells: ['（无）'] });

  section(rows, '未检查的规则（没有核对，不代表通过）', ['规则', '标题', '工作表', '原因']);
  for (const u of result.unchecked) rows.push({ cells: [u.code, u.title, u.sheet ?? '', u.reason] });
  if (result.unchecked.length === 0) rows.push({ cells: ['（无）'] });
  return { sheetName: uniqueSheetName(REPORT_NAME, existingSheets), rows };
}

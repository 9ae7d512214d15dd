import type { Finding, Unchecked } from '../engine/finding';
import type { AuditReport, FileReport } from './audit-report';
import { figuresLine } from '../engine/plan/figures';
import { bySeverity, severityWord } from '../engine/plan/severity';
import { addCounts, countsText, NO_COUNTS, summaryCounts, summaryText, type SummaryCounts } from './summary-counts';

const WHOLE_WORKBOOK = '（整个工作簿）';

/** The finding, then its 期望/实际/差额 in the one number format of every output (figures.ts). */
function findingWithFigures(f: Finding): string[] {
  const where = f.cells[0] ? ` ${f.cells[0]}` : '';
  const figures = figuresLine(f);
  return [`    ${severityWord(f)} ${f.code}${where} ${f.message}`, ...(figures ? [`      ${figures}`] : [])];
}

/** Sheets in workbook order as far as we know it (tables come in sheet order), then the rest. */
function sheetOrder(report: AuditReport): string[] {
  const names = [...report.tables.map((t) => t.sheet), ...report.findings.map((f) => f.sheet)];
  return [...new Set(names)];
}

function findingLines(findings: readonly Finding[], order: readonly string[]): string[] {
  const lines: string[] = [];
  for (const sheet of order) {
    const here = findings.filter((f) => f.sheet === sheet);
    if (here.length === 0) continue;
    // Stable sort: 错误 → 警告 → 提示 → 尾差, the engine's order (table order, row order) within each.
    here.splice(0, here.length, ...bySeverity(here));
    lines.push(`  工作表 ${sheet || WHOLE_WORKBOOK}`);
    lines.push(...here.flatMap(findingWithFigures));
  }
  return lines;
}

/** One line per distinct reason, naming the rules it stopped: users see coverage, not noise. */
function uncheckedLines(unchecked: readonly Unchecked[]): string[] {
  if (unchecked.length === 0) return [];
  const byReason = new Map<string, string[]>();
  for (const u of unchecked) {
    const codes = byReason.get(u.reason) ?? [];
    if (!codes.includes(u.code)) codes.push(u.code);
    byReason.set(u.reason, codes);
  }
  const lines = [`  未检查（${unchecked.length} 项，这些规则没有核对，不代表通过）`];
  for (const [reason, codes] of byReason) lines.push(`    ${reason}：${codes.join('、')}`);
  return lines;
}

/**
 * The block for one file: findings by sheet, unrecognized sheets, unchecked rules, summary.
 * A file-level error (unreadable file, annotated copy not written) is printed once, on stderr,
 * by the audit command: here only its place is kept.
 */
export function formatTextFile(entry: FileReport): string {
  if (!entry.report) return `${entry.file}：未能审核（原因见错误输出）\n`;
  const r = entry.report;
  const lines = [entry.file];
  if (r.tables.length === 0) lines.push('  未识别出任何决算公开表或绩效自评表，审核规则均未能核对（请确认这是部门决算公开工作簿）');
  else if (r.findings.length === 0) lines.push('  未发现问题');
  lines.push(...findingLines(r.findings, sheetOrder(r)));
  if (r.unrecognized.length > 0) {
    lines.push('  未识别的工作表');
    for (const u of r.unrecognized) lines.push(`    ${u.sheet}：${u.reason}`);
  }
  lines.push(...uncheckedLines(r.unchecked));
  if (entry.annotated) lines.push(`  标注副本：${entry.annotated}`);
  if (entry.annotateError) lines.push('  未能写出标注副本（原因见错误输出）');
  // Nothing recognized is nothing checked: never a line that reads like “错误 0”.
  lines.push(r.tables.length === 0 ? `${entry.file}：未审核（未识别出任何表，${r.unchecked.length} 项检查未能执行）` : `${entry.file}：${summaryText(r)}`);
  return `${lines.join('\n')}\n`;
}

/** The closing line when several files were audited. */
export function formatTextTotal(entries: readonly FileReport[]): string {
  const total = entries.reduce((acc, e) => (e.report ? addCounts(acc, summaryCounts(e.report)) : acc), NO_COUNTS);
  const unaudited = entries.filter((e) => e.report && e.report.tables.length === 0).length;
  return formatTextTotalOf(entries.length, entries.filter((e) => !e.report).length, total, unaudited);
}

/** The closing line from running totals (a batch does not keep every file's report). */
export function formatTextTotalOf(files: number, failed: number, total: SummaryCounts, unaudited = 0): string {
  // Files read but with nothing recognized are named apart: their “错误 0” means nothing was checked.
  const tail = `${unaudited > 0 ? `；${unaudited} 个文件未审核（未识别出任何表）` : ''}${failed > 0 ? `；${failed} 个文件未能审核` : ''}`;
  return `合计 ${files} 个文件：${countsText(total)}${tail}\n`;
}

export function formatText(entries: readonly FileReport[]): string {
  const blocks = entries.map(formatTextFile);
  if (entries.length > 1) blocks.push(formatTextTotal(entries));
  return blocks.join('\n');
}

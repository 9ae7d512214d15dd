import { fillableFindings, planFill } from './fill';
import type { Finding, Unchecked } from './finding';
import { rangeToA1 } from './model/address';
import { findingKey } from './plan/finding-key';
import type { WorkbookSnapshot } from './model/snapshot';
import type { AmountUnit } from './money/unit';
import { checkReadings } from './recognize/reading-check/check-readings';
import { recognizeWorkbook, type TableOverride } from './recognize/recognize-workbook';
import { RULES } from './rules';
import type { AuditOptions, Rule } from './rules/rule';
import { dedupeFindings } from './rules/dedupe';
import { runRules } from './rules/run-rules';
import type { TableId } from './tables/table-id';
import type { TableSet, Unrecognized } from './tables/table-set';

export interface MappedTable {
  sheet: string;
  range: string;
  table: TableId;
  label?: string;
  unit?: AmountUnit;
  confidence: number;
  title?: string;
  variant?: string;
}

/**
 * The one set of counts every output shows (JSON, CLI text, task pane, 审核报告): each finding is
 * counted once, in error, warning, info or rounding (尾差: an info finding inside the rounding
 * envelope, not in info); explained counts the findings, of any of those, with an 出错说明.
 */
export interface AuditSummary {
  error: number;
  warning: number;
  rounding: number;
  info: number;
  unchecked: number;
  explained: number;
}

export interface AuditResult {
  tables: MappedTable[];
  unrecognized: Unrecognized[];
  findings: Finding[];
  unchecked: Unchecked[];
  summary: AuditSummary;
  /** The typed tables, for the fill and narrative engines and for tests. */
  tableSet: TableSet;
}

export function mappedTables(set: TableSet): MappedTable[] {
  const tables: MappedTable[] = set.tables.map((t) => ({
    sheet: t.sheet,
    range: rangeToA1(t.range),
    table: t.id,
    label: t.meta.label?.text,
    unit: t.unit,
    confidence: t.confidence,
    title: t.meta.title?.text,
    variant: t.variant,
  }));
  for (const pe of set.selfEvals) {
    tables.push({
      sheet: pe.sheet,
      range: rangeToA1(pe.range),
      table: 'PE',
      label: pe.meta.label?.text,
      unit: '万元',
      confidence: pe.confidence,
      title: pe.projectName?.text ?? pe.meta.title?.text,
      variant: pe.variant,
    });
  }
  return tables;
}

/** The counts; `explanations` (出错说明 by findingKey) only decides `explained`. */
export function summarize(findings: readonly Finding[], unchecked: readonly Unchecked[], explanations: Readonly<Record<string, string>> = {}): AuditSummary {
  const summary: AuditSummary = { error: 0, warning: 0, rounding: 0, info: 0, unchecked: unchecked.length, explained: 0 };
  const anyExplained = Object.keys(explanations).length > 0;
  for (const f of findings) {
    if (f.severity === 'info' && f.rounding) summary.rounding++;
    else summary[f.severity]++;
    if (anyExplained && explanations[findingKey(f)]) summary.explained++;
  }
  return summary;
}

export interface AuditInput extends AuditOptions {
  /** The user's mapping corrections, saved in the workbook by the task pane. */
  overrides?: TableOverride[];
  /** 出错说明 saved in the workbook, by findingKey: counted in summary.explained. */
  explanations?: Readonly<Record<string, string>>;
}

/** The whole audit: recognize every table, run every rule. Pure: snapshot in, findings out. */
export function audit(workbook: WorkbookSnapshot, options: AuditInput = {}, rules: readonly Rule[] = RULES): AuditResult {
  const tableSet = recognizeWorkbook(workbook, options.overrides);
  const reading = checkReadings(tableSet, rules, options);
  const results = runRules(rules, tableSet, options);
  // A blank derived cell (结余, 执行率, 得分, 总分, 等级, a 公开 total) that can be computed: info “未填，可填充为 …”.
  // An implausible reading keeps one structural finding and none from its cells (issue 6 item 2).
  const findings = reading.filter([...dedupeFindings(results.findings, tableSet.tables), ...fillableFindings(planFill(tableSet, { blanksOnly: true }))]);
  const unchecked = [...results.unchecked, ...reading.unchecked];
  return { tables: mappedTables(tableSet), unrecognized: tableSet.unrecognized, findings, unchecked, summary: summarize(findings, unchecked, options.explanations), tableSet };
}

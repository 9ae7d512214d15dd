import type { Finding, Severity } from '../../src/engine/finding';
import type { WorkbookSnapshot } from '../../src/engine/model/snapshot';
import { recognizeWorkbook } from '../../src/engine/recognize/recognize-workbook';
import type { AuditOptions, Rule } from '../../src/engine/rules/rule';
import { runRules } from '../../src/engine/rules/run-rules';
import { COMMON_MESSAGES } from '../../src/engine/rules/support/common-messages';

export interface AcceptCase {
  name: string;
  workbook: () => WorkbookSnapshot;
  options?: AuditOptions;
  /** Info findings (尾差) are allowed in this accept case. */
  allowInfo?: boolean;
  /** The rule may report “not checked” here (e.g. the table is absent, which is accepted). */
  allowUnchecked?: boolean;
}

export interface ExpectedFinding {
  severity: Severity;
  /** Cells the finding must name: 'C33' on the finding's sheet, or '公开02表!C9'. */
  cells?: string[];
  /** A fragment the message must contain (use sparingly: tests assert data, not wording). */
  messageIncludes?: string;
}

export interface RejectCase extends AcceptCase {
  expect: ExpectedFinding[];
}

/** Cases for a rule that cannot run: the expected `unchecked` reasons (fragments). */
export interface UncheckedCase extends AcceptCase {
  uncheckedIncludes: string;
}

export interface RuleCases {
  accept: AcceptCase[];
  reject: RejectCase[];
  unchecked?: UncheckedCase[];
}

export type CaseBook = Record<string, RuleCases>;

function names(finding: Finding): string[] {
  return finding.locations.flatMap((l) => (l.sheet === finding.sheet ? [l.cell, `${l.sheet}!${l.cell}`] : [`${l.sheet}!${l.cell}`]));
}

function describeFindings(findings: Finding[]): string {
  return findings.map((f) => `[${f.severity}] ${f.cells.join(',')} ${f.message}`).join('\n') || '(none)';
}

/** Runs one rule over a case workbook; fails on template misuse or a mutated input. */
export function runRuleOn(rule: Rule, workbook: WorkbookSnapshot, options: AuditOptions = {}) {
  const before = JSON.stringify(workbook);
  const tables = recognizeWorkbook(workbook);
  const tablesBefore = JSON.stringify(tables.tables) + JSON.stringify(tables.selfEvals);
  const result = runRules([rule], tables, options);
  expect(JSON.stringify(workbook)).toBe(before);
  expect(JSON.stringify(tables.tables) + JSON.stringify(tables.selfEvals)).toBe(tablesBefore);
  for (const f of result.findings) {
    expect(f.code).toBe(rule.code);
    expect(f.messageId).not.toBe('internalError');
    const known = f.messageId in rule.messages || f.messageId in COMMON_MESSAGES;
    if (!known) throw new Error(`${rule.code} 使用了未定义的消息 ${f.messageId}`);
    if (/\{\w+\}/.test(f.message)) throw new Error(`${rule.code} 的消息有未填充的占位符：${f.message}`);
    expect(f.cells.length).toBeGreaterThan(0);
  }
  return result;
}

/** Defines the jest tests of one rule from its accept / reject / unchecked cases. */
export function testRuleCases(rule: Rule, cases: RuleCases): void {
  const all = [...cases.accept, ...cases.reject, ...(cases.unchecked ?? [])].map((c) => c.name);
  it('has unique case names', () => expect(new Set(all).size).toBe(all.length));

  for (const c of cases.accept) {
    it(`accepts: ${c.name}`, () => {
      const { findings, unchecked } = runRuleOn(rule, c.workbook(), c.options);
      const visible = findings.filter((f) => f.severity !== 'info' || !c.allowInfo);
      if (visible.length > 0) throw new Error(`期望无问题，实际：\n${describeFindings(visible)}`);
      if (!c.allowUnchecked) expect(unchecked).toEqual([]);
    });
  }
  for (const c of cases.reject) {
    it(`rejects: ${c.name}`, () => {
      const { findings } = runRuleOn(rule, c.workbook(), c.options);
      for (const e of c.expect) {
        const match = findings.find(
          (f) => f.severity === e.severity && (e.cells ?? []).every((cell) => names(f).includes(cell)) && (!e.messageIncludes || f.message.includes(e.messageIncludes)),
        );
        if (!match) throw new Error(`期望 ${e.severity} ${JSON.stringify(e.cells ?? [])}，实际：\n${describeFindings(findings)}`);
      }
    });
  }
  for (const c of cases.unchecked ?? []) {
    it(`cannot check: ${c.name}`, () => {
      const { unchecked } = runRuleOn(rule, c.workbook(), c.options);
      expect(unchecked.map((u) => u.reason).join('\n')).toContain(c.uncheckedIncludes);
    });
  }
}

import type { Finding, Unchecked } from '../finding';
import { Decimal, toFixed } from '../money/decimal';
import type { TableSet } from '../tables/table-set';
import type { ValueCell } from '../values/value-cell';
import type { AuditOptions, FindingCell, ReportInput, Rule, RuleContext } from './rule';
import { decimalsOf } from './support/amounts';
import { figureKind } from './support/figure-kind';
import { locationOf, qualified } from './support/cell-ref';
import { COMMON_MESSAGES } from './support/common-messages';
import { renderMessage } from './support/render-message';

export interface RuleResults {
  findings: Finding[];
  unchecked: Unchecked[];
}

function asText(value: Decimal | string | undefined, decimals: number): string | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : toFixed(value, decimals);
}

/** The decimals the figures were written with (a rule may give its own, e.g. 3 for a rate). */
function figureDecimals(figures: readonly (string | undefined)[]): number {
  return Math.max(0, ...figures.map((f) => (f && f.includes('.') ? f.length - f.indexOf('.') - 1 : 0)));
}

function isValueCell(cell: FindingCell): cell is ValueCell {
  return 'pos' in cell;
}

export function buildFinding<M extends string>(rule: Rule<M>, input: ReportInput<M>): Finding {
  const locations = input.cells.map(locationOf);
  const sheet = locations[0]?.sheet ?? '';
  const data: Record<string, string> = {};
  for (const k in input.data) data[k] = String(input.data[k]);
  const template = (rule.messages as Record<string, string>)[input.messageId] ?? COMMON_MESSAGES[input.messageId as keyof typeof COMMON_MESSAGES] ?? input.messageId;
  const valueCells = input.cells.filter(isValueCell);
  const decimals = decimalsOf(valueCells);
  const expected = asText(input.expected, decimals);
  const actual = asText(input.actual, decimals);
  const difference = asText(input.difference, decimals);
  const figures = expected ?? actual ?? difference;
  const kind = figures === undefined ? undefined : figureKind(rule.code, valueCells, [expected, actual, difference]);
  return {
    code: rule.code,
    title: rule.title,
    severity: input.severity ?? rule.severity,
    sheet,
    cells: locations.map((l) => (l.sheet === sheet ? l.cell : qualified(l))),
    locations,
    expected,
    actual,
    difference,
    tolerance: asText(input.tolerance, 3),
    rounding: input.rounding,
    ...(kind && { kind: kind.kind, decimals: figureDecimals([expected, actual, difference]), ...(kind.unit && { unit: kind.unit }) }),
    message: renderMessage(template, data),
    messageId: input.messageId,
    data,
  };
}

/** Runs each rule; a crashing rule becomes an internal-error finding and never blanks the report. */
export function runRules(rules: readonly Rule[], tables: TableSet, options: AuditOptions = {}): RuleResults {
  const findings: Finding[] = [];
  const unchecked: Unchecked[] = [];
  for (const rule of rules) {
    const ctx: RuleContext = {
      tables,
      options,
      report: (input) => findings.push(buildFinding(rule, input)),
      unchecked: (reason, sheet) => unchecked.push({ code: rule.code, title: rule.title, reason, sheet }),
    };
    try {
      rule.check(ctx);
    } catch (error) {
      findings.push({
        code: rule.code,
        title: rule.title,
        severity: 'error',
        sheet: '',
        cells: [],
        locations: [],
        message: `规则 ${rule.code}（${rule.title}）运行出错，本项未能审核：${error instanceof Error ? error.message : String(error)}`,
        messageId: 'internalError',
        data: {},
      });
    }
  }
  return { findings, unchecked };
}

import type { Finding } from '../finding';
import { Decimal, formatAmount } from '../money/decimal';

type Figures = Pick<Finding, 'expected' | 'actual' | 'difference' | 'kind' | 'unit' | 'decimals'>;

const NUMERIC = /^-?\d+(\.\d+)?$/;

/**
 * One figure of a finding as every output shows it: amounts and plain numbers with 千分位 and
 * the finding's decimals (1,234,567.90), rates with % (69.00%), counts as whole numbers, scores
 * as 自评表 write them (90, 86.8, 94.56); text (a printed label) as it is. The unit is not
 * repeated here: see figuresUnit.
 */
export function figureText(finding: Pick<Finding, 'kind' | 'decimals'>, value: string): string {
  if (!NUMERIC.test(value) || finding.kind === 'text') return value;
  if (finding.kind === 'score') return new Decimal(value).toFixed();
  const decimals = finding.decimals ?? (value.includes('.') ? value.length - value.indexOf('.') - 1 : 0);
  const grouped = formatAmount(new Decimal(value), finding.kind === 'count' ? 0 : decimals);
  return finding.kind === 'rate' ? `${grouped}%` : grouped;
}

/** “万元” for amounts in a known unit, “分” for scores; nothing otherwise. */
export function figuresUnit(finding: Pick<Finding, 'kind' | 'unit'>): string | undefined {
  if (finding.kind === 'score') return '分';
  return finding.kind === 'amount' ? finding.unit : undefined;
}

export interface FigurePart {
  label: '期望' | '实际' | '差额';
  text: string;
}

/** 期望 / 实际 / 差额, those the finding has, formatted. */
export function figureParts(finding: Figures): FigurePart[] {
  const parts: FigurePart[] = [];
  if (finding.expected !== undefined) parts.push({ label: '期望', text: figureText(finding, finding.expected) });
  if (finding.actual !== undefined) parts.push({ label: '实际', text: figureText(finding, finding.actual) });
  if (finding.difference !== undefined) parts.push({ label: '差额', text: figureText(finding, finding.difference) });
  return parts;
}

/** “期望 1,234.50，实际 1,234.51，差额 0.01（万元）”: the notes and the CLI text. */
export function figuresLine(finding: Figures, separator = '，'): string | undefined {
  const parts = figureParts(finding);
  if (parts.length === 0) return undefined;
  const unit = figuresUnit(finding);
  return `${parts.map((p) => `${p.label} ${p.text}`).join(separator)}${unit ? `（${unit}）` : ''}`;
}

/** The Excel number format of a figure cell in the 审核报告 sheet. */
export function figureNumFmt(finding: Pick<Finding, 'kind' | 'decimals' | 'unit'>): string {
  // Scores show as written (90, 86.8): General drops the padding zeros.
  if (finding.kind === 'score') return 'General';
  const decimals = finding.kind === 'count' ? 0 : (finding.decimals ?? 2);
  const body = decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
  return finding.kind === 'rate' ? `${body}"%"` : body;
}

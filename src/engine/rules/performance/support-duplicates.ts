import type { SelfEval } from '../../tables/self-eval';
import type { TableSet } from '../../tables/table-set';
import { normalizeText } from '../../values/normalize';
import type { ValueCell } from '../../values/value-cell';

/** The figure a cell prints: its amount for a number, else its text. */
function figure(cell: ValueCell | undefined): string {
  return cell && cell.kind === 'number' ? cell.value.toString() : (cell?.text ?? '');
}

/** Two cells print the same figure; numbers are compared as Decimals, without writing either out. */
function sameFigure(a: ValueCell | undefined, b: ValueCell | undefined): boolean {
  // One Decimal per figure per workbook (NumberDecimals): a repeated table's figures are the very same objects.
  if (a?.kind === 'number' && b?.kind === 'number') return a.value === b.value || a.value.equals(b.value);
  return figure(a) === figure(b);
}

const FUND_FIGURES = ['declared', 'compiled', 'annualBudget', 'executed', 'balance', 'rate', 'score'] as const;

/**
 * Every figure of the two tables is the same: funds lines, 分值/得分 (with the 三级指标 they belong
 * to) and 总分 — the same table twice. Compared cell by cell, stopping at the first difference.
 */
export function sameFigures(a: SelfEval, b: SelfEval): boolean {
  if (a.funds.length !== b.funds.length || a.indicators.length !== b.indicators.length) return false;
  for (let i = 0; i < a.funds.length; i++) for (const field of FUND_FIGURES) if (!sameFigure(a.funds[i][field], b.funds[i][field])) return false;
  for (let i = 0; i < a.indicators.length; i++) {
    const x = a.indicators[i];
    const y = b.indicators[i];
    if (x.level3.text !== y.level3.text || !sameFigure(x.weight, y.weight) || !sameFigure(x.score, y.score)) return false;
  }
  return sameFigure(a.total, b.total);
}

/** Project name as a key: 全角/半角 and spaces folded, per variant (a 汇总表 row is no twin of a 自评表). */
export function nameKey(pe: SelfEval): string {
  // normalizeText: NFKC without white space, skipped for names it cannot change (most).
  return `${pe.variant}:${normalizeText(pe.projectName?.text.trim() || pe.meta.title?.text.trim() || pe.sheet)}`;
}

/**
 * The 自评表 without the exact repeats PE-12 reports: a table copied twice is one project, checked
 * once by the other PE rules and counted once in totals such as X-17's coverage. Figures are
 * compared only between tables of the same name (most workbooks have none, and compare nothing).
 */
export function distinctSelfEvals(tables: TableSet): SelfEval[] {
  // Listed once per audit: the PE rules, X-17 and the unit-scale check all ask.
  return [...tables.derive(withoutRepeats)];
}

function withoutRepeats(tables: TableSet): SelfEval[] {
  const keptByName = new Map<string, SelfEval[]>();
  return tables.selfEvals.filter((pe) => {
    if (!pe.projectName) return true;
    const key = nameKey(pe);
    const kept = keptByName.get(key);
    if (!kept) {
      keptByName.set(key, [pe]);
      return true;
    }
    if (kept.some((k) => sameFigures(k, pe))) return false;
    kept.push(pe);
    return true;
  });
}

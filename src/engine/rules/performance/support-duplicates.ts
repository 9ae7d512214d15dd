import type { SelfEval } from '../../tables/self-eval';
import type { ValueCell } from '../../values/value-cell';

function figure(cell: ValueCell | undefined): string {
  return cell && cell.kind === 'number' ? cell.value.toString() : (cell?.text ?? '');
}

/** Every figure of the table: funds lines, 分值/得分 and 总分. Equal fingerprints = the same table twice. */
export function fingerprint(pe: SelfEval): string {
  const funds = pe.funds.map((f) => [f.declared, f.compiled, f.annualBudget, f.executed, f.balance, f.rate, f.score].map(figure).join('|'));
  const indicators = pe.indicators.map((i) => `${i.level3.text}:${figure(i.weight)}:${figure(i.score)}`);
  return [...funds, ...indicators, figure(pe.total)].join('/');
}

/** Project name as a key: 全角/半角 and spaces folded, per variant (a 汇总表 row is no twin of a 自评表). */
export function nameKey(pe: SelfEval): string {
  const name = (pe.projectName?.text.trim() || pe.meta.title?.text.trim() || pe.sheet).normalize('NFKC').replace(/\s+/g, '');
  return `${pe.variant}:${name}`;
}

/** The earlier table each 自评表 repeats exactly (same project name, same figures), if any. */
export function twinOf(all: readonly SelfEval[], pe: SelfEval): SelfEval | undefined {
  const index = all.indexOf(pe);
  return all.slice(0, index).find((e) => e.projectName && pe.projectName && nameKey(e) === nameKey(pe) && fingerprint(e) === fingerprint(pe));
}

/**
 * The 自评表 without the exact repeats PE-12 reports: a table copied twice is one project, checked
 * once by the other PE rules and counted once in totals such as X-17's coverage.
 */
export function distinctSelfEvals(all: readonly SelfEval[]): SelfEval[] {
  return all.filter((pe) => !twinOf(all, pe));
}

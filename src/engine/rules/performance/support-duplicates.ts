import type { SelfEval } from '../../tables/self-eval';
import type { ValueCell } from '../../values/value-cell';

function figure(cell: ValueCell | undefined): string {
  return cell && cell.kind === 'number' ? cell.value.toString() : (cell?.text ?? '');
}

// A 自评表 is immutable once read; its keys are computed once however many rules compare it.
const fingerprints = new WeakMap<SelfEval, string>();
const nameKeys = new WeakMap<SelfEval, string>();
const distinct = new WeakMap<readonly SelfEval[], SelfEval[]>();

/** Every figure of the table: funds lines, 分值/得分 and 总分. Equal fingerprints = the same table twice. */
export function fingerprint(pe: SelfEval): string {
  let key = fingerprints.get(pe);
  if (key === undefined) {
    const funds = pe.funds.map((f) => [f.declared, f.compiled, f.annualBudget, f.executed, f.balance, f.rate, f.score].map(figure).join('|'));
    const indicators = pe.indicators.map((i) => `${i.level3.text}:${figure(i.weight)}:${figure(i.score)}`);
    fingerprints.set(pe, (key = [...funds, ...indicators, figure(pe.total)].join('/')));
  }
  return key;
}

/** Project name as a key: 全角/半角 and spaces folded, per variant (a 汇总表 row is no twin of a 自评表). */
export function nameKey(pe: SelfEval): string {
  let key = nameKeys.get(pe);
  if (key === undefined) {
    const name = (pe.projectName?.text.trim() || pe.meta.title?.text.trim() || pe.sheet).normalize('NFKC').replace(/\s+/g, '');
    nameKeys.set(pe, (key = `${pe.variant}:${name}`));
  }
  return key;
}

/**
 * The 自评表 without the exact repeats PE-12 reports: a table copied twice is one project, checked
 * once by the other PE rules and counted once in totals such as X-17's coverage. Figures are
 * compared only between tables of the same name (most workbooks have none, and skip fingerprints).
 */
export function distinctSelfEvals(all: readonly SelfEval[]): SelfEval[] {
  let result = distinct.get(all);
  if (!result) {
    const keptByName = new Map<string, SelfEval[]>();
    result = all.filter((pe) => {
      if (!pe.projectName) return true;
      const kept = keptByName.get(nameKey(pe));
      if (!kept) {
        keptByName.set(nameKey(pe), [pe]);
        return true;
      }
      if (kept.some((k) => fingerprint(k) === fingerprint(pe))) return false;
      kept.push(pe);
      return true;
    });
    distinct.set(all, result);
  }
  return [...result];
}

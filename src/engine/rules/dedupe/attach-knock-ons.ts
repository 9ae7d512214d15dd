import type { CellLocation, Finding } from '../../finding';
import { TABLE_NAMES } from '../../tables/table-id';

const at = (f: Finding) => f.locations.map((l) => `${l.sheet}!${l.cell}`);

/**
 * A PE-9 budget adjustment already quotes the sentence (“预算下达42万元，…预算执行率为69%”) and
 * explains why its figures differ from the table: PE-10 warnings on that same sentence are its
 * consequence, not a second problem. They are folded into the PE-9 finding.
 */
function attachToBudgetBasis(findings: Finding[]): Finding[] {
  const causes = findings.filter((f) => f.code === 'PE-9' && f.severity !== 'info');
  if (causes.length === 0) return findings;
  const absorbed = new Map<Finding, Finding[]>();
  const kept = findings.filter((f) => {
    if (f.code !== 'PE-10' || f.severity !== 'warning' || f.locations.length === 0) return true;
    const sentence = at(f)[0];
    const cause = causes.find((c) => c.sheet === f.sheet && at(c).includes(sentence));
    if (!cause) return true;
    absorbed.set(cause, [...(absorbed.get(cause) ?? []), f]);
    return false;
  });
  return kept.map((f) => {
    const knockOns = absorbed.get(f);
    if (!knockOns) return f;
    const quotes = knockOns.map((k) => k.data.quote).filter(Boolean);
    const note = quotes.length > 0 ? `（同句“${quotes.join('”“')}”与表不符，亦由此而来，不另报）` : '（同句所引数字与表不符，亦由此而来，不另报）';
    return { ...f, message: `${f.message}${note}`, data: { ...f.data, knockOns: String(knockOns.length) } };
  });
}

/**
 * L-1 label problems once per table: a label both used twice (duplicateLabel) and wrong for its
 * table (wrongLabel) is one problem, told in the duplicate finding.
 */
function oneLabelFinding(findings: Finding[]): Finding[] {
  const duplicates = findings.filter((f) => f.code === 'L-1' && f.messageId === 'duplicateLabel');
  if (duplicates.length === 0) return findings;
  const absorbed = new Map<Finding, Finding[]>();
  const kept = findings.filter((f) => {
    if (f.code !== 'L-1' || (f.messageId !== 'wrongLabel' && f.messageId !== 'wrongLabelAny')) return true;
    const cause = duplicates.find((d) => at(d).includes(at(f)[0]));
    if (!cause) return true;
    absorbed.set(cause, [...(absorbed.get(cause) ?? []), f]);
    return false;
  });
  return kept.map((f) => {
    const wrong = absorbed.get(f);
    if (!wrong) return f;
    const which = wrong.map((w) => `${w.data.sheet} ${w.data.cell} 应为“${w.data.expected.startsWith('公开') ? w.data.expected : `公开${w.data.expected}表`}”`);
    return { ...f, message: `${f.message}；其中 ${which.join('，')}` };
  });
}

/** X-10 names the fund of each table by the table's name; X-8 / X-9 compare that table line by line. */
const LINE_BY_LINE: Record<string, string> = { [TABLE_NAMES.TGF]: 'X-8', [TABLE_NAMES.TSOC]: 'X-9' };

/**
 * A fund table with data beside an empty 财政拨款收入支出决算总表 column (or the reverse) is one
 * problem, told by X-10: every line X-8 / X-9 then finds different is its consequence.
 */
function attachToEmptyFund(findings: Finding[]): Finding[] {
  const causes = findings.filter((f) => f.code === 'X-10' && LINE_BY_LINE[f.data.table]);
  if (causes.length === 0) return findings;
  const absorbed = new Map<Finding, Finding[]>();
  const kept = findings.filter((f) => {
    const cause = causes.find((c) => LINE_BY_LINE[c.data.table] === f.code);
    if (!cause) return true;
    absorbed.set(cause, [...(absorbed.get(cause) ?? []), f]);
    return false;
  });
  return kept.map((f) => {
    const knockOns = absorbed.get(f);
    if (!knockOns) return f;
    return { ...f, message: `${f.message}（因此两表逐项核对的 ${knockOns.length} 处不一致不另报）`, data: { ...f.data, knockOns: String(knockOns.length) } };
  });
}

const place = (l: CellLocation) => `${l.sheet}!${l.cell}`;

/**
 * One wrong total breaks every identity it enters, by the same amount: 合计 本年收入 96.00 for
 * Σ 95.00 (GF-3) also leaves the 合计 row's 年末 = 年初 + 收入 − 支出 off by 1.00 (GF-2), and a
 * 收入合计 off by 1.00 leaves 总计 and the same figure in another table off by 1.00 too. When a sum
 * finding's total cell enters another identity (a sum or a two-place comparison) that is off by
 * the very same difference (both beyond rounding), the other is its consequence, told in the first.
 */
function attachToWrongTotal(findings: Finding[]): Finding[] {
  const broken = (f: Finding) => f.severity !== 'info' && f.difference !== undefined && f.locations.length > 1;
  const sums = findings.filter((f) => f.messageId === 'sum' && broken(f));
  const others = findings.filter((f) => (f.messageId === 'sum' || f.messageId === 'equal') && broken(f));
  if (sums.length === 0 || others.length < 2) return findings;
  const absorbed = new Map<Finding, Finding[]>();
  const taken = new Set<Finding>();
  for (const cause of sums) {
    if (taken.has(cause)) continue;
    const total = place(cause.locations[0]);
    for (const other of others) {
      if (other === cause || taken.has(other) || absorbed.has(other) || other.difference !== cause.difference) continue;
      if (!other.locations.some((l) => place(l) === total)) continue;
      absorbed.set(cause, [...(absorbed.get(cause) ?? []), other]);
      taken.add(other);
    }
  }
  if (taken.size === 0) return findings;
  return findings
    .filter((f) => !taken.has(f))
    .map((f) => {
      const knockOns = absorbed.get(f);
      if (!knockOns) return f;
      // Each knock-on by its rule and the cell it compares the total with.
      const which = knockOns.map((k) => `${k.code} ${k.cells.find((c) => c !== f.cells[0]) ?? k.cells[0]}`).join('、');
      return {
        ...f,
        cells: [...f.cells, ...knockOns.flatMap((k) => k.cells.filter((c) => !f.cells.includes(c)))],
        locations: [...f.locations, ...knockOns.flatMap((k) => k.locations.filter((l) => !f.locations.some((m) => place(m) === place(l))))],
        message: `${f.message}（${f.cells[0]} 参与的 ${which} 因此相差同样的 ${f.difference}，不另报）`,
        data: { ...f.data, knockOns: String(knockOns.length) },
      };
    });
}

/** Knock-on findings are attached to the finding of their cause. */
export function attachKnockOns(findings: readonly Finding[]): Finding[] {
  return oneLabelFinding(attachToWrongTotal(attachToEmptyFund(attachToBudgetBasis([...findings]))));
}

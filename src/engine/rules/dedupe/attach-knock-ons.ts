import type { CellLocation, Finding } from '../../finding';
import { TABLE_NAMES } from '../../tables/table-id';

const place = (l: CellLocation) => `${l.sheet}!${l.cell}`;
const at = (f: Finding) => f.locations.map(place);

/**
 * Takes out every finding whose cause `causeOf` names, and lets `tell` say them in the cause's
 * finding (which keeps its place in the list).
 */
function fold(findings: Finding[], causeOf: (f: Finding) => Finding | undefined, tell: (cause: Finding, knockOns: Finding[]) => Finding): Finding[] {
  const absorbed = new Map<Finding, Finding[]>();
  const kept = findings.filter((f) => {
    const cause = causeOf(f);
    if (!cause || cause === f) return true;
    absorbed.set(cause, [...(absorbed.get(cause) ?? []), f]);
    return false;
  });
  return kept.map((f) => {
    const knockOns = absorbed.get(f);
    return knockOns ? tell(f, knockOns) : f;
  });
}

const counted = (f: Finding, note: string, knockOns: Finding[]): Finding => ({ ...f, message: `${f.message}${note}`, data: { ...f.data, knockOns: String(knockOns.length) } });

/**
 * A PE-9 budget adjustment already quotes the sentence (“预算下达42万元，…预算执行率为69%”) and
 * explains why its figures differ from the table: PE-10 warnings on that same sentence are its
 * consequence, not a second problem. They are folded into the PE-9 finding.
 */
function attachToBudgetBasis(findings: Finding[]): Finding[] {
  const causes = findings.filter((f) => f.code === 'PE-9' && f.severity !== 'info');
  if (causes.length === 0) return findings;
  const causeOf = (f: Finding) => (f.code === 'PE-10' && f.severity === 'warning' && f.locations.length > 0 ? causes.find((c) => c.sheet === f.sheet && at(c).includes(at(f)[0])) : undefined);
  return fold(findings, causeOf, (f, knockOns) => {
    const quotes = knockOns.map((k) => k.data.quote).filter(Boolean);
    return counted(f, quotes.length > 0 ? `（同句“${quotes.join('”“')}”与表不符，亦由此而来，不另报）` : '（同句所引数字与表不符，亦由此而来，不另报）', knockOns);
  });
}

/**
 * L-1 label problems once per table: a label both used twice (duplicateLabel) and wrong for its
 * table (wrongLabel) is one problem, told in the duplicate finding.
 */
function oneLabelFinding(findings: Finding[]): Finding[] {
  const duplicates = findings.filter((f) => f.code === 'L-1' && f.messageId === 'duplicateLabel');
  if (duplicates.length === 0) return findings;
  const causeOf = (f: Finding) => (f.code === 'L-1' && (f.messageId === 'wrongLabel' || f.messageId === 'wrongLabelAny') ? duplicates.find((d) => at(d).includes(at(f)[0])) : undefined);
  return fold(findings, causeOf, (f, wrong) => {
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
  const causeOf = (f: Finding) => causes.find((c) => LINE_BY_LINE[c.data.table] === f.code);
  return fold(findings, causeOf, (f, knockOns) => counted(f, `（因此两表逐项核对的 ${knockOns.length} 处不一致不另报）`, knockOns));
}

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
  // Causes in list order; a finding already told in one cause is no cause of its own.
  const causeOf = new Map<Finding, Finding>();
  for (const cause of sums) {
    if (causeOf.has(cause)) continue;
    const total = place(cause.locations[0]);
    for (const other of others) {
      if (other === cause || causeOf.has(other) || other.difference !== cause.difference || !other.locations.some((l) => place(l) === total)) continue;
      if ([...causeOf.values()].includes(other)) continue;
      causeOf.set(other, cause);
    }
  }
  return fold(findings, (f) => causeOf.get(f), (f, knockOns) => {
    // Each knock-on by its rule and the cell it compares the total with.
    const which = knockOns.map((k) => `${k.code} ${k.cells.find((c) => c !== f.cells[0]) ?? k.cells[0]}`).join('、');
    return {
      ...counted(f, `（${f.cells[0]} 参与的 ${which} 因此相差同样的 ${f.difference}，不另报）`, knockOns),
      cells: [...f.cells, ...knockOns.flatMap((k) => k.cells.filter((c) => !f.cells.includes(c)))],
      locations: [...f.locations, ...knockOns.flatMap((k) => k.locations.filter((l) => !f.locations.some((m) => place(m) === place(l))))],
    };
  });
}

/** Knock-on findings are attached to the finding of their cause. */
export function attachKnockOns(findings: readonly Finding[]): Finding[] {
  return oneLabelFinding(attachToWrongTotal(attachToEmptyFund(attachToBudgetBasis([...findings]))));
}

import type { Finding } from '../../finding';

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

/** Knock-on findings are attached to the finding of their cause. */
export function attachKnockOns(findings: readonly Finding[]): Finding[] {
  return oneLabelFinding(attachToBudgetBasis([...findings]));
}

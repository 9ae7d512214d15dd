import type { NarrativeAnalysis } from './analyze';
import type { Figure, Printed } from './printed';
import type { SectionText } from './read-narrative';

/** Notes a printed amount of a section for the unit check (N-UNIT-1). */
export function remember(a: NarrativeAnalysis, section: SectionText, p: Printed): void {
  const list = a.printedBySection.get(section.id) ?? [];
  if (!list.some((x) => x.p.index === p.index)) list.push({ p, at: section.cellAt(p.index) });
  a.printedBySection.set(section.id, list);
}

/** A printed amount naming a table quantity (N-AMT-1); the first quantity that names it wins. */
export function addAmount(a: NarrativeAnalysis, section: SectionText, name: string, p: Printed, figure: Figure | undefined): void {
  remember(a, section, p);
  if (a.amounts.some((m) => m.section === section.id && m.printed.index === p.index)) return;
  if (figure) a.amounts.push({ section: section.id, name, printed: p, at: section.cellAt(p.index), figure });
}

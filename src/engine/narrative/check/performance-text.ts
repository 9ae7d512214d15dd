import type { CellLocation } from '../../finding';
import { amountAt, printed, type Printed } from './printed';
import type { SectionText } from './read-narrative';

/**
 * A share of 项目支出 the 预算绩效 part states: “共涉及资金X元，占…项目支出总额的100%” (with the
 * amount it divides), or a bare coverage claim “实现绩效自评“100%”” (§7 000-11, 002-7).
 */
export interface CoverageMention {
  at: CellLocation;
  rate: Printed;
  /** The amount printed before the share in the same sentence (涉及资金X). */
  part?: Printed;
  kind: 'share' | 'claim';
}

const SHARE = /占[^，。；%\d]{0,16}项目支出(?:总额|决算数|总数)?的?\s*(\d+(?:\.\d+)?)\s*[%％]/g;
const CLAIM = /(?:实现|达到)(?:了)?(?:绩效)?自评(?:覆盖率)?[“"]?\s*(\d+(?:\.\d+)?)\s*[%％]|自评覆盖率(?:为|达到?)?\s*(\d+(?:\.\d+)?)\s*[%％]/g;

/** Sentences of a section with their offsets; a line break ends a sentence too. */
export function sentencesOf(section: SectionText): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  for (const { start, line } of section.lineRanges()) {
    let from = start;
    for (const s of line.text.split(/(?<=。)/)) {
      if (s.trim()) out.push({ text: s, start: from });
      from += s.length;
    }
  }
  return out;
}

export function coverageMentions(section: SectionText, skip: (index: number) => boolean): CoverageMention[] {
  const out: CoverageMention[] = [];
  for (const s of sentencesOf(section)) {
    if (skip(s.start) || /部门评价|重点绩效评价|重点评价/.test(s.text)) continue;
    for (const m of s.text.matchAll(SHARE)) {
      const at = s.start + m.index! + m[0].lastIndexOf(m[1]);
      const before = s.text.slice(0, m.index!);
      const funds = [...before.matchAll(/资金\s*(?=\d)/g)].pop();
      const part = funds ? amountAt(section.text, s.start + funds.index! + funds[0].length) : undefined;
      out.push({ at: section.cellAt(at), rate: printed(m[1], undefined, at, at + m[1].length), part, kind: 'share' });
    }
    for (const m of s.text.matchAll(CLAIM)) {
      const number = m[1] ?? m[2];
      const at = s.start + m.index! + m[0].lastIndexOf(number);
      out.push({ at: section.cellAt(at), rate: printed(number, undefined, at, at + number.length), kind: 'claim' });
    }
  }
  return out;
}

/** One project named two ways in consecutive sentences (§7 002-8). */
export interface RenamedProject {
  at: CellLocation;
  nextAt: CellLocation;
  first: string;
  second: string;
}

/** “金保工程运转经费项目” and “金保工程运转经费” are one name; so are “…维护费项目” and “…维护项目”. */
const core = (name: string): string => name.replace(/\s+/g, '').replace(/项目$/, '').replace(/(?:经费|费|支出|资金)$/, '');

function commonPrefix(a: string, b: string): number {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k;
}

/**
 * A numbered item “2、金保工程运转经费项目7.04万元。” whose next sentence starts with another name
 * for the project (“金保工程统一软件运行项目以…为依据”): the same subject (a shared start of the
 * name), a different name, and not another project of the 自评表.
 */
export function renamedProjects(section: SectionText, known: readonly string[]): RenamedProject[] {
  const out: RenamedProject[] = [];
  const knownCores = new Set(known.map(core));
  const sentences = sentencesOf(section);
  for (let i = 0; i + 1 < sentences.length; i++) {
    const head = /^\s*\d+\s*[、.．]\s*([^，。；、\d]{2,40}?)(?:项目)?\s*\d[\d,]*(?:\.\d+)?\s*(?:万元|元)\s*。?\s*$/.exec(sentences[i].text);
    if (!head) continue;
    const next = /^\s*([^，。；、\d《》]{2,40}?)项目(?=以|为|是|主要|根据|依据|的|，)/.exec(sentences[i + 1].text);
    if (!next) continue;
    const a = core(head[1]);
    const b = core(next[1]);
    if (a === b || a.startsWith(b) || b.startsWith(a) || knownCores.has(b) || commonPrefix(a, b) < 2) continue;
    out.push({ at: section.cellAt(sentences[i].start), nextAt: section.cellAt(sentences[i + 1].start), first: `${head[1]}${/项目\s*\d/.test(sentences[i].text) ? '项目' : ''}`, second: `${next[1]}项目` });
  }
  return out;
}

import type { CellLocation } from '../../finding';
import { Decimal } from '../../money/decimal';
import { fromYuan, toYuan, type AmountUnit } from '../../money/unit';
import type { TableRow } from '../../tables/table';
import type { TableSet } from '../../tables/table-set';
import { Facts } from '../facts';
import type { SectionId } from '../paragraph';
import { amountAt, AMOUNT_SOURCE, figureOf, printed, type Figure, type Printed } from './printed';
import { classLabel, quantities, THREE_PUBLIC_ITEMS, type Quantity } from './quantities';
import { readNarrative, type NarrativeDoc, type SectionText } from './read-narrative';
import { addAmount, remember } from './record';
import { countMentions, type CountMention } from './counts';
import { procurementMentions, type BoundMention } from './procurement';

/** A printed amount that names a table quantity (N-AMT-1). */
export interface AmountMention {
  section: SectionId;
  name: string;
  printed: Printed;
  at: CellLocation;
  figure: Figure;
}

/** A printed share with its fixed denominator (N-SHARE-1). */
export interface ShareMention {
  section: SectionId;
  name: string;
  whole: string;
  rate: Printed;
  at: CellLocation;
  part: Figure;
  base: Figure;
}

/** “减少318,639.35元，下降17.76%” and what it is compared with (N-YOY-1…4). */
export interface YoyMention {
  section: SectionId;
  at: CellLocation;
  excerpt: string;
  increase: boolean;
  rateWord: string;
  delta: Printed;
  rate: Printed;
  /** The current figure, in the delta's unit, when the sentence or the section gives it. */
  current?: Decimal;
  /** The prior figure when printed (“上年基本支出622386.62元”). */
  prior?: Decimal;
}

/** “完成年初预算的x%” with the budget and actual it relates (N-COMP-1). */
export interface CompletionMention {
  section: SectionId;
  at: CellLocation;
  excerpt: string;
  rate: Printed;
  budget?: Decimal;
  actual?: Decimal;
  /** The budget is a table cell (三公 预算数), not printed. */
  budgetCells?: Figure;
}

/** An item of a “主要包括” list in 六 that names a T06 row (N-LIST-1). */
export interface ListItem {
  at: CellLocation;
  name: string;
  row: TableRow;
  zero: boolean;
}

/** A difference that needs its reason (N-REASON-1, SG-4). */
export interface ReasonGap {
  section: SectionId;
  at: CellLocation;
  what: string;
}

export interface NarrativeAnalysis {
  doc: NarrativeDoc;
  facts: Facts;
  unit: AmountUnit;
  amounts: AmountMention[];
  shares: ShareMention[];
  yoys: YoyMention[];
  completions: CompletionMention[];
  listItems: ListItem[];
  reasonGaps: ReasonGap[];
  /** Printed counts (辆, 台) a table holds (N-AMT-1). */
  counts: CountMention[];
  /** 中小企业 ≤ 政府采购支出总额, 小微企业 ≤ 中小企业 (N-AMT-1). */
  bounds: BoundMention[];
  /** Printed amounts by section, for the unit check (N-UNIT-1). */
  printedBySection: Map<SectionId, Array<{ p: Printed; at: CellLocation }>>;
}

/** Words between a label and its amount: no digits, no punctuation, no comparison words. */
const GAP = '(?:(?!增加|减少|增长|下降|比|较|上年|占|完成)[^\\d，。；;%、,])';

/**
 * A reason clause. One left as the generator's 【请填写：…原因】 placeholder counts as written:
 * S-6 reports the placeholder, and one root cause is one finding.
 */
export function hasReason(text: string): boolean {
  return /原因/.test(text);
}

/** The narrative of the workbook, parsed once per audit; undefined when there is none. */
export function analyzeNarrative(tables: TableSet): NarrativeAnalysis | undefined {
  return tables.derive(analyze);
}

function analyze(tables: TableSet): NarrativeAnalysis | undefined {
  const doc = readNarrative(tables);
  if (!doc) return undefined;
  const facts = new Facts(tables);
  const unit = facts.unit;
  const a: NarrativeAnalysis = { doc, facts, unit, amounts: [], shares: [], yoys: [], completions: [], listItems: [], reasonGaps: [], counts: [], bounds: [], printedBySection: new Map() };
  const specs = quantities(facts, unit);
  for (const [id, section] of doc.sections) {
    for (const q of specs[id] ?? []) labelled(a, section, q);
    yoys(a, section);
    completions(a, section);
    a.counts.push(...countMentions(facts, section));
  }
  const purchasing = doc.sections.get('政府采购');
  if (purchasing) procurementMentions(a, purchasing);
  const detail = doc.sections.get('一般公共预算具体');
  if (detail) generalDetail(a, detail);
  const basic = doc.sections.get('基本支出');
  if (basic) lists(a, basic);
  for (const id of ['三公总体', '三公具体'] as const) {
    const s = doc.sections.get(id);
    if (s) threePublic(a, s);
  }
  return a;
}

/** “{label}{gap}{amount}[，占比x%]” */
function labelled(a: NarrativeAnalysis, section: SectionText, q: Quantity): void {
  const re = new RegExp(`(?:${q.label})${GAP}{0,10}?(?=\\s*\\d)`, 'g');
  for (const m of section.text.matchAll(re)) {
    const p = amountAt(section.text, m.index! + m[0].length);
    if (!p) continue;
    addAmount(a, section, q.name, p, q.figure);
    const share = /^\s*[，,]?\s*(?:占比|占)([^\d%，。；]{0,14}?)(\d+(?:\.\d+)?)\s*[%％]/.exec(section.text.slice(p.end));
    if (share && q.whole?.figure && q.figure) {
      const at = p.end + share[0].lastIndexOf(share[2]);
      a.shares.push({ section: section.id, name: q.name, whole: q.whole.name, rate: printed(share[2], undefined, at, at + share[2].length), at: section.cellAt(at), part: q.figure, base: q.whole.figure });
    }
  }
}

/** The sentence around `index`: from the last 。 (or ；) before it. */
function sentenceStart(text: string, index: number, stops = '。'): number {
  let i = index - 1;
  while (i >= 0 && !stops.includes(text[i])) i--;
  return i + 1;
}

const YOY = new RegExp(`(增加|减少)了?\\s*${AMOUNT_SOURCE}\\s*[，,]\\s*(?:同比)?(增长|下降|增加|减少)了?\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]`, 'g');

function inUnit(p: Printed, unit: AmountUnit, fallback: AmountUnit): Decimal {
  return fromYuan(toYuan(p.value, p.unit ?? fallback), unit);
}

function yoys(a: NarrativeAnalysis, section: SectionText): void {
  const text = section.text;
  for (const m of text.matchAll(YOY)) {
    const start = m.index!;
    const deltaAt = start + m[0].indexOf(m[2], m[1].length);
    const delta = printed(m[2], m[3] as AmountUnit | undefined, deltaAt, deltaAt + m[2].length);
    const rateAt = start + m[0].lastIndexOf(m[5]);
    const rate = printed(m[5], undefined, rateAt, rateAt + m[5].length);
    const unit = delta.unit ?? a.unit;
    const pre = text.slice(sentenceStart(text, start), start);
    let current: Decimal | undefined;
    let prior: Decimal | undefined;
    // The words just before 增加/减少 name what changed: find where the section gives its amount.
    const label = /([\u4e00-\u9fff“”、]{2,24})$/.exec(pre)?.[1].replace(/^(与上年相比|与上年度相比|比上年|较上年|同比)/, '').replace(/(各|均|比上年|较上年|同比|与上年相比)$/, '');
    // “财政拨款支出总计” may be given as “支出总计”: try the label, then ever shorter endings of it.
    for (let k = 0; label && !/^上年/.test(label) && current === undefined && label.length - k >= 2; k++) {
      const escaped = label.slice(k).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const found = [...text.slice(0, start).matchAll(new RegExp(`${escaped}${GAP}{0,6}?(?=\\s*\\d)`, 'g'))]
        .map((x) => amountAt(text, x.index! + x[0].length))
        .filter((p): p is Printed => p !== undefined && !/(增加|减少)了?\s*$/.test(text.slice(0, p.index)))
        .pop();
      if (found) current = inUnit(found, unit, a.unit);
    }
    if (current === undefined) {
      const amounts = [...pre.matchAll(new RegExp(AMOUNT_SOURCE, 'g'))].filter((x) => (x[2] || x[1].includes('.') || x[1].includes(',')) && !/(增加|减少)了?\s*$/.test(pre.slice(0, x.index)));
      for (const x of amounts) {
        const p = printed(x[1], x[2] as AmountUnit | undefined, 0, 0);
        if (/上年[\u4e00-\u9fff]{0,8}$/.test(pre.slice(0, x.index))) prior ??= inUnit(p, unit, a.unit);
        else current ??= inUnit(p, unit, a.unit);
      }
    }
    a.yoys.push({ section: section.id, at: section.cellAt(start), excerpt: m[0], increase: m[1] === '增加', rateWord: m[4], delta, rate, current, prior });
  }
}

const COMPLETION = /完成(?:年初|全年)?预算(?:数)?的\s*(\d+(?:\.\d+)?)\s*[%％]/g;

function completions(a: NarrativeAnalysis, section: SectionText): void {
  const text = section.text;
  for (const m of text.matchAll(COMPLETION)) {
    const from = sentenceStart(text, m.index!, '。；;');
    const clause = text.slice(from, m.index!);
    const budgetMatch = [...clause.matchAll(new RegExp(`(?<!决)预算(?:数)?(?:为|是)?[:：]?(?=\\s*\\d)`, 'g'))].pop();
    const actualMatch = [...clause.matchAll(new RegExp(`决算(?:数)?(?:为|是)?[:：]?(?=\\s*\\d)`, 'g'))].pop();
    const budgetP = budgetMatch ? amountAt(clause, budgetMatch.index! + budgetMatch[0].length) : undefined;
    let actualP = actualMatch ? amountAt(clause, actualMatch.index! + actualMatch[0].length) : undefined;
    if (!actualP) {
      const last = [...clause.matchAll(new RegExp(AMOUNT_SOURCE, 'g'))].pop();
      if (last && (!budgetP || last.index! > budgetP.index)) actualP = printed(last[1], last[2] as AmountUnit | undefined, last.index!, last.index! + last[0].length);
    }
    const rateAt = m.index! + m[0].lastIndexOf(m[1]);
    const mention: CompletionMention = { section: section.id, at: section.cellAt(rateAt), excerpt: text.slice(from, m.index! + m[0].length), rate: printed(m[1], undefined, rateAt, rateAt + m[1].length) };
    const unit = a.unit;
    if (actualP) mention.actual = inUnit(actualP, unit, unit);
    if (budgetP) mention.budget = inUnit(budgetP, unit, unit);
    else if (section.id === '三公总体' && actualP) {
      // 三公: the budget is the table's 预算数 of the item the clause names.
      const item = THREE_PUBLIC_ITEMS.find((i) => new RegExp(i.label).test(clause));
      const budget = figureOf([a.facts.t3g(item ? item.budget : 1)], unit);
      if (budget) {
        mention.budget = fromYuan(toYuan(budget.value, budget.unit), unit);
        mention.budgetCells = budget;
      }
    }
    a.completions.push(mention);
  }
}

/** 五（三）: each class/款/项 the text names, its 决算 amount, and the reason when it differs from the budget. */
function generalDetail(a: NarrativeAnalysis, section: SectionText): void {
  const rows = a.facts.t05?.codeRows() ?? [];
  const named = (sentence: string): TableRow | undefined => {
    const clean = (r: TableRow) => r.label.replace(/\s+/g, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const [digits, word] of [
      [7, '项'],
      [5, '款'],
    ] as const) {
      const row = rows.find((r) => r.code!.length === digits && new RegExp(`${clean(r)}[（(]${word}[)）]`).test(sentence));
      if (row) return row;
    }
    return rows.find((r) => r.code!.length === 3 && new RegExp(classLabel(r.label.replace(/\s+/g, ''))).test(sentence));
  };
  const text = section.text;
  let row: TableRow | undefined;
  let itemStart = -1;
  let needsReason = false;
  const closeItem = (end: number): void => {
    if (row && needsReason && !hasReason(text.slice(itemStart, end))) a.reasonGaps.push({ section: section.id, at: section.cellAt(itemStart), what: `${row.code} ${row.label} 决算数与年初预算数不同` });
    needsReason = false;
  };
  let from = 0;
  for (const sentence of text.split(/(?<=[。；;])/)) {
    const here = from;
    from += sentence.length;
    // A reason may name other items (“…医保缴费…”): it never starts a new item.
    const found = /原因/.test(sentence) ? undefined : named(sentence);
    if (found) {
      closeItem(here);
      row = found;
      itemStart = here;
    }
    if (!row) {
      // The opening sentence: 年初预算 and 支出决算 totals count for the unit check.
      for (const m of sentence.matchAll(/(?:预算|决算)(?:数)?(?:为|是)?[:：]?(?=\s*\d)/g)) {
        const p = amountAt(text, here + m.index! + m[0].length);
        if (p) remember(a, section, p);
      }
      continue;
    }
    const figure = figureOf([row.values.get(1)], a.unit);
    const actual = /决算(?:数)?(?:为|是)?[:：]?(?=\s*\d)/.exec(sentence) ?? new RegExp(`${classLabel(row.label.replace(/\s+/g, ''))}${GAP}{0,6}?(?=\\s*\\d)`).exec(sentence);
    const p = actual ? amountAt(text, here + actual.index + actual[0].length) : undefined;
    if (p) addAmount(a, section, `${row.code} ${row.label}`, p, figure);
    const budget = /(?<!决)预算(?:数)?(?:为|是)?[:：]?(?=\s*\d)/.exec(sentence);
    const b = budget ? amountAt(text, here + budget.index + budget[0].length) : undefined;
    if (b) remember(a, section, b);
    const rate = /完成(?:年初|全年)?预算(?:数)?的\s*(\d+(?:\.\d+)?)\s*[%％]/.exec(sentence);
    if ((b && p && !b.value.equals(p.value)) || (rate && !new Decimal(rate[1]).equals(100))) needsReason = true;
  }
  closeItem(text.length);
}

/** 六: “主要包括” lists; items named like a T06 row, with or without an amount. */
function lists(a: NarrativeAnalysis, section: SectionText): void {
  const t06 = a.facts.t06Table;
  if (!t06) return;
  const col = a.facts.t06Col;
  const norm = (s: string) => s.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
  const byName = new Map<string, TableRow>();
  for (const r of t06.codeRows()) if (!byName.has(norm(r.label))) byName.set(norm(r.label), r);
  const text = section.text;
  const seen = new Set<number>();
  for (const m of text.matchAll(/主要包括[：:]?/g)) {
    const start = m.index! + m[0].length;
    let depth = 0;
    let end = start;
    for (; end < text.length; end++) {
      const ch = text[end];
      if (ch === '（' || ch === '(') depth++;
      else if (ch === '）' || ch === ')') depth = Math.max(0, depth - 1);
      else if (depth === 0 && (ch === '；' || ch === ';' || ch === '。')) break;
    }
    const body = text.slice(start, end);
    const itemRe = /[^、，,（）()；;]+/g;
    for (const part of body.matchAll(itemRe)) {
      const raw = part[0];
      const nm = /^\s*(.*?)\s*(?:等)?\s*(-?\d[\d,]*(?:\.\d+)?\s*(?:亿元|万元|元)?)?\s*(?:等)?\s*$/.exec(raw);
      if (!nm) continue;
      const row = byName.get(norm(nm[1].replace(/等$/, '')));
      if (!row) continue;
      const at = section.cellAt(start + part.index!);
      const cell = row.values.get(col);
      if (seen.has(start + part.index!)) continue;
      seen.add(start + part.index!);
      a.listItems.push({ at, name: row.label, row, zero: !cell || cell.value.isZero() });
      if (nm[2]) {
        const p = amountAt(text, start + part.index! + raw.indexOf(nm[2]));
        if (p) addAmount(a, section, `${row.code} ${row.label}`, p, figureOf([cell], a.unit));
      }
    }
  }
}

/** 九: 预算数 / 决算数 of the total and of each item; shares of the 决算 合计 (栏次7). */
function threePublic(a: NarrativeAnalysis, section: SectionText): void {
  const f = a.facts;
  if (!f.t3gTable) return;
  const fig = (col: number) => figureOf([f.t3g(col)], a.unit);
  const text = section.text;
  let item: (typeof THREE_PUBLIC_ITEMS)[number] | undefined;
  let from = 0;
  for (const sentence of text.split(/(?<=[。；;])/)) {
    const here = from;
    from += sentence.length;
    const labels = THREE_PUBLIC_ITEMS.map((i) => ({ i, m: new RegExp(`(?:${i.label})${GAP}{0,8}?(?=\\s*\\d)`).exec(sentence) ?? new RegExp(i.label).exec(sentence) }));
    const first = labels.filter((x) => x.m).sort((x, y) => x.m!.index - y.m!.index)[0];
    if (first) item = first.i;
    const total = !item && /三公/.test(sentence);
    const finalCol = item ? item.final : total ? 7 : undefined;
    const budgetCol = item ? item.budget : total ? 1 : undefined;
    if (finalCol === undefined || budgetCol === undefined) continue;
    const budget = /(?<!决)预算(?:数)?(?:为|是)?[:：]?(?=\s*\d)/.exec(sentence);
    const b = budget ? amountAt(text, here + budget.index + budget[0].length) : undefined;
    if (b) addAmount(a, section, `“三公”经费预算数（栏次${budgetCol}）`, b, fig(budgetCol));
    const actual = /决算(?:数)?(?:为|是)?[:：]?(?=\s*\d)/.exec(sentence) ?? (first?.m && /\d/.test(sentence[first.m.index + first.m[0].length] ?? '') ? { index: first.m.index, 0: first.m[0] } : null);
    const p = actual ? amountAt(text, here + actual.index + actual[0].length) : undefined;
    if (!p || (b && p.index === b.index)) continue;
    addAmount(a, section, `“三公”经费决算数（栏次${finalCol}）`, p, fig(finalCol));
    const share = /^\s*[，,]?\s*占\s*(\d+(?:\.\d+)?)\s*[%％]/.exec(text.slice(p.end));
    const part = fig(finalCol);
    const base = fig(7);
    if (share && part && base && item) {
      const at = p.end + share[0].lastIndexOf(share[1]);
      a.shares.push({ section: section.id, name: item.name, whole: '“三公”经费决算合计', rate: printed(share[1], undefined, at, at + share[1].length), at: section.cellAt(at), part, base });
    }
  }
}

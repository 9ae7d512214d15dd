import { Decimal } from '../../money/decimal';
import type { SelfEval } from '../../tables/self-eval';
import type { PrintedText } from '../../tables/table';
import type { TableSet } from '../../tables/table-set';
import { normalizeText } from '../../values/normalize';
import type { RuleContext } from '../rule';
import { selfEvalTexts } from './support-self-eval';

/** A figure quoted in words: 万元 amounts (元 converted) or a percent figure. */
export interface QuotedNumber {
  value: Decimal;
  /** Decimals as written, in the unit written (57.5 → 1). */
  decimals: number;
  /** The words as written, e.g. “预算下达42万元”. */
  quote: string;
}

export interface FundsStatement {
  label: string;
  text: PrintedText;
  /** 'annual' for 全年预算, 'initial' for 年初预算/批复, 'any' for 预算下达/预算安排. */
  budget?: QuotedNumber & { basis: 'annual' | 'initial' | 'any' };
  executed?: QuotedNumber;
  rate?: QuotedNumber;
}

export interface ListedTotal {
  label: string;
  text: PrintedText;
  total: QuotedNumber;
  parts: QuotedNumber[];
  /** The list ends in “等” (and so on). */
  open: boolean;
}

const NUM = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const BUDGET = new RegExp(String.raw`(全年预算数?|调整后预算数?|年初预算数?|批复预算数?|预算下达|下达预算|预算安排|安排预算|预算资金|预算数|预算金额)(?:资金|金额|数)?(?:为|是|共计|合计|共|总额为?)?${NUM}(万元|元)`);
const EXECUTED = new RegExp(String.raw`(实际执行|实际完成|实际支出|实际使用|实际支付|执行数|执行金额|已执行|累计执行|累计支出|已支出|已支付)(?:资金|金额|数)?(?:为|是|了|共计|共)?${NUM}(万元|元)`);
/** Every EXECUTED wording has one of these words. */
const MAY_STATE_EXECUTED = /执行|完成|支出|使用|支付/;
const RATE = new RegExp(String.raw`(?:预算|资金)?执行率(?:为|是|达到|达|约为|约)?${NUM}%`);
/** “实际完成…元，完成率…%”: a 完成率 is the budget's only beside an amount spent. */
const COMPLETION_RATE = new RegExp(String.raw`(?:预算|资金)?完成率(?:为|是|达到|达|约为|约)?${NUM}%`);
/** The template's own 备注 and the column captions quote nothing of the project. */
const NOT_PROSE = /^备注|取数规则|^偏差原因分析/;
const LISTED = new RegExp(String.raw`(?:共计|合计|总计|总额|共)${NUM}(万元|元)[,;:]?(?:具体为|具体包括|具体是|其中|包括|分别为|主要为|主要包括|含)[:]?([^。]*)`);
const AMOUNT = new RegExp(String.raw`${NUM}(万元|元)`, 'g');

/** Full-width punctuation and spaces folded, so one pattern reads both “，” and “,”. */
export function compact(text: string): string {
  return normalizeText(text);
}

function toNumber(digits: string, unit: string): { value: Decimal; decimals: number } {
  const plain = digits.replace(/,/g, '');
  const dot = plain.indexOf('.');
  const decimals = dot < 0 ? 0 : plain.length - dot - 1;
  const value = new Decimal(plain);
  return unit === '元' ? { value: value.dividedBy(10000), decimals: decimals + 4 } : { value, decimals };
}

/** Captions of free-text columns (偏差原因分析及改进措施, 说明, 备注). */
const CAPTION = /偏差原因|说明|备注/;

/**
 * The caption of a free-text column above each text, if the table prints one: the captions of
 * each column are found once, not by a scan of every text for every text.
 */
function captionFinder(all: readonly PrintedText[]): (text: PrintedText) => string | undefined {
  const byColumn = new Map<number, PrintedText[]>();
  for (const t of all) {
    if (!CAPTION.test(t.text)) continue;
    const list = byColumn.get(t.pos.col);
    if (list) list.push(t);
    else byColumn.set(t.pos.col, [t]);
  }
  return (text) => {
    let above: PrintedText | undefined;
    for (const t of byColumn.get(text.pos.col) ?? []) if (t.pos.row < text.pos.row && (!above || t.pos.row >= above.pos.row)) above = t;
    return above && compact(above.text).replace(/[:：]$/, '');
  };
}

/**
 * The texts of a 自评表 that may quote its figures: 年度目标, 实际完成情况, the analysis rows, and
 * any other free text inside the table (偏差原因分析及改进措施 of the funds and indicator lines).
 */
export function statementTexts(ctx: RuleContext, pe: SelfEval): readonly LabelledText[] {
  // Per 自评表 and audit: PE-9, PE-10 and the list checks read the same texts.
  return ctx.tables.deriveFor(readStatementTexts, pe);
}

interface LabelledText {
  label: string;
  text: PrintedText;
  /** The text compacted (compact()), once for every pattern read on it. */
  words: string;
}

function readStatementTexts(tables: TableSet, pe: SelfEval): LabelledText[] {
  const texts: LabelledText[] = [];
  // The grid's cached normalization of each cell, when the cell shows the text (see TableSet.normalized).
  const words = (text: PrintedText) => tables.normalized(pe.sheet, text.pos, text.text);
  const add = (label: string, text: PrintedText, compacted = words(text)) => texts.push({ label, text, words: compacted });
  if (pe.goal) add('年度目标', pe.goal);
  if (pe.achieved) add('实际完成情况', pe.achieved);
  pe.analysis.forEach((text, i) => add(pe.analysisLabels[i] ?? '自评结果分析', text));
  const known = new Set(texts.map((t) => t.text.pos.row * 16384 + t.text.pos.col));
  const all = selfEvalTexts(tables, pe);
  const captionAbove = captionFinder(all);
  for (const text of all) {
    if (known.has(text.pos.row * 16384 + text.pos.col) || !/\d/.test(text.text)) continue;
    const compacted = words(text);
    if (NOT_PROSE.test(compacted)) continue;
    add(captionAbove(text) ?? '表中文字', text, compacted);
  }
  return texts;
}

/**
 * “预算下达42万元，实际执行29.099万元，预算执行率为69%”, one per text that quotes any of them;
 * read once per 自评表 and audit (PE-9 and PE-10 both read it).
 */
export function fundsStatements(ctx: RuleContext, pe: SelfEval): readonly FundsStatement[] {
  return ctx.tables.deriveFor(readFundsStatements, pe);
}

function readFundsStatements(tables: TableSet, pe: SelfEval): FundsStatement[] {
  const found: FundsStatement[] = [];
  for (const { label, text, words } of tables.deriveFor(readStatementTexts, pe)) {
    const statement: FundsStatement = { label, text };
    // Each pattern's words are looked for first: an alternation is tried at every position of the text.
    const budget = words.includes('预算') && words.includes('元') ? BUDGET.exec(words) : null;
    if (budget) {
      const basis = /^全年|^调整后/.test(budget[1]) ? 'annual' : /^年初|^批复/.test(budget[1]) ? 'initial' : 'any';
      statement.budget = { ...toNumber(budget[2], budget[3]), quote: budget[0], basis };
    }
    const executed = words.includes('元') && MAY_STATE_EXECUTED.test(words) ? EXECUTED.exec(words) : null;
    if (executed) statement.executed = { ...toNumber(executed[2], executed[3]), quote: executed[0] };
    const percent = words.includes('%');
    const rate = (percent && words.includes('执行率') ? RATE.exec(words) : null) ?? (percent && statement.executed && words.includes('完成率') ? COMPLETION_RATE.exec(words) : null);
    if (rate) statement.rate = { ...toNumber(rate[1], '%'), quote: rate[0] };
    if (statement.budget || statement.executed || statement.rate) found.push(statement);
  }
  return found;
}

/** “共计158.8万元，具体为…49.88万元;…8.4万元;…90.69万元等”: a total and its listed parts. */
export function listedTotals(ctx: RuleContext, pe: SelfEval): ListedTotal[] {
  const found: ListedTotal[] = [];
  for (const { label, text, words } of statementTexts(ctx, pe)) {
    const match = LISTED.exec(words);
    if (!match) continue;
    const parts = [...match[3].matchAll(AMOUNT)].map((m) => ({ ...toNumber(m[1], m[2]), quote: m[0] }));
    if (parts.length < 2) continue;
    found.push({ label, text, total: { ...toNumber(match[1], match[2]), quote: match[0].split(/[,;:]/)[0] }, parts, open: /等$/.test(match[3]) });
  }
  return found;
}

/** Half a unit of the last decimal written: how far a quoted figure may be from the exact one. */
export function halfStep(decimals: number): Decimal {
  return new Decimal(5).times(new Decimal(10).pow(-(decimals + 1)));
}

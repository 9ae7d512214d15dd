import type { CellLocation } from '../finding';
import { Decimal, formatAmount } from '../money/decimal';

/**
 * The small language a 情况说明 paragraph is written in. One paragraph is a list of pieces; each
 * piece renders two ways that must agree character for character: the static text (decimal.js,
 * half-up) and an Excel formula (Excel 2010 functions only) that recomputes the same text from the
 * table and input cells, so a corrected table figure updates the narrative by itself.
 */
export type Num =
  /** A table or input cell. `asText`: the amount is stored as text (“1,475,018.17”). */
  | { k: 'cell'; at: CellLocation; value: Decimal; asText?: boolean; blank?: boolean }
  | { k: 'const'; value: Decimal }
  | { k: 'op'; op: '+' | '-' | '*' | '/'; a: Num; b: Num }
  | { k: 'abs'; a: Num }
  /** IF(cond, then, else) on numbers: counts that follow the figures (projects by grade). */
  | { k: 'pick'; cond: Cond; then: Num; else: Num };

export type Cond = { k: 'cmp'; op: '>' | '<' | '='; a: Num; b: Num };

export type Piece =
  | { k: 'lit'; text: string }
  /** An amount with 千分位 and two decimals: 1,475,018.17 */
  | { k: 'amt'; n: Num }
  /** A percentage figure (already ×100), two decimals: 17.76 */
  | { k: 'pct'; n: Num }
  /** A count: 3 */
  | { k: 'int'; n: Num }
  /** A text input (a reason, a description): the user's words, or the placeholder when blank. */
  | { k: 'text'; at: CellLocation; value: string | undefined; label: string }
  | { k: 'if'; cond: Cond; then: Piece[]; else: Piece[] }
  /** Pieces that need an input number: the placeholder 【请填写：label】 while the cell is blank. */
  | { k: 'need'; at: CellLocation; present: boolean; label: string; then: Piece[] };

export const PLACEHOLDER = (label: string): string => `【请填写：${label}】`;

// ---- constructors -------------------------------------------------------------------------

export const lit = (text: string): Piece => ({ k: 'lit', text });
export const amt = (n: Num): Piece => ({ k: 'amt', n });
export const pct = (n: Num): Piece => ({ k: 'pct', n });
export const int = (n: Num): Piece => ({ k: 'int', n });
export const num = (value: Decimal | number | string): Num => ({ k: 'const', value: new Decimal(value) });
export const plus = (a: Num, b: Num): Num => ({ k: 'op', op: '+', a, b });
export const minus = (a: Num, b: Num): Num => ({ k: 'op', op: '-', a, b });
export const times = (a: Num, b: Num): Num => ({ k: 'op', op: '*', a, b });
export const div = (a: Num, b: Num): Num => ({ k: 'op', op: '/', a, b });
export const abs = (a: Num): Num => ({ k: 'abs', a });
export const sumOf = (nums: Num[]): Num => (nums.length === 0 ? num(0) : nums.reduce((acc, n) => plus(acc, n)));
/** part / whole × 100 */
export const ratio = (part: Num, whole: Num): Num => times(div(part, whole), num(100));
export const pick = (cond: Cond, then: Num, otherwise: Num): Num => ({ k: 'pick', cond, then, else: otherwise });
export const cmp = (op: Cond['op'], a: Num, b: Num): Cond => ({ k: 'cmp', op, a, b });
export const when = (cond: Cond, then: Piece[], otherwise: Piece[] = []): Piece => ({ k: 'if', cond, then, else: otherwise });

// ---- static evaluation --------------------------------------------------------------------

export function evaluate(n: Num): Decimal {
  switch (n.k) {
    case 'cell':
    case 'const':
      return n.value;
    case 'abs':
      return evaluate(n.a).abs();
    case 'pick':
      return holds(n.cond) ? evaluate(n.then) : evaluate(n.else);
    case 'op': {
      const a = evaluate(n.a);
      const b = evaluate(n.b);
      if (n.op === '+') return a.plus(b);
      if (n.op === '-') return a.minus(b);
      if (n.op === '*') return a.times(b);
      if (b.isZero()) throw new NarrativeExprError('除数为 0：生成器必须先用 IF 判断');
      return a.dividedBy(b);
    }
  }
}

export class NarrativeExprError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NarrativeExprError';
  }
}

/** Excel compares the doubles; amounts have two decimals, so compare them rounded to 6 places as well. */
function holds(c: Cond): boolean {
  const a = evaluate(c.a).toDecimalPlaces(6);
  const b = evaluate(c.b).toDecimalPlaces(6);
  return c.op === '>' ? a.greaterThan(b) : c.op === '<' ? a.lessThan(b) : a.equals(b);
}

export function renderStatic(pieces: readonly Piece[]): string {
  let out = '';
  for (const p of pieces) {
    switch (p.k) {
      case 'lit':
        out += p.text;
        break;
      case 'amt':
        out += formatAmount(evaluate(p.n).toDecimalPlaces(2), 2);
        break;
      case 'pct':
        out += evaluate(p.n).toDecimalPlaces(2).toFixed(2);
        break;
      case 'int':
        out += evaluate(p.n).toDecimalPlaces(0).toFixed(0);
        break;
      case 'text':
        out += p.value === undefined || p.value === '' ? PLACEHOLDER(p.label) : p.value;
        break;
      case 'if':
        out += renderStatic(holds(p.cond) ? p.then : p.else);
        break;
      case 'need':
        out += p.present ? renderStatic(p.then) : PLACEHOLDER(p.label);
        break;
    }
  }
  return out;
}

// ---- Excel formula ------------------------------------------------------------------------

/** 'Sheet name'!A1, quotes doubled inside the name. */
export function ref(at: CellLocation): string {
  return `'${at.sheet.replace(/'/g, "''")}'!${at.cell}`;
}

/** Excel caps a string literal at 255 characters: longer words are joined from pieces. */
export function quote(text: string): string {
  if (text === '') return '""';
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += 250) chunks.push(`"${text.slice(i, i + 250).replace(/"/g, '""')}"`);
  return chunks.join('&');
}

export function numFormula(n: Num): string {
  switch (n.k) {
    case 'cell':
      // A blank amount cell may sit in a row that holds a note (an empty table): N() reads text as 0.
      return n.asText ? `VALUE(SUBSTITUTE(${ref(n.at)},",",""))` : n.blank ? `N(${ref(n.at)})` : ref(n.at);
    case 'const':
      return n.value.isNegative() ? `(${n.value.toString()})` : n.value.toString();
    case 'abs':
      return `ABS(${numFormula(n.a)})`;
    case 'pick':
      return `IF(${condFormula(n.cond)},${numFormula(n.then)},${numFormula(n.else)})`;
    case 'op':
      return `(${numFormula(n.a)}${n.op}${numFormula(n.b)})`;
  }
}

function condFormula(c: Cond): string {
  // Amounts of two decimals: compare rounded, as the static text does, so float noise never flips a word.
  return `ROUND(${numFormula(c.a)},6)${c.op}ROUND(${numFormula(c.b)},6)`;
}

function pieceFormula(p: Piece): string {
  switch (p.k) {
    case 'lit':
      return quote(p.text);
    case 'amt':
      return `FIXED(${numFormula(p.n)},2)`;
    case 'pct':
      return `TEXT(ROUND(${numFormula(p.n)},2),"0.00")`;
    case 'int':
      return `TEXT(ROUND(${numFormula(p.n)},0),"0")`;
    case 'text':
      return `IF(${ref(p.at)}="",${quote(PLACEHOLDER(p.label))},${ref(p.at)})`;
    case 'if':
      return `IF(${condFormula(p.cond)},${joinFormula(p.then)},${joinFormula(p.else)})`;
    case 'need':
      return `IF(${ref(p.at)}="",${quote(PLACEHOLDER(p.label))},${joinFormula(p.then)})`;
  }
}

/** The pieces joined with &; adjacent literals merged first. */
export function joinFormula(pieces: readonly Piece[]): string {
  const merged: Piece[] = [];
  for (const p of pieces) {
    const last = merged[merged.length - 1];
    if (p.k === 'lit' && last?.k === 'lit') merged[merged.length - 1] = lit(last.text + p.text);
    else if (!(p.k === 'lit' && p.text === '')) merged.push(p);
  }
  if (merged.length === 0) return '""';
  return merged.map(pieceFormula).join('&');
}

export function renderFormula(pieces: readonly Piece[]): string {
  return `=${joinFormula(pieces)}`;
}

/** Every cell the pieces read, in order of first use (the 取数单元格 column beside a paragraph). */
export function sourcesOf(pieces: readonly Piece[]): CellLocation[] {
  const seen = new Map<string, CellLocation>();
  const visitNum = (n: Num): void => {
    if (n.k === 'cell') seen.set(`${n.at.sheet}!${n.at.cell}`, n.at);
    else if (n.k === 'op') {
      visitNum(n.a);
      visitNum(n.b);
    } else if (n.k === 'abs') visitNum(n.a);
    else if (n.k === 'pick') {
      visitNum(n.cond.a);
      visitNum(n.cond.b);
      visitNum(n.then);
      visitNum(n.else);
    }
  };
  const visit = (list: readonly Piece[]): void => {
    for (const p of list) {
      if (p.k === 'amt' || p.k === 'pct' || p.k === 'int') visitNum(p.n);
      else if (p.k === 'text') seen.set(`${p.at.sheet}!${p.at.cell}`, p.at);
      else if (p.k === 'if') {
        visitNum(p.cond.a);
        visitNum(p.cond.b);
        visit(p.then);
        visit(p.else);
      } else if (p.k === 'need') {
        seen.set(`${p.at.sheet}!${p.at.cell}`, p.at);
        visit(p.then);
      }
    }
  };
  visit(pieces);
  return [...seen.values()];
}

import { Decimal } from '../../../engine/money/decimal';

/** The formulas scripts write into workbooks they generate, as a tree. */
export type Node =
  | { k: 'num'; v: Decimal }
  | { k: 'str'; v: string }
  | { k: 'bool'; v: boolean }
  | { k: 'ref'; sheet?: string; row: number; col: number; a1: string }
  | { k: 'range'; sheet?: string; top: number; left: number; bottom: number; right: number; a1: string }
  | { k: 'bin'; op: string; a: Node; b: Node }
  | { k: 'neg'; a: Node }
  | { k: 'pct'; a: Node }
  | { k: 'call'; name: string; args: Node[] };

/** A formula this evaluator does not compute; the reason is shown to the user. */
export class Unsupported extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'Unsupported';
  }
}

/** A token of a formula and where it starts (shared formulas are shifted token by token). */
export type Token = { t: 'num' | 'str' | 'ref' | 'area' | 'fn' | 'name' | 'op'; s: string; at: number };

/** Excel's last row and column (0-based): a whole column or row reaches them. */
export const LAST_ROW = 1_048_575;
export const LAST_COL = 16_383;

const SHEET = `(?:'(?:[^']|'')+'|[^\\s!'"(),:;+\\-*/^&%=<>{}\\[\\]]+)!`;
const PATTERNS: [Token['t'] | 'space', RegExp][] = [
  ['space', /\s+/y],
  ['str', /"(?:[^"]|"")*"/y],
  // Whole columns (C:C, $A:$B) and whole rows (5:5), before cells and numbers.
  ['area', new RegExp(`(?:${SHEET})?\\$?[A-Za-z]{1,3}:\\$?[A-Za-z]{1,3}(?![\\w(.!])`, 'y')],
  ['area', new RegExp(`(?:${SHEET})?\\$?\\d{1,7}:\\$?\\d{1,7}(?![\\w(.!])`, 'y')],
  ['ref', new RegExp(`(?:${SHEET})?\\$?[A-Za-z]{1,3}\\$?\\d{1,7}(?![\\w(.])`, 'y')],
  ['num', /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y],
  ['fn', /[A-Za-z_][\w.]*(?=\()/y],
  ['name', /[A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff]*/y],
  ['op', /<>|<=|>=|[-+*/^&%(),:;=<>]/y],
];

export function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  outer: while (i < formula.length) {
    for (const [t, re] of PATTERNS) {
      re.lastIndex = i;
      const m = re.exec(formula);
      if (!m) continue;
      if (t !== 'space') tokens.push({ t, s: m[0], at: i });
      i += m[0].length;
      continue outer;
    }
    throw new Unsupported(`公式含有无法识别的字符“${formula[i]}”`);
  }
  return tokens;
}

function columnNumber(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

function splitRef(text: string): { sheet?: string; row: number; col: number; a1: string } {
  const bang = text.lastIndexOf('!');
  let sheet = bang >= 0 ? text.slice(0, bang) : undefined;
  if (sheet?.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const cell = text.slice(bang + 1).replace(/\$/g, '');
  const m = /^([A-Za-z]+)(\d+)$/.exec(cell);
  if (!m) throw new Unsupported(`无法解析引用 ${text}`);
  return { sheet, row: Number(m[2]) - 1, col: columnNumber(m[1]), a1: text };
}

/** A whole-column (C:C) or whole-row (5:5) reference as a rectangle to the sheet's edge. */
function splitArea(text: string): Node & { k: 'range' } {
  const bang = text.lastIndexOf('!');
  let sheet = bang >= 0 ? text.slice(0, bang) : undefined;
  if (sheet?.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const [a, b] = text.slice(bang + 1).replace(/\$/g, '').split(':');
  if (/^\d+$/.test(a)) {
    const [top, bottom] = [Number(a) - 1, Number(b) - 1].sort((x, y) => x - y);
    if (top < 0 || bottom > LAST_ROW) throw new Unsupported(`无法解析引用 ${text}`);
    return { k: 'range', sheet, top, bottom, left: 0, right: LAST_COL, a1: text };
  }
  const [left, right] = [columnNumber(a), columnNumber(b)].sort((x, y) => x - y);
  if (right > LAST_COL) throw new Unsupported(`无法解析引用 ${text}`);
  return { k: 'range', sheet, top: 0, bottom: LAST_ROW, left, right, a1: text };
}

/** Recursive descent over Excel's precedence: & < + − < × ÷ < ^ < unary − < % < operands. */
export function parseFormula(formula: string): Node {
  const tokens = tokenize(formula.replace(/^=/, ''));
  let p = 0;
  const peek = () => tokens[p];
  const isOp = (s: string) => tokens[p]?.t === 'op' && tokens[p].s === s;
  const expect = (s: string) => {
    if (!isOp(s)) throw new Unsupported('公式不完整或有语法错误');
    p++;
  };
  const binary = (next: () => Node, ops: string[]) => (): Node => {
    let a = next();
    while (tokens[p]?.t === 'op' && ops.includes(tokens[p].s)) {
      const op = tokens[p++].s;
      a = { k: 'bin', op, a, b: next() };
    }
    return a;
  };
  const primary = (): Node => {
    const tok = tokens[p++];
    if (!tok) throw new Unsupported('公式不完整');
    switch (tok.t) {
      case 'num':
        return { k: 'num', v: new Decimal(tok.s) };
      case 'str':
        return { k: 'str', v: tok.s.slice(1, -1).replace(/""/g, '"') };
      case 'ref': {
        const start = splitRef(tok.s);
        if (!isOp(':')) return { k: 'ref', ...start };
        p++;
        const endTok = tokens[p++];
        if (endTok?.t !== 'ref') throw new Unsupported('不支持整行、整列或名称区域');
        const end = splitRef(endTok.s);
        return {
          k: 'range',
          sheet: start.sheet,
          top: Math.min(start.row, end.row),
          left: Math.min(start.col, end.col),
          bottom: Math.max(start.row, end.row),
          right: Math.max(start.col, end.col),
          a1: `${start.a1}:${end.a1}`,
        };
      }
      case 'area':
        return splitArea(tok.s);
      case 'fn': {
        const name = tok.s.toUpperCase();
        expect('(');
        const args: Node[] = [];
        if (!isOp(')')) {
          args.push(expression());
          while (isOp(',')) {
            p++;
            args.push(expression());
          }
        }
        expect(')');
        return { k: 'call', name, args };
      }
      case 'name': {
        const upper = tok.s.toUpperCase();
        if (upper === 'TRUE' || upper === 'FALSE') return { k: 'bool', v: upper === 'TRUE' };
        if (isOp(':')) throw new Unsupported('不支持整行、整列或名称区域');
        throw new Unsupported(`不支持名称“${tok.s}”`);
      }
      case 'op':
        if (tok.s === '(') {
          const inner = expression();
          expect(')');
          return inner;
        }
        if (tok.s === '-') return { k: 'neg', a: unary() };
        if (tok.s === '+') return unary();
        throw new Unsupported(`不支持运算符“${tok.s}”`);
    }
  };
  const percent = (): Node => {
    let a = primary();
    while (isOp('%')) {
      p++;
      a = { k: 'pct', a };
    }
    return a;
  };
  const unary = (): Node => percent();
  const power = binary(unary, ['^']);
  const product = binary(power, ['*', '/']);
  const sum = binary(product, ['+', '-']);
  const concat = binary(sum, ['&']);
  const expression = concat;
  const tree = expression();
  if (peek()) throw new Unsupported(peek().t === 'op' && /[=<>]/.test(peek().s) ? '不支持比较运算' : '公式有语法错误或含有不支持的部分');
  return tree;
}

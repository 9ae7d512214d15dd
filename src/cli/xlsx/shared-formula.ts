import { columnLetters } from '../../engine/model/address';
import { LAST_COL, LAST_ROW, tokenize, type Token } from './formula/syntax';

function columnNumber(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

/** One reference part moved: `$`-anchored parts stay; off the sheet's edge is #REF!. */
function moveColumn(abs: string, letters: string, cols: number): string | undefined {
  const col = abs ? columnNumber(letters) : columnNumber(letters) + cols;
  return col < 0 || col > LAST_COL ? undefined : `${abs}${columnLetters(col)}`;
}
function moveRow(abs: string, digits: string, rows: number): string | undefined {
  const row = abs ? Number(digits) - 1 : Number(digits) - 1 + rows;
  return row < 0 || row > LAST_ROW ? undefined : `${abs}${row + 1}`;
}

/** A reference token (cell, whole column, whole row; sheet-qualified or not) moved by (rows, cols). */
function moveToken(token: Token, rows: number, cols: number): string {
  const bang = token.s.lastIndexOf('!');
  const sheet = token.s.slice(0, bang + 1);
  const ref = token.s.slice(bang + 1);
  let moved: (string | undefined)[];
  let m: RegExpExecArray | null;
  if ((m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/.exec(ref))) {
    const col = moveColumn(m[1], m[2], cols);
    const row = moveRow(m[3], m[4], rows);
    moved = [col && row ? col + row : undefined];
  } else if ((m = /^(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})$/.exec(ref))) {
    moved = [moveColumn(m[1], m[2], cols), moveColumn(m[3], m[4], cols)];
  } else if ((m = /^(\$?)(\d+):(\$?)(\d+)$/.exec(ref))) {
    moved = [moveRow(m[1], m[2], rows), moveRow(m[3], m[4], rows)];
  } else return token.s;
  return moved.some((x) => x === undefined) ? '#REF!' : sheet + moved.join(':');
}

// The former pattern-based shift, for formulas the tokenizer does not read (array constants,
// structured references, error literals): cell references only.
const TOKENS = /"(?:[^"]|"")*"|'(?:[^']|'')*'|(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(!])/g;

function shiftByPattern(formula: string, rows: number, cols: number): string {
  return formula.replace(TOKENS, (token, colAbs: string | undefined, letters: string | undefined, rowAbs: string, digits: string) => {
    if (letters === undefined) return token;
    const col = moveColumn(colAbs ?? '', letters, cols);
    const row = moveRow(rowAbs, digits, rows);
    return col && row ? col + row : '#REF!';
  });
}

/**
 * The formula of a cell that shares its master's formula (`<f t="shared" si="0"/>`): the master's
 * formula read token by token (the evaluator's tokenizer), each reference — cell, whole column
 * C:C, whole row 5:5, on any sheet — moved by the cell's offset from the master; `$` parts stay,
 * text, names and function names are copied.
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  let tokens: Token[];
  try {
    tokens = tokenize(formula);
  } catch {
    return shiftByPattern(formula, rows, cols);
  }
  let out = '';
  let at = 0;
  for (const token of tokens) {
    if (token.t !== 'ref' && token.t !== 'area') continue;
    out += formula.slice(at, token.at) + moveToken(token, rows, cols);
    at = token.at + token.s.length;
  }
  return out + formula.slice(at);
}

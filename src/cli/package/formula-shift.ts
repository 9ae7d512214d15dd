import { columnLetters } from '../../engine/model/address';

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * A shared formula as it reads from another cell of its range: relative references move by
 * (rows, cols), `$`-anchored parts stay. Text in quotes and quoted sheet names are left alone;
 * a reference followed by '(' is a function name (LOG10), not a cell.
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  let out = '';
  let i = 0;
  const ref = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\w(])/y;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === ch && formula[j + 1] !== ch)) j += formula[j] === ch ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const before = i > 0 ? formula[i - 1] : '';
    ref.lastIndex = i;
    const m = /[\w.$]/.test(before) ? null : ref.exec(formula);
    if (m) {
      const col = m[1] ? columnNumber(m[2]) : columnNumber(m[2]) + cols;
      const row = m[3] ? Number(m[4]) : Number(m[4]) + rows;
      out += `${m[1]}${columnLetters(Math.max(0, col))}${m[3]}${Math.max(1, row)}`;
      i += m[0].length;
      continue;
    }
    const word = /[\w.$]+/y;
    word.lastIndex = i;
    const w = word.exec(formula);
    if (w) {
      out += w[0];
      i += w[0].length;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

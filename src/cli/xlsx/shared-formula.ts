import { columnLetters } from '../../engine/model/address';

// String literals and quoted sheet names are copied as they are; a cell reference is a column
// of 1–3 letters and a row, not part of a longer name, not a function name, not a sheet name.
const TOKENS = /"(?:[^"]|"")*"|'(?:[^']|'')*'|(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(!])/g;

function columnNumber(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

/**
 * The formula of a cell that shares its master's formula (`<f t="shared" si="0"/>`): relative
 * references move by the cell's offset from the master, absolute ($) ones stay.
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  return formula.replace(TOKENS, (token, colAbs: string | undefined, letters: string | undefined, rowAbs: string, digits: string) => {
    if (letters === undefined) return token;
    const col = colAbs ? columnNumber(letters) : columnNumber(letters) + cols;
    const row = rowAbs ? Number(digits) - 1 : Number(digits) - 1 + rows;
    if (col < 0 || row < 0) return '#REF!';
    return `${colAbs}${columnLetters(col)}${rowAbs}${row + 1}`;
  });
}

import { shiftFormula } from '../../../src/cli/package/formula-shift';

describe('a shared formula read from another cell of its range', () => {
  test.each([
    ['B2+C2', 1, 0, 'B3+C3'],
    ['SUM(B2:B4)*$A$1', 2, 1, 'SUM(C4:C6)*$A$1'],
    ['$B2+B$2', 3, 2, '$B5+D$2'],
    ["'公开01表'!C7+公开02表!D8", 1, 0, "'公开01表'!C8+公开02表!D9"],
    ['IF(A1>0,"A1 不变",LOG10(A1))', 1, 1, 'IF(B2>0,"A1 不变",LOG10(B2))'],
    ['ROUND(H7/G7*100,2)', 5, 0, 'ROUND(H12/G12*100,2)'],
    ['SUM(C:C)-SUM($7:7)', 2, 1, 'SUM(D:D)-SUM($7:9)'],
  ])('%s moved by (%i rows, %i cols) reads %s', (formula, rows, cols, expected) => {
    expect(shiftFormula(formula, rows, cols)).toBe(expected);
  });
});

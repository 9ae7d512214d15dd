import { cellDecimal } from '../../../src/engine/money/decimal';

describe('cellDecimal: a raw number read as Excel holds it (15 significant digits)', () => {
  it.each([
    [0.1 + 0.2, '0.3'],
    [262.49, '262.49'],
    [1475018.17, '1475018.17'],
    [430.21000000000004, '430.21'],
    [29.098999999999997, '29.099'],
    [0.7758, '0.7758'],
    [-1234.5, '-1234.5'],
    [1e-7, '1e-7'],
    [42, '42'],
    [123456789012.34, '123456789012.34'],
    [2 ** 60, '1152921504606850000'],
  ])('%p reads as %s', (raw, expected) => {
    expect(cellDecimal(raw).toString()).toBe(expected);
  });

  it('keeps what Excel shows in the formula bar, not less: a 15th digit is kept', () => {
    expect(cellDecimal(69.2857142857143).toString()).toBe('69.2857142857143');
    expect(cellDecimal(86.64000000000006).toString()).toBe('86.6400000000001');
  });
});

import { decimalsShown } from '../../../src/engine/values/parse-number';

describe('decimalsShown', () => {
  it.each([
    ['1,234.50', 1234.5, 2],
    ['-1,234.5', -1234.5, 1],
    ['+0.125', 0.125, 3],
    ['.5', 0.5, 1],
    ['77.58%', 0.7758, 2],
    ['1,234', 1234, 0],
    ['50%', 0.5, 0],
    ['  29.099  ', 29.099, 3],
    // Not a figure as shown: the decimals of the raw number.
    ['1.', 1, 0],
    ['1.2.3', 1.23, 2],
    ['', 3.25, 2],
    ['%', 0.125, 3],
    ['￥1.50', 1.5, 1],
  ])('“%s” (raw %d) shows %d decimals', (displayed, raw, expected) => {
    expect(decimalsShown(displayed, raw)).toBe(expected);
  });
});

import { Decimal, formatAmount, toFixed } from '../../../src/engine/money/decimal';

/** A deterministic stream of figures: amounts, rates, tiny and huge values, both signs. */
function figures(count: number): Decimal[] {
  let seed = 20261205;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const out: Decimal[] = [];
  for (let i = 0; i < count; i++) {
    const digits = String(Math.floor(next() * 1e12)).slice(0, 1 + Math.floor(next() * 12));
    const exponent = Math.floor(next() * 34) - 14;
    const sign = next() < 0.3 ? '-' : '';
    out.push(new Decimal(`${sign}${digits}e${exponent}`));
  }
  return out;
}

const EDGES = ['0', '-0', '0.005', '2.675', '-2.675', '999.995', '1e21', '-1e21', '1.5e-7', '1e-7', '123456789012345678901', '0.1', '-0.000001', '100', '1475018.17'];

describe('toFixed', () => {
  it('writes what decimal.js toFixed writes, half-up, for every figure and number of decimals', () => {
    const values = [...EDGES.map((v) => new Decimal(v)), ...figures(5000)];
    const wrong: string[] = [];
    for (const v of values) {
      for (let decimals = 0; decimals <= 6; decimals++) if (toFixed(v, decimals) !== v.toFixed(decimals)) wrong.push(`${v.toString()} @${decimals}: ${toFixed(v, decimals)} ≠ ${v.toFixed(decimals)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('pads and rounds as the reports show figures', () => {
    expect(toFixed(new Decimal('1234.5'), 2)).toBe('1234.50');
    expect(toFixed(new Decimal('-3'), 2)).toBe('-3.00');
    expect(toFixed(new Decimal('2.675'), 2)).toBe('2.68');
    expect(toFixed(new Decimal('-2.675'), 2)).toBe('-2.68');
    expect(toFixed(new Decimal('-0'), 2)).toBe('0.00');
  });
});

describe('formatAmount', () => {
  it('groups the whole part by thousands, sign and decimals kept', () => {
    const cases: [string, number, string][] = [
      ['0', 2, '0.00'],
      ['7', 0, '7'],
      ['123', 2, '123.00'],
      ['1234', 2, '1,234.00'],
      ['-1234.5', 2, '-1,234.50'],
      ['123456', 1, '123,456.0'],
      ['1475018.17', 2, '1,475,018.17'],
      ['-12345678.905', 2, '-12,345,678.91'],
      ['999999.995', 2, '1,000,000.00'],
    ];
    for (const [value, decimals, shown] of cases) expect(formatAmount(new Decimal(value), decimals)).toBe(shown);
  });

  it('puts a comma before every third digit from the right, for whole parts of every length', () => {
    for (let length = 1; length <= 25; length++) {
      const digits = '9876543210987654321098765'.slice(0, length);
      const shown = formatAmount(new Decimal(digits), 0);
      expect(shown.replace(/,/g, '')).toBe(digits);
      expect(shown.split(',').every((group, i) => (i === 0 ? group.length >= 1 && group.length <= 3 : group.length === 3))).toBe(true);
    }
  });
});

import { Decimal, toFixed } from '../../../src/engine/money/decimal';

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

import { decimalsShown } from '../../../src/engine/values/parse-number';

/** The two patterns decimalsShown reads by hand, and its fallback to the raw number, as they were written. */
function reference(displayed: string, raw: number): number {
  const shown = displayed.trim();
  const match = /^[-+]?[\d,]*\.(\d+)%?$/.exec(shown);
  if (match) return match[1].length;
  if (/^[-+]?[\d,]+%?$/.test(shown)) return 0;
  const text = String(raw);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

describe('decimalsShown', () => {
  it.each([
    ['1,234.50', 1234.5, 2],
    ['-1,234.5', -1234.5, 1],
    ['+0.125', 0.125, 3],
    ['.5', 0.5, 1],
    ['77.58%', 0.7758, 2],
    ['1,234', 1234, 0],
    ['50%', 0.5, 0],
    ['1.', 1, 0],
    ['1.2.3', 1.23, 2],
    ['1,2.3,4', 12.34, 2],
    ['-', 0, 0],
    ['', 3.25, 2],
    ['%', 0.125, 3],
    ['1.5%%', 0.015, 3],
    ['  29.099  ', 29.099, 3],
    ['￥1.50', 1.5, 1],
  ])('“%s” (raw %d) shows %d decimals', (displayed, raw, expected) => {
    expect(decimalsShown(displayed, raw)).toBe(expected);
    expect(decimalsShown(displayed, raw)).toBe(reference(displayed, raw));
  });

  it('agrees with the patterns on every text of up to four characters from -+,.%0 and a letter', () => {
    const alphabet = ['-', '+', ',', '.', '%', '0', '7', 'a'];
    const texts = [''];
    for (let length = 1; length <= 4; length++) for (const t of texts.filter((x) => x.length === length - 1)) for (const c of alphabet) texts.push(t + c);
    const wrong = texts.filter((t) => decimalsShown(t, 2.5) !== reference(t, 2.5));
    expect(texts.length).toBeGreaterThan(4000);
    expect(wrong).toEqual([]);
  });
});

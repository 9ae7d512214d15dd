import { normalizeText } from '../../../src/engine/values/normalize';

/** The definition normalizeText shortcuts: NFKC, then no white space. */
const slow = (text: string) => text.normalize('NFKC').replace(/[\s\u3000]+/g, '');

/** Every character of the Basic Multilingual Plane but the surrogate halves. */
function bmp(): string[] {
  const chars: string[] = [];
  for (let code = 0; code <= 0xffff; code++) if (code < 0xd800 || code > 0xdfff) chars.push(String.fromCharCode(code));
  return chars;
}

describe('normalizeText', () => {
  it('folds full-width forms and removes white space', () => {
    expect(normalizeText('（单位：万元）')).toBe('(单位:万元)');
    expect(normalizeText('社会保障和 就业支出\n')).toBe('社会保障和就业支出');
    expect(normalizeText('１２０')).toBe('120');
    expect(normalizeText('\u3000合\u3000计')).toBe('合计');
  });

  it('keeps the marks NFKC keeps', () => {
    expect(normalizeText('《预算法》、“三公”经费—≥90%。')).toBe('《预算法》、“三公”经费—≥90%。');
  });

  // The fast path must answer as NFKC would for every character it lets through, alone and
  // beside a letter or an ideograph (a combining mark is NFKC-stable alone but not after “A”).
  it('gives what NFKC gives for every character, alone and in company', () => {
    const wrong = bmp().filter((c) => [c, `A${c}`, `${c}A`, `中${c}`].some((t) => normalizeText(t) !== slow(t)));
    expect(wrong).toEqual([]);
  });
});

import { normalizeText } from '../../../src/engine/values/normalize';

/** What normalizeText promises, computed the slow way: NFKC, then no white space. */
const reference = (text: string) => text.normalize('NFKC').replace(/[\s\u3000]+/g, '');

/** Every character of the fast paths, and some that must take the slow one. */
function characters(): string[] {
  const out: string[] = [];
  const range = (from: number, to: number) => {
    for (let c = from; c <= to; c++) out.push(String.fromCharCode(c));
  };
  range(0x20, 0x7e);
  range(0x4e00, 0x9fff);
  range(0x3000, 0x3020);
  range(0x2010, 0x2030);
  range(0x2260, 0x2270);
  range(0xff00, 0xff65);
  out.push('\u00a0', '\t', '\n', '①', 'ｶ', '㎡', '…', '™', '²');
  return out;
}

describe('normalizeText', () => {
  it('equals NFKC without white space for every character of its fast paths and their neighbours', () => {
    const wrong = characters().filter((c) => normalizeText(c) !== reference(c));
    expect(wrong.map((c) => `U+${c.charCodeAt(0).toString(16)}`)).toEqual([]);
  });

  it('equals it on texts mixing them, as labels and prose print them', () => {
    const all = characters();
    // A fixed pseudo-random walk: reproducible, and long enough to mix every kind with every other.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let n = 0; n < 2000; n++) {
      let text = '';
      const length = 1 + (next() % 12);
      for (let i = 0; i < length; i++) text += all[next() % all.length];
      expect([text, normalizeText(text)]).toEqual([text, reference(text)]);
    }
    expect(['（一）收入支出决算总体情况：', '社会保障和 就业支出', '“三公”经费≥90%', '２０２３年'].map(normalizeText)).toEqual(['(一)收入支出决算总体情况:', '社会保障和就业支出', '“三公”经费≥90%', '2023年']);
  });
});

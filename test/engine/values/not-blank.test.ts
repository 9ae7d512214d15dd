import { isNotBlank } from '../../../src/engine/values/not-blank';

describe('isNotBlank', () => {
  it('answers as trim() would, whatever character a text opens with', () => {
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCharCode(code);
      for (const text of [c, `${c} `, `${c}\u3000合计`]) if (isNotBlank(text) !== (text.trim() !== '')) wrong.push(`U+${code.toString(16)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('finds no text in blanks of any kind', () => {
    for (const text of ['', ' ', '\u3000', '\u00a0\t\r\n', '\ufeff']) expect(isNotBlank(text)).toBe(false);
    expect(isNotBlank(' 合计 ')).toBe(true);
  });
});

// The units that must never break across lines in the pane.
import { textTokens } from '../../src/taskpane/text-tokens';

const units = (text: string) => textTokens(text).filter((t) => t.unit).map((t) => t.text);

describe('textTokens', () => {
  it('keeps amounts, rates and addresses whole; the text around them joins back to the message', () => {
    const message = '总分 H21 = 96.76 ≠ 三级指标得分合计 86.8 + 预算执行得分 I7 = 86.8 + 7.76 = 94.56，差 1,233,569.79（H4），执行率 57.47%，差 -0.01';
    expect(units(message)).toEqual(['H21', '96.76', '86.8', 'I7', '86.8', '7.76', '94.56', '1,233,569.79', 'H4', '57.47%', '-0.01']);
    expect(textTokens(message).map((t) => t.text).join('')).toBe(message);
  });

  it('keeps a qualified address, a range and a function in the text whole', () => {
    expect(units("公开02表!C7 与 '公开 03表'!D9:F10 及 SUM(C7:C12)")).toEqual(['公开02表!C7', "'公开 03表'!D9:F10", 'SUM(C7:C12)']);
  });

  it('does not take rule codes or words for addresses or numbers', () => {
    expect(units('PE-7 T01-1 X-15 GF-2')).toEqual([]);
  });

  it('finds every generated amount whole, whatever surrounds it', () => {
    for (let n = 1; n < 1e12; n = n * 7 + 3) {
      const amount = `${n.toLocaleString('en-US')}.${String(n % 100).padStart(2, '0')}`;
      for (const around of [['差 ', '，'], ['（', '）'], ['= ', ' +'], ['合计', '万元']]) {
        expect(units(`${around[0]}${amount}${around[1]}`)).toEqual([amount]);
      }
    }
  });
});

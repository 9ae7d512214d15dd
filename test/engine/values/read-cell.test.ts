// Amount cells as accountants' workbooks hold them: numbers, text numbers from PDFs and other
// producers, dashes for “not applicable”.
import { readValueCell } from '../../../src/engine/values/read-cell';

function read(text: string) {
  const cell = readValueCell('表', { row: 0, col: 0 }, { value: text, text }, '万元');
  return { kind: cell.kind, value: cell.value.toString() };
}

describe('readValueCell', () => {
  it.each([
    ['1,234.56', '1234.56'],
    ['１２３．４５', '123.45'],
    ['1 234.56', '1234.56'],
    ['-12.30', '-12.3'],
    ['−12.30', '-12.3'],
    ['－12.30', '-12.3'],
  ])('reads the text %s as the number %s', (text, value) => {
    expect(read(text)).toEqual({ kind: 'number', value });
  });

  it.each(['-', '--', '—', '——', '－', '－－', '−', '——　'])('reads %s as not applicable (0)', (text) => {
    expect(read(text)).toEqual({ kind: 'na', value: '0' });
  });

  it.each(['12.34万', '￥12.34', '1.2E3', '无', '(12.34)'])('keeps %s as words: not a figure it can vouch for', (text) => {
    expect(read(text).kind).toBe('text');
  });
});

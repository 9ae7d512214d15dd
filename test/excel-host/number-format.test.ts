import { quoteSheetName, parseArea, formatAddress, splitSheet } from './address';
import { displayText, general } from './number-format';

test.each([
  [1475018.17, '#,##0.00', '1,475,018.17'],
  [-1475018.17, '#,##0.00', '-1,475,018.17'],
  [1475018.165, '#,##0.00', '1,475,018.17'],
  [1.005, '0.00', '1.01'],
  [2.5, '0', '3'],
  [1234.5678, '0.000', '1234.568'],
  [1234567, '#,##0', '1,234,567'],
  [0.1234, '0%', '12%'],
  [0.1234, '0.00%', '12.34%'],
  [0, '#,##0.00;-#,##0.00;"-"', '-'],
  [-5, '#,##0.00;[Red]-#,##0.00', '-5.00'],
  [-5, '#,##0.00_);(#,##0.00)', '(5.00)'],
  [5, '#,##0.00_);(#,##0.00)', '5.00 '],
  [1234567, '#,##0,', '1,235'],
  [12, '0"万元"', '12万元'],
  [0.5, '#.00', '.50'],
])('%p with %p shows %p', (value, format, text) => {
  expect(displayText(value, format)).toBe(text);
});

test('General shows at most 11 characters, as in a standard-width column', () => {
  expect(general(1475018.17)).toBe('1475018.17');
  expect(general(3.14159265358979)).toBe('3.141592654');
  expect(general(123456789012)).toBe('1.23457E+11');
  expect(general(0.1 + 0.2)).toBe('0.3');
  expect(general(-42)).toBe('-42');
  expect(displayText(true, 'General')).toBe('TRUE');
  expect(displayText('文本', '#,##0.00')).toBe('文本');
  expect(displayText(null, '0.00')).toBe('');
});

test('addresses: parse, quote, split', () => {
  expect(parseArea('$B$2:C9')).toEqual({ top: 1, left: 1, bottom: 8, right: 2 });
  expect(parseArea('C9:B2')).toEqual({ top: 1, left: 1, bottom: 8, right: 2 });
  expect(parseArea('XFE1')).toBeNull();
  expect(parseArea('A1048577')).toBeNull();
  expect(splitSheet("'公开 01'!B2:C9")).toEqual({ sheet: '公开 01', area: 'B2:C9' });
  expect(splitSheet("'it''s'!A1")).toEqual({ sheet: "it's", area: 'A1' });
  expect(quoteSheetName('公开01表')).toBe('公开01表');
  expect(quoteSheetName('Sheet1')).toBe('Sheet1');
  expect(quoteSheetName('01表')).toBe("'01表'");
  expect(quoteSheetName('A1')).toBe("'A1'");
  expect(quoteSheetName('收入(决算)')).toBe("'收入(决算)'");
  expect(formatAddress("it's", { top: 0, left: 0, bottom: 0, right: 0 })).toBe("'it''s'!A1");
});

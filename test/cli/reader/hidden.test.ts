import { readXlsx } from '../../../src/cli/read-xlsx';
import { cell, encodeParts, row, sheetData, xmlParts } from './helpers/minimal-xlsx';
import { zipParts } from './helpers/zip';

/** <col min max hidden="1"> and <row hidden="1"> become the snapshot's hiddenColumns / hiddenRows, within the cells. */
async function read(cols: string, rows: string[]) {
  const body = `${cols}${sheetData(...rows)}`;
  const wb = await readXlsx(zipParts(encodeParts(xmlParts([{ name: '公开02表', body }]))), 'hidden.xlsx');
  return wb.sheets[0];
}

const FOUR_ROWS = [row(1, cell('A1', 1), cell('E1', 2)), row(2, cell('A2', 3)), `<row r="3" hidden="1">${cell('B3', 4)}</row>`, `<row r="4" hidden="true">${cell('C4', 5)}</row>`];

test('hidden column spans and hidden rows are read, zero-based and ascending', async () => {
  const sheet = await read('<cols><col min="4" max="4" width="0" hidden="1"/><col min="2" max="3" hidden="true"/><col min="1" max="1" width="9"/></cols>', FOUR_ROWS);
  expect(sheet.hiddenColumns).toEqual([1, 2, 3]);
  expect(sheet.hiddenRows).toEqual([2, 3]);
});

test('“hide every column right of the table” (to XFD) and hidden empty rows below are clipped to the cells', async () => {
  const sheet = await read('<cols><col min="6" max="16384" hidden="1"/><col min="5" max="5" hidden="0"/></cols>', [...FOUR_ROWS, '<row r="900000" hidden="1"/>']);
  expect(sheet.hiddenColumns).toBeUndefined();
  expect(sheet.hiddenRows).toEqual([2, 3]);
});

test('a sheet with nothing hidden has neither field', async () => {
  const sheet = await read('', [row(1, cell('A1', 1))]);
  expect(sheet.hiddenColumns).toBeUndefined();
  expect(sheet.hiddenRows).toBeUndefined();
});

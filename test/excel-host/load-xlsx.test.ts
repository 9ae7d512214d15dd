import ExcelJS from 'exceljs';
import { createExcelHost } from './index';
import { loadXlsx } from './load-xlsx';

async function buildXlsx(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const t1 = book.addWorksheet('公开01表');
  t1.getCell('A1').value = '收入支出决算总表';
  t1.mergeCells('A1:D1');
  t1.getCell('A2').value = '项目';
  t1.getCell('B2').value = 1475018.17;
  t1.getCell('B2').numFmt = '#,##0.00';
  t1.getCell('B2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  t1.getCell('B3').value = { formula: 'B2*2', result: 2950036.34 };
  t1.getCell('B3').numFmt = '#,##0.00';
  t1.getCell('C3').value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue;
  t1.getCell('D3').value = new Date(Date.UTC(2024, 11, 31));
  t1.getCell('A2').note = '原有批注'; // ExcelJS drops notes on empty cells when writing
  const hidden = book.addWorksheet('底稿', { state: 'hidden' });
  hidden.getCell('A1').value = 'x';
  const locked = book.addWorksheet('锁定表');
  locked.getCell('A1').value = 1;
  locked.getCell('B1').protection = { locked: false };
  await locked.protect('', { formatCells: false });
  return new Uint8Array(await book.xlsx.writeBuffer());
}

test('loads values, formula results, formats, merges, fills, hidden and protected sheets', async () => {
  const model = await loadXlsx(await buildXlsx());
  expect(model.sheets.map((s) => [s.name, s.visibility, s.protected])).toEqual([
    ['公开01表', 'Visible', false],
    ['底稿', 'Hidden', false],
    ['锁定表', 'Visible', true],
  ]);
  const t1 = model.sheet('公开01表');
  expect(t1.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
  expect(t1.cell('B2')).toMatchObject({ value: 1475018.17, numberFormat: '#,##0.00', fill: '#FFFF00' });
  expect(t1.cell('B3')).toMatchObject({ value: 2950036.34, formula: '=B2*2' });
  expect(t1.cell('C3')).toMatchObject({ value: '#DIV/0!', error: true });
  expect(t1.cell('D3').value).toBe(45657); // 2024-12-31 as an Excel serial date
  expect(model.notesOn('公开01表')).toEqual({ A2: '原有批注' });
  expect(model.sheet('锁定表').cell('B1').locked).toBe(false);
});

test('the loaded workbook serves Office.js reads like Excel', async () => {
  const host = createExcelHost(await loadXlsx(await buildXlsx()));
  await host.Excel.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets.load('items/name,items/visibility');
    const t1 = ctx.workbook.worksheets.getItem('公开01表');
    const block = t1.getRange('A1:D3').load('values, text, formulas');
    const merged = t1.getRange('A1:D3').getMergedAreasOrNullObject().load('address');
    const fills = t1.getRange('B2:C2').getCellProperties({ format: { fill: { color: true } } });
    await ctx.sync();

    expect(sheets.items.map((s) => `${s.name}:${s.visibility}`)).toEqual(['公开01表:Visible', '底稿:Hidden', '锁定表:Visible']);
    expect(block.values[0]).toEqual(['收入支出决算总表', '', '', '']);
    expect(block.text[1][1]).toBe('1,475,018.17');
    expect(block.text[2][1]).toBe('2,950,036.34');
    expect(block.formulas[2][1]).toBe('=B2*2');
    expect(merged.address).toBe('公开01表!A1:D1');
    expect(fills.value.map((row) => row.map((c) => c.format?.fill?.color))).toEqual([['#FFFF00', '#FFFFFF']]);
  });
  await expect(
    host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('锁定表').getRange('A1').values = [[2]];
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: 'AccessDenied' });
});

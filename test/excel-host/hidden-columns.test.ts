/** Hidden columns and rows: Range.getColumnProperties / getRowProperties (ExcelApi 1.9) with Office.js load/sync semantics. */
import ExcelJS from 'exceljs';
import { createExcelHost, WorkbookModel } from './index';
import { loadXlsx } from './load-xlsx';

function model(): WorkbookModel {
  const wb = new WorkbookModel();
  const sheet = wb.addSheet('公开02表');
  sheet.set('A1', '科目编码').set('B1', '备注').set('C1', '合计').set('C2', 5).set('C3', 7);
  sheet.hiddenColumns.add(1);
  sheet.hiddenRows.add(2);
  return wb;
}

test('reports only the keys asked for, one entry per column or row, after the sync', async () => {
  const host = createExcelHost(model());
  await host.Excel.run(async (ctx) => {
    const range = ctx.workbook.worksheets.getItem('公开02表').getUsedRange(true);
    const columns = range.getColumnProperties({ columnHidden: true, columnIndex: true });
    const rows = range.getRowProperties({ rowHidden: true, rowIndex: true });
    expect(() => columns.value).toThrow(expect.objectContaining({ code: 'ValueNotLoaded' }));
    await ctx.sync();
    expect(columns.value).toEqual([
      { columnHidden: false, columnIndex: 0 },
      { columnHidden: true, columnIndex: 1 },
      { columnHidden: false, columnIndex: 2 },
    ]);
    expect(rows.value).toEqual([
      { rowHidden: false, rowIndex: 0 },
      { rowHidden: false, rowIndex: 1 },
      { rowHidden: true, rowIndex: 2 },
    ]);
  });
  expect(host.syncCount).toBe(1);
});

test('an empty sheet reports A1 as its used range, so its column properties can be asked for', async () => {
  const wb = new WorkbookModel();
  wb.addSheet('空表');
  const host = createExcelHost(wb);
  await host.Excel.run(async (ctx) => {
    const columns = ctx.workbook.worksheets.getItem('空表').getUsedRange(true).getColumnProperties({ columnHidden: true, columnIndex: true });
    await ctx.sync();
    expect(columns.value).toEqual([{ columnHidden: false, columnIndex: 0 }]);
  });
});

test('loads hidden columns and rows from an .xlsx', async () => {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('公开03表');
  ws.getCell('A1').value = 'x';
  ws.getCell('D4').value = 1;
  ws.getColumn(2).hidden = true;
  ws.getColumn(3).hidden = true;
  ws.getRow(4).hidden = true;
  const loaded = await loadXlsx(new Uint8Array(await book.xlsx.writeBuffer()));
  const sheet = loaded.sheets[0];
  expect([...sheet.hiddenColumns].sort()).toEqual([1, 2]);
  expect([...sheet.hiddenRows]).toEqual([3]);
});

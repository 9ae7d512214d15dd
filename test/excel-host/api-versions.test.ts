/** Old clients: isSetSupported answers from the configured version and newer APIs fail with ApiNotFound. */
import { createExcelHost, WorkbookModel } from './index';
import type { RequestContext } from './index';

function host(version?: string) {
  const wb = new WorkbookModel();
  wb.addSheet('Sheet1').set('A1', 1).merge('A2:B2');
  return createExcelHost(wb, version ? { apiVersion: version } : {});
}

test('defaults to ExcelApi 1.20', () => {
  const h = host();
  const req = h.Office.context.requirements;
  expect(req.isSetSupported('ExcelApi', '1.20')).toBe(true);
  expect(req.isSetSupported('ExcelApi', '1.21')).toBe(false);
  expect(req.isSetSupported('ExcelApi')).toBe(true);
  expect(req.isSetSupported('ExcelApiOnline', '1.1')).toBe(false);
});

test('setApiVersion("1.9") simulates an old client', () => {
  const h = host();
  h.setApiVersion('1.9');
  const req = h.Office.context.requirements;
  expect(req.isSetSupported('ExcelApi', '1.9')).toBe(true);
  expect(req.isSetSupported('ExcelApi', '1.10')).toBe(false);
  expect(req.isSetSupported('ExcelApi', '1.18')).toBe(false);
  expect(req.isSetSupported('excelapi', '1.5')).toBe(true);
});

test.each([
  ['notes (1.18)', '1.17', (ctx: RequestContext) => ctx.workbook.notes.add('Sheet1!A1', 'x')],
  ['comments (1.10)', '1.9', (ctx: RequestContext) => ctx.workbook.comments.add('Sheet1!A1', 'x')],
  ['getRanges (1.9)', '1.8', (ctx: RequestContext) => (ctx.workbook.worksheets.getItem('Sheet1').getRanges('A1').format.fill.color = 'red')],
  ['getCellProperties (1.9)', '1.8', (ctx: RequestContext) => ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').getCellProperties({ address: true })],
  ['getColumnProperties (1.9)', '1.8', (ctx: RequestContext) => ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').getColumnProperties({ columnHidden: true })],
  ['getRowProperties (1.9)', '1.8', (ctx: RequestContext) => ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').getRowProperties({ rowHidden: true })],
  ['getMergedAreasOrNullObject (1.13)', '1.12', (ctx: RequestContext) => ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').getMergedAreasOrNullObject()],
  ['worksheet notes (1.18)', '1.17', (ctx: RequestContext) => ctx.workbook.worksheets.getItem('Sheet1').notes.load('items')],
])('%s fails with ApiNotFound at sync below its version', async (_name, version, use) => {
  const h = host(version);
  await expect(
    h.Excel.run(async (ctx) => {
      use(ctx);
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: 'ApiNotFound' });
});

test('the same calls work at their version', async () => {
  const h = host('1.18');
  await h.Excel.run(async (ctx) => {
    ctx.workbook.notes.add('Sheet1!A1', 'x');
    const merged = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').getMergedAreasOrNullObject();
    await ctx.sync();
    expect(merged.isNullObject).toBe(false);
  });
  expect(h.workbook.notesOn('Sheet1')).toEqual({ A1: 'x' });
});

test('mergeUndoGroup is honoured from 1.20 and ignored below', async () => {
  const h = host();
  await h.Excel.run({ mergeUndoGroup: true }, async (ctx) => {
    ctx.workbook.worksheets.getItem('Sheet1').getRange('C1').values = [[1]];
    await ctx.sync();
  });
  expect(h.mergedUndoGroups).toBe(1);
  h.setApiVersion('1.19');
  await h.Excel.run({ mergeUndoGroup: true }, async (ctx) => {
    ctx.workbook.worksheets.getItem('Sheet1').getRange('C2').values = [[2]];
    await ctx.sync();
  });
  expect(h.mergedUndoGroups).toBe(1);
  expect(h.workbook.sheet('Sheet1').cell('C2').value).toBe(2);
});

test('load() of everything skips properties newer than the client; naming one fails', async () => {
  const h = host('1.6');
  await h.Excel.run(async (ctx) => {
    const sheet = ctx.workbook.worksheets.getItem('Sheet1').load();
    await ctx.sync();
    expect(sheet.name).toBe('Sheet1');
    expect(() => sheet.tabColor).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
  });
  await expect(
    h.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').load('tabColor');
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: 'ApiNotFound' });
});

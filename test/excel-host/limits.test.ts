/** The runtime's refusals: they must surface at sync(), with Office.js's error codes. */
import { createExcelHost, OfficeExtensionError, WorkbookModel } from './index';
import type { RequestContext } from './index';

function host() {
  const wb = new WorkbookModel();
  wb.addSheet('公开01表').set('A1', 'x');
  wb.addSheet('锁定', { protected: true }).set('B2', { value: null, locked: false });
  return createExcelHost(wb);
}

async function syncError(h: ReturnType<typeof host>, batch: (ctx: RequestContext) => void): Promise<OfficeExtensionError> {
  let queued = false;
  try {
    await h.Excel.run(async (ctx) => {
      batch(ctx);
      queued = true;
      await ctx.sync();
    });
  } catch (e) {
    // The statement was accepted when called; only the sync refused it.
    expect(queued).toBe(true);
    return e as OfficeExtensionError;
  }
  throw new Error('expected the sync to fail');
}

const sheet = (ctx: RequestContext, name = '公开01表') => ctx.workbook.worksheets.getItem(name);

test('getRanges refuses an address over 8,192 characters at sync', async () => {
  const h = host();
  const cells: string[] = [];
  for (let r = 1; cells.join(',').length < 9000; r++) cells.push(`A${r}:C${r}`);
  const address = cells.join(',');
  expect(address.length).toBeGreaterThan(9000);
  const error = await syncError(h, (ctx) => (sheet(ctx).getRanges(address).format.fill.color = '#FFFF00'));
  expect(error.code).toBe('InvalidArgument');
  expect(h.workbook.sheet('公开01表').cell('A1').fill).toBeUndefined();
});

test('getRanges accepts a long address under the limit and fills every area', async () => {
  const h = host();
  const cells: string[] = [];
  for (let r = 1; r <= 500; r += 2) cells.push(`A${r}:B${r}`);
  const address = cells.join(', ');
  expect(address.length).toBeLessThan(8192);
  await h.Excel.run(async (ctx) => {
    sheet(ctx).getRanges(address).format.fill.color = 'yellow';
    await ctx.sync();
  });
  const s = h.workbook.sheet('公开01表');
  expect([s.cell('A1').fill, s.cell('B499').fill, s.cell('A2').fill]).toEqual(['#FFFF00', '#FFFF00', undefined]);
});

test('a bad address fails at sync with InvalidArgument', async () => {
  const h = host();
  expect((await syncError(h, (ctx) => sheet(ctx).getRange('A0:ZZZZ9').load('values'))).code).toBe('InvalidArgument');
  expect((await syncError(h, (ctx) => sheet(ctx).getRanges('A1, 出错').load('address'))).code).toBe('InvalidArgument');
  expect((await syncError(h, (ctx) => sheet(ctx).getRange('Sheet9!A1').load('values'))).code).toBe('InvalidArgument');
});

test('notes.add and comments.add on more than one cell fail with InvalidArgument', async () => {
  const h = host();
  expect((await syncError(h, (ctx) => ctx.workbook.notes.add('公开01表!A1:B2', '核对'))).code).toBe('InvalidArgument');
  expect((await syncError(h, (ctx) => ctx.workbook.comments.add(sheet(ctx).getRange('A1:B2'), '核对'))).code).toBe('InvalidArgument');
  // A workbook-level collection needs the sheet in the address.
  expect((await syncError(h, (ctx) => ctx.workbook.notes.add('A1', '核对'))).code).toBe('InvalidArgument');
  expect(h.workbook.notes).toHaveLength(0);
});

test('writes to a protected sheet fail with AccessDenied; unlocked cells take values', async () => {
  const h = host();
  const s = h.workbook.sheet('锁定');
  expect((await syncError(h, (ctx) => (sheet(ctx, '锁定').getRange('A1').values = [[1]]))).code).toBe('AccessDenied');
  expect((await syncError(h, (ctx) => (sheet(ctx, '锁定').getRange('B2').format.fill.color = '#FF0000'))).code).toBe('AccessDenied');
  expect((await syncError(h, (ctx) => ctx.workbook.notes.add('锁定!B2', '核对'))).code).toBe('AccessDenied');
  expect((await syncError(h, (ctx) => sheet(ctx, '锁定').getRange('A1:B1').merge())).code).toBe('AccessDenied');
  await h.Excel.run(async (ctx) => {
    sheet(ctx, '锁定').getRange('B2').values = [[5]];
    await ctx.sync();
  });
  expect(s.cell('B2').value).toBe(5);
  expect(s.cell('A1').value).toBeNull();
});

test('protection is readable and formatting can be allowed', async () => {
  const h = host();
  h.workbook.sheet('锁定').protection.allowFormatCells = true;
  await h.Excel.run(async (ctx) => {
    const p = sheet(ctx, '锁定').protection.load('protected');
    sheet(ctx, '锁定').getRange('A1').format.fill.color = '#FF0000';
    await ctx.sync();
    expect(p.protected).toBe(true);
  });
  expect(h.workbook.sheet('锁定').cell('A1').fill).toBe('#FF0000');
});

test('getItem of a missing sheet fails with ItemNotFound; getItemOrNullObject does not', async () => {
  const h = host();
  expect((await syncError(h, (ctx) => sheet(ctx, '公开99表').load('name'))).code).toBe('ItemNotFound');
  await h.Excel.run(async (ctx) => {
    const missing = ctx.workbook.worksheets.getItemOrNullObject('公开99表');
    const present = ctx.workbook.worksheets.getItemOrNullObject('公开01表');
    expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    await ctx.sync();
    expect(missing.isNullObject).toBe(true);
    expect(present.isNullObject).toBe(false);
    // Statements on a null object are ignored.
    missing.getRange('A1').values = [[1]];
    await ctx.sync();
  });
});

test('adding a sheet whose name exists fails with ItemAlreadyExists (names compare case-insensitively)', async () => {
  const h = host();
  h.workbook.addSheet('Report');
  expect((await syncError(h, (ctx) => ctx.workbook.worksheets.add('report'))).code).toBe('ItemAlreadyExists');
  expect((await syncError(h, (ctx) => ctx.workbook.worksheets.add('坏/名字'))).code).toBe('InvalidArgument');
  await h.Excel.run(async (ctx) => {
    const added = ctx.workbook.worksheets.add('决算说明');
    added.getRange('A1').values = [['正文']];
    added.load('name, position');
    await ctx.sync();
    expect([added.name, added.position]).toEqual(['决算说明', 3]);
  });
  expect(h.workbook.sheet('决算说明').cell('A1').value).toBe('正文');
});

test('reading more than 5,000,000 cells in one range load fails with ResponsePayloadSizeLimitExceeded', async () => {
  const h = host();
  // 5 columns × 1,000,001 rows = 5,000,005 cells
  expect((await syncError(h, (ctx) => sheet(ctx).getRange('A1:E1000001').load('values'))).code).toBe('ResponsePayloadSizeLimitExceeded');
  expect((await syncError(h, (ctx) => sheet(ctx).getRange('A:E').getCellProperties({ format: { fill: { color: true } } }))).code).toBe(
    'ResponsePayloadSizeLimitExceeded',
  );
  // Geometry of the same range is fine: only per-cell reads count.
  await h.Excel.run(async (ctx) => {
    const r = sheet(ctx).getRange('A1:E1000001').load('address, rowCount');
    await ctx.sync();
    expect(r.rowCount).toBe(1000001);
  });
});

test('an optional response size limit models Excel on the web', async () => {
  const h = host();
  h.maxResponseBytes = 1000;
  expect((await syncError(h, (ctx) => sheet(ctx).getRange('A1:J200').load('values'))).code).toBe('ResponsePayloadSizeLimitExceeded');
});

test('the last visible sheet cannot be hidden or deleted', async () => {
  const h = host();
  h.workbook.sheet('锁定').visibility = 'Hidden';
  expect((await syncError(h, (ctx) => (sheet(ctx).visibility = 'Hidden' as never))).code).toBe('InvalidOperation');
  expect((await syncError(h, (ctx) => sheet(ctx).delete())).code).toBe('InvalidOperation');
});

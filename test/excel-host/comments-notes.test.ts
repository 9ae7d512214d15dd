import { createExcelHost, WorkbookModel } from './index';

function host() {
  const wb = new WorkbookModel();
  wb.addSheet('公开01表').set('C9', 100);
  wb.addSheet('公开02表');
  return createExcelHost(wb, { authorName: '决算助手' });
}

test('notes: add, list, read, edit, delete', async () => {
  const h = host();
  await h.Excel.run(async (ctx) => {
    ctx.workbook.notes.add('公开01表!C9', '【决算助手】合计不等');
    ctx.workbook.worksheets.getItem('公开02表').notes.add('B2', '【决算助手】缺少数据');
    await ctx.sync();
  });
  expect(h.workbook.notesOn('公开01表')).toEqual({ C9: '【决算助手】合计不等' });

  await h.Excel.run(async (ctx) => {
    const all = ctx.workbook.notes.load('items/content, items/authorName');
    const onSheet = ctx.workbook.worksheets.getItem('公开02表').notes.load('items/content');
    const count = ctx.workbook.notes.getCount();
    await ctx.sync();
    expect(all.items.map((n) => n.content)).toEqual(['【决算助手】合计不等', '【决算助手】缺少数据']);
    expect(all.items[0].authorName).toBe('决算助手');
    expect(onSheet.items.map((n) => n.content)).toEqual(['【决算助手】缺少数据']);
    expect(count.value).toBe(2);

    const where = all.items[0].getLocation().load('address');
    const byCell = ctx.workbook.notes.getItem('公开01表!C9');
    byCell.content = '【决算助手】已修改';
    all.items[1].delete();
    await ctx.sync();
    expect(where.address).toBe('公开01表!C9');
  });
  expect(h.workbook.notes.map((n) => n.content)).toEqual(['【决算助手】已修改']);
});

test('a second note on the same cell is refused', async () => {
  const h = host();
  await expect(
    h.Excel.run(async (ctx) => {
      ctx.workbook.notes.add('公开01表!C9', 'a');
      ctx.workbook.notes.add('公开01表!C9', 'b');
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: 'InvalidArgument' });
  expect(h.workbook.notes).toHaveLength(1);
});

test('comments: add with a Range, getItemByCell, resolve, delete', async () => {
  const h = host();
  await h.Excel.run(async (ctx) => {
    const cell = ctx.workbook.worksheets.getItem('公开01表').getRange('C9');
    const c = ctx.workbook.comments.add(cell, '请核对');
    c.load('id, content, authorName');
    await ctx.sync();
    expect(c.content).toBe('请核对');
    expect(c.authorName).toBe('决算助手');
    expect(c.id).toMatch(/^\{[0-9A-F-]+\}$/);

    const found = ctx.workbook.comments.getItemByCell('公开01表!C9').load('content');
    await ctx.sync();
    expect(found.content).toBe('请核对');
    found.resolved = true;
    await ctx.sync();
    expect(h.workbook.comments[0].resolved).toBe(true);
    found.delete();
    await ctx.sync();
  });
  expect(h.workbook.comments).toHaveLength(0);
  await expect(
    h.Excel.run(async (ctx) => {
      ctx.workbook.comments.getItemByCell('公开01表!C9').load('content');
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: 'ItemNotFound' });
});

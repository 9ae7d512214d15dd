import { createExcelHost, WorkbookModel } from './index';

const NS = 'urn:juesuan:restore:1';
const xml = (fills: string) => `<?xml version="1.0" encoding="UTF-8"?><restore xmlns="${NS}">${fills}</restore>`;

function host() {
  const wb = new WorkbookModel();
  wb.addSheet('Sheet1');
  return createExcelHost(wb);
}

test('custom XML parts round-trip: add, find by namespace, read, replace, delete', async () => {
  const h = host();
  const id = await h.Excel.run(async (ctx) => {
    const part = ctx.workbook.customXmlParts.add(xml('<fill cell="Sheet1!C9" color="#FFFFFF"/>'));
    part.load('id, namespaceUri');
    await ctx.sync();
    expect(part.namespaceUri).toBe(NS);
    return part.id;
  });
  expect(h.workbook.customXmlParts).toHaveLength(1);

  await h.Excel.run(async (ctx) => {
    const scoped = ctx.workbook.customXmlParts.getByNamespace(NS);
    const only = scoped.getOnlyItemOrNullObject();
    const other = ctx.workbook.customXmlParts.getByNamespace('urn:other').getOnlyItemOrNullObject();
    scoped.load('items/id');
    await ctx.sync();
    expect(scoped.items.map((p) => p.id)).toEqual([id]);
    expect(only.isNullObject).toBe(false);
    expect(other.isNullObject).toBe(true);

    const text = only.getXml();
    await ctx.sync();
    expect(text.value).toContain('Sheet1!C9');

    only.setXml(xml('<fill cell="Sheet1!D9" color="#FFFF00"/>'));
    const again = ctx.workbook.customXmlParts.getItem(id).getXml();
    await ctx.sync();
    expect(again.value).toContain('Sheet1!D9');

    ctx.workbook.customXmlParts.getItem(id).delete();
    const gone = ctx.workbook.customXmlParts.getItemOrNullObject(id);
    await ctx.sync();
    expect(gone.isNullObject).toBe(true);
  });
  expect(h.workbook.customXmlParts).toHaveLength(0);
});

test('malformed XML is refused at sync', async () => {
  const h = host();
  await expect(
    h.Excel.run(async (ctx) => {
      ctx.workbook.customXmlParts.add('<restore><fill></restore>');
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: 'InvalidArgument' });
});

test('a prefixed root reports its own namespace', async () => {
  const h = host();
  await h.Excel.run(async (ctx) => {
    const part = ctx.workbook.customXmlParts.add(`<j:restore xmlns:j="${NS}" xmlns="urn:default"><j:x/></j:restore>`).load('namespaceUri');
    await ctx.sync();
    expect(part.namespaceUri).toBe(NS);
  });
});

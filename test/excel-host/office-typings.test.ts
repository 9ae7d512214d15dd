/**
 * An adapter-shaped flow written against @types/office-js (the global Excel / Office /
 * OfficeExtension), compiled by tsc and run on the host: proves the names and shapes match.
 */
import { createExcelHost, installGlobals, WorkbookModel } from './index';

const NS = 'urn:juesuan:restore:1';

function model() {
  const wb = new WorkbookModel();
  const s = wb.addSheet('公开01表');
  s.set('A1', '收入支出决算总表').merge('A1:C1');
  s.setRows('A2', [
    ['项目', '本年收入', '本年支出'],
    ['合计', 100, 90],
  ]);
  s.set('C3', { value: 90, fill: '#DDEBF7' });
  wb.addSheet('封面', { visibility: 'Hidden' });
  return wb;
}

async function readSheets(): Promise<{ name: string; hidden: boolean; address: string; values: unknown[][] }[]> {
  return Excel.run(async (context: Excel.RequestContext) => {
    const sheets = context.workbook.worksheets.load('items/name,items/visibility');
    await context.sync();
    const used = sheets.items.map((s: Excel.Worksheet) => s.getUsedRangeOrNullObject(true).load(['address', 'values']));
    await context.sync();
    return sheets.items.map((s, i) => ({
      name: s.name,
      hidden: s.visibility !== Excel.SheetVisibility.visible,
      address: used[i].isNullObject ? '' : used[i].address,
      values: used[i].isNullObject ? [] : used[i].values,
    }));
  });
}

async function highlight(sheetName: string, address: string): Promise<Excel.CellProperties[][]> {
  return Excel.run({ mergeUndoGroup: true }, async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const before = sheet.getRanges(address).areas.load('items/address');
    await context.sync();
    const saved = before.items.map((r) => r.getCellProperties({ format: { fill: { color: true } } }));
    sheet.getRanges(address).format.fill.color = '#FFC7CE';
    const xml = `<restore xmlns="${NS}">${address}</restore>`;
    const existing = context.workbook.customXmlParts.getByNamespace(NS).getOnlyItemOrNullObject();
    await context.sync();
    if (existing.isNullObject) context.workbook.customXmlParts.add(xml);
    else existing.setXml(xml);
    if (Office.context.requirements.isSetSupported('ExcelApi', '1.18')) {
      context.workbook.notes.add(sheet.getRange('C3'), '【决算助手】请核对');
    }
    await context.sync();
    return saved.flatMap((r) => r.value);
  });
}

test('an Office.js-typed adapter reads and writes through the host', async () => {
  const host = createExcelHost(model());
  const restore = installGlobals(host);
  try {
    const sheets = await readSheets();
    expect(sheets).toEqual([
      {
        name: '公开01表',
        hidden: false,
        address: '公开01表!A1:C3',
        values: [
          ['收入支出决算总表', '', ''],
          ['项目', '本年收入', '本年支出'],
          ['合计', 100, 90],
        ],
      },
      { name: '封面', hidden: true, address: '', values: [] },
    ]);
    expect(host.syncCount).toBe(2);

    const saved = await highlight('公开01表', 'B3:C3');
    expect(saved.map((row) => row.map((c) => c.format!.fill!.color))).toEqual([['#FFFFFF', '#DDEBF7']]);
    expect(host.workbook.sheet('公开01表').cell('C3').fill).toBe('#FFC7CE');
    expect(host.workbook.customXmlParts.map((p) => p.xml)).toEqual([`<restore xmlns="${NS}">B3:C3</restore>`]);
    expect(host.workbook.notesOn('公开01表')).toEqual({ C3: '【决算助手】请核对' });
    expect(host.mergedUndoGroups).toBe(1);
  } finally {
    restore();
  }
});

test('OfficeExtension.Error codes reach a typed catch block', async () => {
  const host = createExcelHost(model());
  host.workbook.sheet('公开01表').protected = true;
  const restore = installGlobals(host);
  try {
    const code = await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('公开01表').getRange('B3').values = [[1]];
      await context.sync();
      return 'ok';
    }).catch((e: unknown) => (e instanceof OfficeExtension.Error ? e.code : 'other'));
    expect(code).toBe(Excel.ErrorCodes.accessDenied);
  } finally {
    restore();
  }
});

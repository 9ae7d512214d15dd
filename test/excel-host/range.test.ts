import { createExcelHost, WorkbookModel } from './index';
import type { RequestContext } from './index';

function host() {
  const wb = new WorkbookModel();
  const s = wb.addSheet('公开01表');
  s.set('A1', { value: '收入支出决算总表', font: { bold: true } }).merge('A1:D1');
  s.setRows('A2', [['项目', '金额', '比例', '备注']]);
  s.set('B3', { value: 1475018.17, numberFormat: '#,##0.00', fill: '#FFFF00' });
  s.set('C3', { value: 0.1234, numberFormat: '0.00%' });
  s.set('D3', { value: '#REF!', error: true });
  s.set('B4', { value: 12, formula: '=SUM(B5:B6)' });
  s.set('C4', true);
  wb.addSheet('公开 02');
  return createExcelHost(wb);
}

async function run<T>(h: ReturnType<typeof host>, batch: (ctx: RequestContext) => Promise<T>): Promise<T> {
  return h.Excel.run(batch);
}

test('values, text, formulas, valueTypes and numberFormat of a block', async () => {
  const h = host();
  const r = await run(h, async (ctx) => {
    const range = ctx.workbook.worksheets.getItem('公开01表').getRange('B3:D4').load('values, text, formulas, valueTypes, numberFormat');
    await ctx.sync();
    return range;
  });
  expect(r.values).toEqual([
    [1475018.17, 0.1234, '#REF!'],
    [12, true, ''],
  ]);
  expect(r.text).toEqual([
    ['1,475,018.17', '12.34%', '#REF!'],
    ['12', 'TRUE', ''],
  ]);
  expect(r.formulas).toEqual([
    [1475018.17, 0.1234, '#REF!'],
    ['=SUM(B5:B6)', true, ''],
  ]);
  expect(r.valueTypes).toEqual([
    ['Double', 'Double', 'Error'],
    ['Double', 'Boolean', 'Empty'],
  ]);
  expect(r.numberFormat).toEqual([
    ['#,##0.00', '0.00%', 'General'],
    ['General', 'General', 'General'],
  ]);
});

test('addresses carry the sheet, quoted when the name needs it', async () => {
  const h = host();
  const [a, b, c, d] = await run(h, async (ctx) => {
    const ws = ctx.workbook.worksheets;
    const list = [
      ws.getItem('公开01表').getRange('b3:c4'),
      ws.getItem('公开 02').getRange("'公开 02'!B2:C9"),
      ws.getItem('公开01表').getRange('C:D'),
      ws.getItem('公开01表').getRange('$A$1'),
    ].map((r) => r.load('address, rowIndex, columnIndex, rowCount, columnCount'));
    await ctx.sync();
    return list;
  });
  expect([a.address, a.rowIndex, a.columnIndex, a.rowCount, a.columnCount]).toEqual(['公开01表!B3:C4', 2, 1, 2, 2]);
  expect(b.address).toBe("'公开 02'!B2:C9");
  expect([c.address, c.rowCount]).toEqual(['公开01表!C:D', 1048576]);
  expect(d.address).toBe('公开01表!A1');
});

test('getCellProperties returns the fill of every cell, white for none', async () => {
  const h = host();
  const props = await run(h, async (ctx) => {
    const result = ctx.workbook.worksheets.getItem('公开01表').getRange('A3:C3').getCellProperties({ format: { fill: { color: true } }, address: true });
    await ctx.sync();
    return result.value;
  });
  expect(props).toEqual([
    [
      { address: '公开01表!A3', format: { fill: { color: '#FFFFFF' } } },
      { address: '公开01表!B3', format: { fill: { color: '#FFFF00' } } },
      { address: '公开01表!C3', format: { fill: { color: '#FFFFFF' } } },
    ],
  ]);
});

test('format.fill.color is null for mixed fills; pattern tells none from white', async () => {
  const h = host();
  h.workbook.sheet('公开01表').set('A3', { fill: '#FFFFFF' });
  const [mixed, same, white, none] = await run(h, async (ctx) => {
    const s = ctx.workbook.worksheets.getItem('公开01表');
    const list = ['A3:B3', 'B3', 'A3', 'C3'].map((a) => s.getRange(a).load('format/fill/color, format/fill/pattern'));
    await ctx.sync();
    return list;
  });
  expect(mixed.format.fill.color).toBeNull();
  expect(same.format.fill.color).toBe('#FFFF00');
  expect([white.format.fill.color, white.format.fill.pattern]).toEqual(['#FFFFFF', 'Solid']);
  expect([none.format.fill.color, none.format.fill.pattern]).toEqual(['#FFFFFF', 'None']);
});

test('fill.clear() and font writes apply at sync', async () => {
  const h = host();
  await run(h, async (ctx) => {
    const r = ctx.workbook.worksheets.getItem('公开01表').getRange('B3');
    r.format.fill.clear();
    r.format.font.bold = true;
    r.format.font.color = '#ff0000';
    await ctx.sync();
  });
  const b3 = h.workbook.sheet('公开01表').cell('B3');
  expect(b3.fill).toBeUndefined();
  expect(b3.font).toEqual({ bold: true, color: '#FF0000' });
});

test('getMergedAreasOrNullObject lists merged areas intersecting the range', async () => {
  const h = host();
  h.workbook.sheet('公开01表').merge('A8:A9');
  const [some, none] = await run(h, async (ctx) => {
    const s = ctx.workbook.worksheets.getItem('公开01表');
    const found = s.getRange('A1:H20').getMergedAreasOrNullObject();
    found.load('address, areaCount');
    found.areas.load('items/address');
    const nothing = s.getRange('F5:G6').getMergedAreasOrNullObject();
    await ctx.sync();
    return [found, nothing];
  });
  expect(some.isNullObject).toBe(false);
  expect(some.address).toBe('公开01表!A1:D1, 公开01表!A8:A9');
  expect(some.areaCount).toBe(2);
  expect(some.areas.items.map((r) => r.address)).toEqual(['公开01表!A1:D1', '公开01表!A8:A9']);
  expect(none.isNullObject).toBe(true);
});

test('merge keeps only the top-left value', async () => {
  const h = host();
  await run(h, async (ctx) => {
    ctx.workbook.worksheets.getItem('公开01表').getRange('A2:B2').merge();
    await ctx.sync();
  });
  const s = h.workbook.sheet('公开01表');
  expect([s.cell('A2').value, s.cell('B2').value]).toEqual(['项目', null]);
  expect(s.merges).toContainEqual({ top: 1, left: 0, bottom: 1, right: 1 });
});

test('RangeAreas from getRanges: address, areas, fills', async () => {
  const h = host();
  const areas = await run(h, async (ctx) => {
    const a = ctx.workbook.worksheets.getItem('公开01表').getRanges('A5:B6; D8');
    a.format.fill.color = '#FFC7CE';
    a.load('address, areaCount, cellCount');
    await ctx.sync();
    return a;
  });
  expect([areas.address, areas.areaCount, areas.cellCount]).toEqual(['公开01表!A5:B6, 公开01表!D8', 2, 5]);
  expect(h.workbook.sheet('公开01表').cell('B6').fill).toBe('#FFC7CE');
  expect(h.workbook.sheet('公开01表').cell('D8').fill).toBe('#FFC7CE');
});

test('used range, derived ranges and getCell', async () => {
  const h = host();
  const [used, usedValues, empty, emptyOrNull, cell, resized, offset] = await run(h, async (ctx) => {
    const s = ctx.workbook.worksheets.getItem('公开01表');
    const e = ctx.workbook.worksheets.getItem('公开 02');
    const list = [
      s.getUsedRange(),
      s.getUsedRange(true),
      e.getUsedRange(),
      e.getUsedRangeOrNullObject(),
      s.getUsedRange().getCell(1, 1),
      s.getRange('B3').getResizedRange(2, 1),
      s.getRange('B3:C4').getOffsetRange(1, -1),
    ];
    list.forEach((r) => r.load('address'));
    await ctx.sync();
    return list;
  });
  expect(used.address).toBe('公开01表!A1:D4');
  expect(usedValues.address).toBe('公开01表!A1:D4');
  expect(empty.address).toBe("'公开 02'!A1");
  expect(emptyOrNull.isNullObject).toBe(true);
  expect(cell.address).toBe('公开01表!B2');
  expect(resized.address).toBe('公开01表!B3:C5');
  expect(offset.address).toBe('公开01表!A4:B5');
});

test('select() changes what getSelectedRange and getActiveCell report', async () => {
  const h = host();
  await run(h, async (ctx) => {
    ctx.workbook.worksheets.getItem('公开 02').getRange('B2:C3').select();
    await ctx.sync();
    const sel = ctx.workbook.getSelectedRange().load('address');
    const active = ctx.workbook.getActiveCell().load('address');
    const sheet = ctx.workbook.worksheets.getActiveWorksheet().load('name');
    await ctx.sync();
    expect([sel.address, active.address, sheet.name]).toEqual(["'公开 02'!B2:C3", "'公开 02'!B2", '公开 02']);
  });
});

test('hyperlink and clear', async () => {
  const h = host();
  await run(h, async (ctx) => {
    const s = ctx.workbook.worksheets.getItem('公开 02');
    s.getRange('A1').hyperlink = { documentReference: "'公开01表'!B3", textToDisplay: '跳到 B3' };
    s.getRange('A2').values = [['临时']];
    s.getRange('A2').clear();
    await ctx.sync();
  });
  const s = h.workbook.sheet('公开 02');
  expect(s.cell('A1')).toMatchObject({ value: '跳到 B3', hyperlink: { documentReference: "'公开01表'!B3" } });
  expect(s.cell('A2').value).toBeNull();
});

test('worksheet properties: rename, position, visibility, delete', async () => {
  const h = host();
  await run(h, async (ctx) => {
    const s = ctx.workbook.worksheets.getItem('公开 02');
    s.name = '说明';
    s.position = 0;
    s.load('name, position, visibility');
    await ctx.sync();
    expect([s.name, s.position, s.visibility]).toEqual(['说明', 0, 'Visible']);
    s.visibility = 'VeryHidden' as never;
    await ctx.sync();
    s.delete();
    await ctx.sync();
  });
  expect(h.workbook.sheets.map((s) => s.name)).toEqual(['公开01表']);
});

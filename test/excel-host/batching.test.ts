import { createExcelHost, installGlobals, OfficeExtensionError, WorkbookModel } from './index';

function sample() {
  const wb = new WorkbookModel();
  wb.addSheet('公开01表').setRows('A1', [
    ['项目', '金额'],
    ['收入', 1475018.17],
  ]);
  wb.addSheet('Sheet2');
  return wb;
}

async function rejection(p: Promise<unknown>): Promise<OfficeExtensionError> {
  try {
    await p;
  } catch (e) {
    return e as OfficeExtensionError;
  }
  throw new Error('expected the promise to reject');
}

describe('load and sync', () => {
  test('reading a property before load + sync throws PropertyNotLoaded', async () => {
    const host = createExcelHost(sample());
    await host.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('公开01表').getRange('A1:B2');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      // Loaded but not yet synced: still not available.
      expect(() => range.values).toThrow(OfficeExtensionError);
      await ctx.sync();
      expect(range.values).toEqual([
        ['项目', '金额'],
        ['收入', 1475018.17],
      ]);
      expect(() => range.text).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  test('the error has code, message and debugInfo like OfficeExtension.Error', async () => {
    const host = createExcelHost(sample());
    await host.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Sheet2');
      let error: OfficeExtensionError | undefined;
      try {
        void sheet.name;
      } catch (e) {
        error = e as OfficeExtensionError;
      }
      expect(error).toBeInstanceOf(host.OfficeExtension.Error);
      expect(error).toMatchObject({ code: 'PropertyNotLoaded', name: 'RichApi.Error', debugInfo: { code: 'PropertyNotLoaded', errorLocation: 'Worksheet.name' } });
      expect(error!.message).toMatch(/call the load method/);
    });
  });

  test.each([
    ['string', 'values, text'],
    ['array', ['values', 'text']],
    ['object', { values: true, text: true }],
    ['select option', { select: 'values,text' }],
  ])('load() accepts the %s form', async (_form, spec) => {
    const host = createExcelHost(sample());
    await host.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('公开01表').getRange('B2');
      range.load(spec as never);
      await ctx.sync();
      expect(range.values).toEqual([[1475018.17]]);
      expect(range.text).toEqual([['1475018.17']]);
      expect(() => range.formulas).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  test('load() with no argument loads every scalar property', async () => {
    const host = createExcelHost(sample());
    await host.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('公开01表').getRange('A1:B2').load();
      await ctx.sync();
      expect(range.address).toBe('公开01表!A1:B2');
      expect(range.valueTypes).toEqual([
        ['String', 'String'],
        ['String', 'Double'],
      ]);
      expect(range.numberFormat).toEqual([
        ['General', 'General'],
        ['General', 'General'],
      ]);
    });
  });

  test('collections: items/name paths, plain names, and items before load', async () => {
    const host = createExcelHost(sample());
    host.workbook.sheet('Sheet2').visibility = 'Hidden';
    await host.Excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      sheets.load('items/name,items/visibility');
      await ctx.sync();
      expect(sheets.items.map((s) => [s.name, s.visibility])).toEqual([
        ['公开01表', 'Visible'],
        ['Sheet2', 'Hidden'],
      ]);
      expect(() => sheets.items[0].position).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      const again = ctx.workbook.worksheets.load('name');
      await ctx.sync();
      expect(again.items.map((s) => s.name)).toEqual(['公开01表', 'Sheet2']);
    });
  });

  test('navigation paths load into the same child proxies', async () => {
    const host = createExcelHost(sample());
    host.workbook.sheet('公开01表').set('B2', { value: 1, fill: '#FFFF00' });
    await host.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('公开01表').getRange('B2');
      range.load('format/fill/color, format/font/bold');
      await ctx.sync();
      expect(range.format.fill.color).toBe('#FFFF00');
      expect(range.format.font.bold).toBe(false);
    });
  });

  test('ClientResult.value is unavailable until the sync', async () => {
    const host = createExcelHost(sample());
    await host.Excel.run(async (ctx) => {
      const count = ctx.workbook.worksheets.getCount();
      expect(() => count.value).toThrow(expect.objectContaining({ code: 'ValueNotLoaded' }));
      await ctx.sync();
      expect(count.value).toBe(2);
    });
  });

  test('an unknown property fails at sync, not silently', async () => {
    const host = createExcelHost(sample());
    const error = await rejection(
      host.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet2').getRange('A1').load('valuez');
        await ctx.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
  });
});

describe('queued writes', () => {
  test('a write is invisible in the workbook before sync and applied at sync', async () => {
    const host = createExcelHost(sample());
    const sheet = host.workbook.sheet('公开01表');
    await host.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('公开01表').getRange('C9');
      range.values = [[42]];
      range.format.fill.color = '#FFFF00';
      range.numberFormat = [['#,##0.00']];
      expect(sheet.cell('C9').value).toBeNull();
      expect(sheet.cell('C9').fill).toBeUndefined();
      // Office.js keeps what the add-in assigned on the proxy itself.
      expect(range.values).toEqual([[42]]);
      const pending = ctx.sync();
      expect(sheet.cell('C9').value).toBeNull(); // still in flight
      await pending;
      expect(sheet.cell('C9')).toMatchObject({ value: 42, fill: '#FFFF00', numberFormat: '#,##0.00' });
    });
  });

  test('statements run in order; loads see the state at their place in the batch', async () => {
    const host = createExcelHost(sample());
    await host.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Sheet2');
      const before = sheet.getRange('A1').load('values');
      sheet.getRange('A1').values = [['x']];
      const after = sheet.getRange('A1').load('values');
      await ctx.sync();
      expect(before.values).toEqual([['']]);
      expect(after.values).toEqual([['x']]);
    });
  });

  test('statements before a failing one stay applied, the rest are dropped', async () => {
    const host = createExcelHost(sample());
    const error = await rejection(
      host.Excel.run(async (ctx) => {
        const sheets = ctx.workbook.worksheets;
        sheets.getItem('Sheet2').getRange('A1').values = [['first']];
        sheets.getItem('不存在').getRange('A1').values = [['boom']];
        sheets.getItem('Sheet2').getRange('A2').values = [['never']];
        await ctx.sync();
      }),
    );
    expect(error.code).toBe('ItemNotFound');
    expect(host.workbook.sheet('Sheet2').cell('A1').value).toBe('first');
    expect(host.workbook.sheet('Sheet2').cell('A2').value).toBeNull();
  });

  test('Excel.run sends statements still queued when the batch returns', async () => {
    const host = createExcelHost(sample());
    await host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet2').getRange('B1').values = [['late']];
    });
    expect(host.workbook.sheet('Sheet2').cell('B1').value).toBe('late');
    expect(host.syncCount).toBe(1);
  });

  test('a failing batch sends nothing', async () => {
    const host = createExcelHost(sample());
    await expect(
      host.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet2').getRange('B1').values = [['lost']];
        throw new Error('bug in the add-in');
      }),
    ).rejects.toThrow('bug in the add-in');
    expect(host.workbook.sheet('Sheet2').cell('B1').value).toBeNull();
  });

  test('a values write must match the range dimensions; null leaves a cell unchanged', async () => {
    const host = createExcelHost(sample());
    const error = await rejection(
      host.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet2').getRange('A1:B2').values = [[1, 2]];
        await ctx.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
    await host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('公开01表').getRange('A2:B2').values = [[null, 7]];
      await ctx.sync();
    });
    expect(host.workbook.sheet('公开01表').cell('A2').value).toBe('收入');
    expect(host.workbook.sheet('公开01表').cell('B2').value).toBe(7);
  });

  test('written strings are parsed like typed input', async () => {
    const host = createExcelHost(sample());
    await host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet2').getRange('A1:F1').values = [['12.5', "'007", '=SUM(B1:B2)', 'TRUE', '1,234.50', '']];
      await ctx.sync();
    });
    const s = host.workbook.sheet('Sheet2');
    expect(s.cell('A1').value).toBe(12.5);
    expect(s.cell('B1').value).toBe('007');
    expect(s.cell('C1')).toMatchObject({ formula: '=SUM(B1:B2)', value: null });
    expect(s.cell('D1').value).toBe(true);
    expect(s.cell('E1')).toMatchObject({ value: 1234.5, numberFormat: '#,##0.00' });
    expect(s.cell('F1').value).toBeNull();
  });
});

describe('counters and context', () => {
  test('syncCount counts syncs, proxyCount counts proxies; resetCounters clears them', async () => {
    const host = createExcelHost(sample());
    await host.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('公开01表').getRange('A1').load('values');
      await ctx.sync();
      await ctx.sync();
      return r.values;
    });
    expect(host.syncCount).toBe(2);
    // workbook, worksheets, the sheet, the range
    expect(host.proxyCount).toBe(4);
    expect(host.log).toEqual(['sync 1: Range.load']);
    host.resetCounters();
    expect([host.syncCount, host.proxyCount, host.log.length]).toEqual([0, 0, 0]);
  });

  test('edit mode fails every sync with InvalidOperationInCellEditMode', async () => {
    const host = createExcelHost(sample());
    host.editMode = true;
    const error = await rejection(
      host.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet2').getRange('A1').values = [[1]];
        await ctx.sync();
      }),
    );
    expect(error.code).toBe('InvalidOperationInCellEditMode');
    expect(host.workbook.sheet('Sheet2').cell('A1').value).toBeNull();
  });

  test('delayForCellEdit waits until the user leaves edit mode', async () => {
    const host = createExcelHost(sample());
    host.editMode = true;
    const run = host.Excel.run({ delayForCellEdit: true }, async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet2').getRange('A1').values = [[1]];
      await ctx.sync();
    });
    await new Promise((r) => setTimeout(r, 5));
    expect(host.workbook.sheet('Sheet2').cell('A1').value).toBeNull();
    host.editMode = false;
    await run;
    expect(host.workbook.sheet('Sheet2').cell('A1').value).toBe(1);
  });

  test('a context cannot be used after its Excel.run finished', async () => {
    const host = createExcelHost(sample());
    let saved: import('./index').RequestContext | undefined;
    await host.Excel.run(async (ctx) => {
      saved = ctx;
    });
    saved!.workbook.worksheets.getItem('Sheet2').getRange('A1').values = [[1]];
    await expect(saved!.sync()).rejects.toMatchObject({ code: 'InvalidObjectPath' });
  });

  test('a proxy from another context is refused', async () => {
    const host = createExcelHost(sample());
    await host.Excel.run(async (a) => {
      await host.Excel.run(async (b) => {
        const foreign = a.workbook.worksheets.getItem('Sheet2').getRange('A1');
        expect(() => b.workbook.comments.add(foreign, 'x')).toThrow(expect.objectContaining({ code: 'InvalidRequestContext' }));
      });
    });
  });

  test('installGlobals exposes Excel, Office and OfficeExtension and restores them', async () => {
    const host = createExcelHost(sample());
    const restore = installGlobals(host);
    try {
      const names = await Excel.run(async (ctx) => {
        const sheets = ctx.workbook.worksheets.load('items/name');
        await ctx.sync();
        return sheets.items.map((s) => s.name);
      });
      expect(names).toEqual(['公开01表', 'Sheet2']);
      expect(Office.context.requirements.isSetSupported('ExcelApi', '1.18')).toBe(true);
      expect((await Office.onReady()).host).toBe('Excel');
    } finally {
      restore();
    }
    expect((globalThis as Record<string, unknown>).Excel).toBeUndefined();
  });
});

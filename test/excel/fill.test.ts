import { fillChangePlan, planFill } from '../../src/engine/fill';
import { recognizeWorkbook } from '../../src/engine/recognize/recognize-workbook';
import { applyFill, readLastFill, undoFill } from '../../src/excel/apply-fill';
import { detectFeatures } from '../../src/excel/features';
import { readWorkbook } from '../../src/excel/read-workbook';
import { blankedFixture } from '../cli/fill-helpers';
import type { FixtureName } from '../cli/helpers/workbooks';
import { createExcelHost, installGlobals, type ExcelHost } from '../excel-host';
import { loadXlsx } from '../excel-host/load-xlsx';

const ALL = detectFeatures(() => true);

/** Every cell's content and format, to prove 撤销填充 puts the workbook back exactly. */
function contents(host: ExcelHost): string {
  return JSON.stringify(host.workbook.sheets.map((s) => [s.name, [...s.rows].map(([r, cols]) => [r, [...cols].map(([c, cell]) => [c, cell.value ?? null, cell.formula ?? null, cell.numberFormat ?? null])])]));
}

async function hostFor(name: FixtureName) {
  const { bytes } = await blankedFixture(name);
  const host = createExcelHost(await loadXlsx(bytes));
  return { host, done: installGlobals(host) };
}

describe('填充 and 撤销填充 on the in-memory Excel host', () => {
  it.each<[FixtureName, number]>([
    ['seed-000.xlsx', 1],
    ['seed-004.xlsx', 3],
  ])('%s (%i 自评表): writes every planned formula in 2 syncs; 撤销填充 restores every cell in 2', async (name) => {
    const { host, done } = await hostFor(name);
    try {
      const before = contents(host);
      const { snapshot } = await readWorkbook(ALL);
      const writes = fillChangePlan(planFill(recognizeWorkbook(snapshot))).writes!;
      expect(writes.length).toBeGreaterThan(0);
      host.resetCounters();
      const { record, syncs } = await applyFill(writes, ALL);
      expect([syncs, host.syncCount]).toEqual([2, 2]);
      for (const w of writes) {
        const cell = host.workbook.sheets.find((s) => s.name === w.sheet)!;
        const range = await Excel.run(async (ctx) => {
          const r = ctx.workbook.worksheets.getItem(cell.name).getRange(w.cell);
          r.load(['formulas', 'numberFormat']);
          await ctx.sync();
          return { formula: r.formulas[0][0], format: r.numberFormat[0][0] };
        });
        expect([w.cell, range.formula, range.format]).toEqual([w.cell, w.formula, w.numFmt ?? range.format]);
      }
      expect(record.cells).toHaveLength(writes.length);
      expect(contents(host)).not.toEqual(before);
      host.resetCounters();
      const undone = await undoFill(record, ALL);
      expect([undone.syncs, host.syncCount, undone.restored, undone.kept]).toEqual([2, 2, writes.length, []]);
      expect(contents(host)).toEqual(before);
    } finally {
      done();
    }
  });

  it('keeps the record in the workbook: 撤销填充 after reopening; a cell changed since keeps the user’s content', async () => {
    const { done } = await hostFor('seed-004.xlsx');
    try {
      expect(await readLastFill(ALL)).toBeUndefined();
      const { snapshot } = await readWorkbook(ALL);
      const writes = fillChangePlan(planFill(recognizeWorkbook(snapshot))).writes!;
      const { record } = await applyFill(writes, ALL);
      // A new pane (or the workbook reopened) finds the same record in the saved state.
      const saved = await readLastFill(ALL);
      expect(saved).toEqual(record);
      const changed = writes[0];
      await Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem(changed.sheet).getRange(changed.cell).values = [[12.34]];
        await ctx.sync();
      });
      const undone = await undoFill(saved!, ALL);
      expect(undone.kept).toEqual([`${changed.sheet}!${changed.cell}`]);
      expect(undone.restored).toBe(writes.length - 1);
      const value = await Excel.run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem(changed.sheet).getRange(changed.cell).load('values');
        await ctx.sync();
        return r.values[0][0];
      });
      expect(value).toBe(12.34);
      expect(await readLastFill(ALL)).toBeUndefined();
    } finally {
      done();
    }
  });
});

import { strFromU8, unzipSync } from 'fflate';
import { readXlsx } from '../../src/cli/read-xlsx';
import { audit } from '../../src/engine/audit';
import { toA1, type CellPos } from '../../src/engine/model/address';
import type { WorkbookSnapshot } from '../../src/engine/model/snapshot';
import { detectFeatures } from '../../src/excel/features';
import { readWorkbook } from '../../src/excel/read-workbook';
import { createExcelHost, installGlobals } from '../excel-host';
import { loadXlsx } from '../excel-host/load-xlsx';
import { signatures } from '../helpers/render-layouts/compare';
import type { RenderedWorkbook } from '../helpers/render-layouts/render-workbook';
import { RENDERINGS } from '../helpers/render-layouts/renderings';
import { render, seedBase, SEEDS, type SeedBase } from '../helpers/render-layouts/seed-renderings';
import { writeXlsx } from '../helpers/render-layouts/write-xlsx';

/**
 * Hidden columns in a real .xlsx (issue 6 item 1, “with extra blank or hidden columns”): the
 * rendering with hidden helper columns (a formula copy of an amount column under the same caption
 * and 栏次, a 备注 column) and hidden real columns (the only 行次, an amount column) is written
 * with <col hidden="1">, plus one hidden body row, and read by both adapters: the CLI reader and
 * the Excel adapter over the in-memory host. Both must see the hidden columns and rows and give
 * the original's findings; the helpers are passed over, the hidden real columns and row still read.
 * The “三公” table and the 自评表/汇总表 carry theirs too (copies before and after the visible
 * column, one real column hidden): every amount they read is the original's cell.
 */
const HIDDEN = RENDERINGS.findIndex((r) => r.options.hiddenHelpers);
const ALL = detectFeatures(() => true);
const BELOW_1_9 = detectFeatures((_set, version) => Number(version.split('.')[1]) < 9);

const hiddenOf = (wb: WorkbookSnapshot) => Object.fromEntries(wb.sheets.filter((s) => s.hiddenColumns || s.hiddenRows).map((s) => [s.name, { columns: s.hiddenColumns, rows: s.hiddenRows }]));

/** The rendering with one body row of its second table (收入决算表 or whichever comes second) hidden as well. */
function withHiddenRow(rendered: RenderedWorkbook): RenderedWorkbook {
  const sheet = rendered.workbook.sheets[1];
  sheet.hiddenRows = [sheet.cells.length - 3];
  return rendered;
}

async function viaExcel(bytes: Uint8Array, features = ALL): Promise<{ snapshot: WorkbookSnapshot; syncs: number }> {
  const host = createExcelHost(await loadXlsx(bytes));
  const uninstall = installGlobals(host);
  try {
    const { snapshot, syncs } = await readWorkbook(features);
    expect(host.syncCount).toBe(syncs);
    return { snapshot, syncs };
  } finally {
    uninstall();
  }
}

describe.each(SEEDS)('hidden columns written to .xlsx, seed %s', (seed) => {
  let base: SeedBase;
  let rendered: RenderedWorkbook;
  let bytes: Uint8Array;
  let expected: string[];
  beforeAll(async () => {
    base = await seedBase(seed);
    rendered = withHiddenRow(render(base, RENDERINGS[HIDDEN]));
    bytes = await writeXlsx(rendered.workbook);
    expected = signatures(base.originalResult.findings, base.original, rendered.dropped);
  });

  it('the file really hides columns and a row', () => {
    const parts = unzipSync(bytes);
    const sheets = Object.keys(parts).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p));
    const xml = sheets.map((p) => strFromU8(parts[p])).join('\n');
    expect(xml).toMatch(/<col [^>]*hidden="1"/);
    expect(xml).toMatch(/<row [^>]*hidden="1"/);
    expect(Object.keys(hiddenOf(rendered.workbook)).length).toBeGreaterThanOrEqual(5);
  });

  it('the CLI reader sees the hidden columns and row and gives the original findings', async () => {
    const snapshot = await readXlsx(bytes, `seed-${seed}-hidden.xlsx`);
    expect(hiddenOf(snapshot)).toEqual(hiddenOf(rendered.workbook));
    const result = audit(snapshot);
    expect(result.unrecognized).toEqual([]);
    expect(signatures(result.findings, rendered, rendered.dropped)).toEqual(expected);
  });

  it('the “三公” table and the 自评表/汇总表 keep their hidden helpers and hidden real columns, and read the original cells', async () => {
    const snapshot = await readXlsx(bytes, `seed-${seed}-hidden.xlsx`);
    const set = audit(snapshot).tableSet;
    const hiddenIn = (sheet: string) => snapshot.sheets.find((s) => s.name === sheet)?.hiddenColumns ?? [];
    // 三公: copies of 栏次 1 and 7 and the hidden 栏次 12; each 自评表/汇总表: its copies and one hidden real column.
    expect(hiddenIn(set.get('T3G')!.sheet)).toHaveLength(3);
    const peSheets = [...new Set(set.selfEvals.map((pe) => pe.sheet))];
    expect(peSheets.length).toBeGreaterThan(0);
    for (const sheet of peSheets) expect(hiddenIn(sheet).length).toBeGreaterThanOrEqual(4);
    // Every amount read names the original's cell with the original's figure; a blank cell (printed
    // by no one, or under a note in an empty table) by the first printed cell above it (the 栏次).
    const idOf = (wb: RenderedWorkbook, sheet: string, pos: CellPos, blank: boolean): string => {
      const [id] = wb.idsOf(sheet, toA1(pos));
      const unprinted = id.startsWith('?') || (blank && !id.startsWith('P:'));
      return unprinted && pos.row > 0 ? `under ${idOf(wb, sheet, { row: pos.row - 1, col: pos.col }, false)}` : id;
    };
    const cells = (result: ReturnType<typeof audit>, wb: RenderedWorkbook) => {
      const t3g = result.tableSet.get('T3G')!;
      const pe = result.tableSet.selfEvals.flatMap((e) => [...e.funds.flatMap((f) => [f.annualBudget, f.executed, f.rate, f.score]), ...e.indicators.flatMap((i) => [i.weight, i.score]), e.total]);
      return [...t3g.allValues(), ...pe]
        .filter((v) => v !== undefined)
        .map((v) => `${idOf(wb, v.sheet, v.pos, v.kind === 'blank')}=${v.kind}:${v.value.toString()}`)
        .sort();
    };
    const read = cells(audit(snapshot), rendered);
    expect(read.length).toBeGreaterThan(12);
    expect(read).toEqual(cells(base.originalResult, base.original));
  });

  it('the Excel adapter sees them in the same two syncs and gives the same findings', async () => {
    const { snapshot, syncs } = await viaExcel(bytes);
    expect(syncs).toBe(2);
    expect(hiddenOf(snapshot)).toEqual(hiddenOf(rendered.workbook));
    expect(signatures(audit(snapshot).findings, rendered, rendered.dropped)).toEqual(expected);
  });

  it('below ExcelApi 1.9 the adapter reads no hidden columns, still in two syncs', async () => {
    const { snapshot, syncs } = await viaExcel(bytes, BELOW_1_9);
    expect(syncs).toBe(2);
    expect(hiddenOf(snapshot)).toEqual({});
  });
});

import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { readXlsx } from '../../src/cli/read-xlsx';
import { audit } from '../../src/engine/audit';
import { detectFeatures } from '../../src/excel/features';
import { BOX_COLUMNS, readWorkbook, WorkbookTooLargeError } from '../../src/excel/read-workbook';
import { createExcelHost, installGlobals } from '../excel-host';
import { loadXlsxFile } from '../excel-host/load-xlsx-file';
import { FIXTURES } from '../helpers/fixtures';

const ALL = detectFeatures(() => true);

/** Findings as comparable data: the two adapters must build the same snapshot for the engine. */
function comparable(findings: ReturnType<typeof audit>['findings']) {
  return findings.map((f) => `${f.code}|${f.severity}|${f.sheet}|${f.cells.join(',')}|${f.expected}|${f.actual}`).sort();
}

describe.each(['seed-000.xlsx', 'seed-002.xlsx', 'seed-004.xlsx'])('readWorkbook on %s', (fixture) => {
  it('gives the engine the same workbook as the CLI, in two syncs', async () => {
    const host = createExcelHost(await loadXlsxFile(join(FIXTURES, fixture)));
    const uninstall = installGlobals(host);
    try {
      const { snapshot, syncs } = await readWorkbook(ALL);
      expect(syncs).toBe(2);
      expect(host.syncCount).toBe(2);
      const viaExcel = audit(snapshot);
      const file = join(FIXTURES, fixture);
      const viaCli = audit(await readXlsx(readFileSync(file), file));
      expect(viaExcel.tables).toEqual(viaCli.tables);
      expect(comparable(viaExcel.findings)).toEqual(comparable(viaCli.findings));
      expect(viaExcel.findings.length).toBeGreaterThan(0);
    } finally {
      uninstall();
    }
  });
});

describe('readWorkbook sync count', () => {
  it('stays at two syncs for 1× and 5× the sheets, and reads merged areas only where supported', async () => {
    const model = await loadXlsxFile(join(FIXTURES, 'seed-004.xlsx'));
    const counts: number[] = [];
    for (const copies of [1, 5]) {
      const host = createExcelHost(await loadXlsxFile(join(FIXTURES, 'seed-004.xlsx')));
      for (let k = 1; k < copies; k++) {
        for (const s of model.sheets) {
          const copy = host.workbook.addSheet(`${s.name}-${k}`);
          for (const [r, cols] of s.rows) for (const [c, cell] of cols) copy.ensureCell(r, c).value = cell.value;
        }
      }
      const uninstall = installGlobals(host);
      try {
        const { snapshot } = await readWorkbook(ALL);
        expect(snapshot.sheets).toHaveLength(model.sheets.length * copies);
        counts.push(host.syncCount);
      } finally {
        uninstall();
      }
    }
    expect(counts).toEqual([2, 2]);
  });

  it('refuses a workbook over 5 million cells on the used-range sizes, naming the sheet, before reading its values', async () => {
    const host = createExcelHost(await loadXlsxFile(join(FIXTURES, 'seed-000.xlsx')));
    // A stray value at E1000001: the used range is 5,000,005 cells.
    const sheet = host.workbook.sheets[0];
    sheet.ensureCell(1_000_000, 4).value = 'x';
    const uninstall = installGlobals(host);
    try {
      const error = await readWorkbook(ALL).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WorkbookTooLargeError);
      expect((error as Error).message).toContain(`“${sheet.name}”`);
      // Refused on the sizes in the second sync: no third sync reads the cells beyond the box.
      expect(host.syncCount).toBe(2);
    } finally {
      uninstall();
    }
  });

  it.each([
    ['wide', 10, BOX_COLUMNS + 3],
    ['long', 200_000, 2],
  ])('reads a sheet beyond its box (%s) whole in a third sync', async (_kind, row, col) => {
    const host = createExcelHost(await loadXlsxFile(join(FIXTURES, 'seed-000.xlsx')));
    host.workbook.sheets[1].ensureCell(row, col).value = '远处的值';
    const uninstall = installGlobals(host);
    try {
      const { snapshot, syncs } = await readWorkbook(ALL);
      expect(syncs).toBe(3);
      expect(host.syncCount).toBe(3);
      expect(snapshot.sheets[1].cells[row][col]?.value).toBe('远处的值');
      // The other sheets are read exactly as before.
      expect(audit(snapshot).tables.length).toBe(11);
    } finally {
      uninstall();
    }
  });

  it('reads on ExcelApi 1.7 without merged areas', async () => {
    const host = createExcelHost(await loadXlsxFile(join(FIXTURES, 'seed-000.xlsx')), { apiVersion: '1.7' });
    const uninstall = installGlobals(host);
    try {
      const features = detectFeatures((name, v) => host.Office.context.requirements.isSetSupported(name, v));
      expect(features.mergedAreas).toBe(false);
      const { snapshot } = await readWorkbook(features);
      expect(snapshot.sheets.every((s) => s.merges.length === 0)).toBe(true);
      expect(audit(snapshot).tables.length).toBe(11);
    } finally {
      uninstall();
    }
  });
});

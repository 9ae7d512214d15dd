import { join } from 'node:path';
import { audit } from '../../src/engine/audit';
import { detectFeatures } from '../../src/excel/features';
import { readWorkbook } from '../../src/excel/read-workbook';
import { createExcelHost, installGlobals } from '../excel-host';
import { loadXlsxFile } from '../excel-host/load-xlsx-file';
import type { WorkbookModel } from '../excel-host/workbook-model';
import { FIXTURES } from '../helpers/fixtures';

const ALL = detectFeatures(() => true);

async function read(model: WorkbookModel) {
  const uninstall = installGlobals(createExcelHost(model));
  try {
    return (await readWorkbook(ALL)).snapshot;
  } finally {
    uninstall();
  }
}

function comparable(result: ReturnType<typeof audit>): string[] {
  return result.findings.map((f) => `${f.code}|${f.severity}|${f.sheet}|${f.cells.join(',')}|${f.expected}|${f.actual}|${f.message}`).sort();
}

/**
 * A column too narrow for its numbers shows “####”, and Range.text reports just that. The
 * adapter gives the engine the figure the number prints under its format instead, so an audit
 * of a workbook whose amount columns the user narrowed is the audit of the workbook as it was.
 */
describe.each(['seed-000.xlsx', 'seed-002.xlsx', 'seed-004.xlsx'])('narrow amount columns in %s', (fixture) => {
  it('read the figures the numbers print, and audit as before', async () => {
    const wide = await loadXlsxFile(join(FIXTURES, fixture));
    const narrow = await loadXlsxFile(join(FIXTURES, fixture));
    // Every column 12 pt wide: two characters, too narrow for any amount.
    for (const sheet of narrow.sheets) for (let c = 0; c < 40; c++) sheet.columnWidths.set(c, 12);
    const [before, after] = [await read(wide), await read(narrow)];
    const hashes = after.sheets.flatMap((s) => s.cells.flat()).filter((c) => c && typeof c.value === 'number' && /#/.test(c.text));
    expect(hashes).toEqual([]);
    const shown = (snapshot: typeof before) => snapshot.sheets.flatMap((s) => s.cells.flat()).filter((c) => c && typeof c.value === 'number').map((c) => c!.text);
    expect(shown(after)).toEqual(shown(before));
    expect(comparable(audit(after))).toEqual(comparable(audit(before)));
  });
});

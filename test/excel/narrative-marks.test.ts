// 检查情况说明 colours the narrative cells through the audit's marking (the in-memory Excel host):
// the seed's own 情况说明 pasted into a sheet, checked, marked, and restored by 清除标记.
import { join } from 'node:path';
import { audit } from '../../src/engine/audit';
import { NOTE_PREFIX, SEVERITY_FILL } from '../../src/engine/plan/colors';
import { planMarks } from '../../src/engine/plan/mark-plan';
import { clearMarks } from '../../src/excel/clear-marks';
import { detectFeatures } from '../../src/excel/features';
import { createNarrativeHost } from '../../src/excel/narrative-host';
import { checkNarrative } from '../../src/taskpane/narrative-session';
import { createExcelHost, installGlobals } from '../excel-host';
import { loadXlsxFile } from '../excel-host/load-xlsx-file';
import { seedNarrativeLines } from '../engine/narrative/support/seed-narrative';
import { FIXTURES } from '../helpers/fixtures';
import { fromA1 } from '../../src/engine/model/address';

const ALL = detectFeatures(() => true);

/** The seed in the in-memory Excel with its own 情况说明 pasted into a 情况说明 sheet (call `done` after). */
async function seedWithNarrative(seed: '000' | '004') {
  const host = createExcelHost(await loadXlsxFile(join(FIXTURES, `seed-${seed}.xlsx`)));
  const done = installGlobals(host);
  const narrative = createNarrativeHost(ALL);
  const lines = seedNarrativeLines(seed);
  await narrative.addSheets([{ name: '情况说明', cells: lines.map((text, i) => ({ sheet: '情况说明', cell: `A${i + 1}`, value: text })) }]);
  return { host, done, narrative, lines };
}

/** Every cell's fill, to prove 清除标记 puts the workbook back exactly. */
function fills(host: ReturnType<typeof createExcelHost>): string {
  return JSON.stringify(host.workbook.sheets.map((s) => [s.name, [...s.rows].map(([r, cols]) => [r, [...cols].map(([c, cell]) => [c, cell.fill ?? null])])]));
}

describe.each(['000', '004'] as const)('检查情况说明 on seed %s in Excel', (seed) => {
  it('colours the narrative cells and the table cells of its findings, notes them, in constant syncs; 清除标记 restores every fill', async () => {
    const { host, done, narrative } = await seedWithNarrative(seed);
    try {
      const read = await narrative.readWorkbook();
      const { findings, marks } = checkNarrative(read);
      expect(findings.some((f) => f.severity === 'error')).toBe(true);
      // A fill the user had on a narrative cell that will be flagged comes back after 清除标记.
      const flagged = findings.find((f) => f.severity === 'error')!.locations[0];
      expect(flagged.sheet).toBe('情况说明');
      const at = fromA1(flagged.cell);
      host.workbook.sheet('情况说明').ensureCell(at.row, at.col).fill = '#FFF2CC';
      const before = fills(host);

      host.resetCounters();
      const { skippedNotes } = await narrative.applyMarks(marks);
      // Marking right after the read reuses the state it read: 2 syncs, as after 一键审核.
      expect(host.syncCount).toBeLessThanOrEqual(2);
      expect(skippedNotes).toEqual([]);
      expect(host.workbook.sheet('情况说明').cell(flagged.cell).fill).toBe(SEVERITY_FILL.error);
      // Every cell of every finding is coloured: the narrative cell and the table cells it names.
      for (const f of findings) for (const l of f.locations) expect(host.workbook.sheet(l.sheet).cell(l.cell).fill).toBeTruthy();
      const tableCells = findings.flatMap((f) => f.locations.filter((l) => l.sheet !== '情况说明'));
      expect(tableCells.length).toBeGreaterThan(0);
      expect(host.workbook.notes.length).toBe(marks.notes.length);
      expect(host.workbook.notes.every((n) => n.content.startsWith(NOTE_PREFIX))).toBe(true);

      const cleared = await clearMarks(ALL);
      expect(cleared.removedNotes).toBe(marks.notes.length);
      expect(fills(host)).toBe(before);
      expect(host.workbook.sheet('情况说明').cell(flagged.cell).fill).toBe('#FFF2CC');
    } finally {
      done();
    }
  });
});

it('a second check replaces the first one’s marks: a corrected narrative loses its colour', async () => {
  const { host, done, narrative, lines } = await seedWithNarrative('000');
  try {
    await narrative.applyMarks(checkNarrative(await narrative.readWorkbook()).marks);
    // 000-1: 住房公积金467700元 for 46,700.00 — corrected in the sheet, then checked again.
    const row = lines.findIndex((l) => l.includes('住房公积金467700元'));
    const cell = host.workbook.sheet('情况说明').ensureCell(row, 0);
    expect(cell.fill).toBe(SEVERITY_FILL.error);
    cell.value = lines[row].replace('住房公积金467700元', '住房公积金46700元');
    const again = checkNarrative(await narrative.readWorkbook());
    expect(again.findings.some((f) => f.code === 'N-AMT-1')).toBe(false);
    await narrative.applyMarks(again.marks);
    expect(again.findings.filter((f) => f.locations.some((l) => l.sheet === '情况说明' && l.cell === `A${row + 1}`))).toEqual([]);
    expect(cell.fill ?? null).toBeNull();
    // The other findings keep their colour.
    const other = again.findings[0].locations[0];
    expect(host.workbook.sheet(other.sheet).cell(other.cell).fill).toBeTruthy();
  } finally {
    done();
  }
});

it('检查情况说明 after 一键审核 keeps the marks of the tables’ own findings', async () => {
  const { host, done, narrative } = await seedWithNarrative('000');
  try {
    const read = await narrative.readWorkbook();
    const audited = audit(read.snapshot);
    await narrative.applyMarks(planMarks(audited.findings));
    const check = checkNarrative(await narrative.readWorkbook());
    const tableOnly = audited.findings.filter((f) => f.severity === 'error' && !check.findings.includes(f) && f.locations.every((l) => l.sheet !== '情况说明'));
    expect(tableOnly.length).toBeGreaterThan(0);
    await narrative.applyMarks(check.marks);
    for (const f of tableOnly) expect([f.code, host.workbook.sheet(f.locations[0].sheet).cell(f.locations[0].cell).fill]).toEqual([f.code, SEVERITY_FILL.error]);
  } finally {
    done();
  }
});

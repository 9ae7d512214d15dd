import { join } from 'node:path';
import { audit } from '../../src/engine/audit';
import { EXPLAINED_FILL, NOTE_PREFIX, ORIGINAL_NOTE_MARK, SEVERITY_FILL } from '../../src/engine/plan/colors';
import { findingKey } from '../../src/engine/plan/finding-key';
import { planMarks } from '../../src/engine/plan/mark-plan';
import { applyMarks, ProtectedSheetError } from '../../src/excel/apply-marks';
import { clearMarks } from '../../src/excel/clear-marks';
import { detectFeatures, type ExcelFeatures } from '../../src/excel/features';
import { explainOfficeError } from '../../src/excel/office-errors';
import { readWorkbook } from '../../src/excel/read-workbook';
import { saveSettings } from '../../src/excel/settings';
import { createExcelHost, installGlobals, type ExcelHost } from '../excel-host';
import { loadXlsxFile } from '../excel-host/load-xlsx-file';
import { FIXTURES } from '../helpers/fixtures';

const ALL = detectFeatures(() => true);

async function hostWith(fixture: string, apiVersion?: string): Promise<{ host: ExcelHost; features: ExcelFeatures; done: () => void }> {
  const host = createExcelHost(await loadXlsxFile(join(FIXTURES, fixture)), apiVersion ? { apiVersion } : {});
  const done = installGlobals(host);
  const features = apiVersion ? detectFeatures((n, v) => host.Office.context.requirements.isSetSupported(n, v)) : ALL;
  return { host, features, done };
}

/** The filled cells of one sheet (cells created empty by a write do not count). */
function filled(host: ExcelHost, sheet: string): string[] {
  return [...host.workbook.sheet(sheet).rows].flatMap(([r, cols]) => [...cols].filter(([, cell]) => cell.fill != null).map(([c, cell]) => `${r},${c},${cell.fill}`));
}

/** Every cell's fill, to prove 清除标记 puts the workbook back exactly. */
function fills(host: ExcelHost): string {
  return JSON.stringify(host.workbook.sheets.map((s) => [s.name, [...s.rows].map(([r, cols]) => [r, [...cols].map(([c, cell]) => [c, cell.fill ?? null])])]));
}

async function auditAndPlan(features: ExcelFeatures) {
  const { snapshot } = await readWorkbook(features);
  const result = audit(snapshot);
  return { result, plan: planMarks(result.findings) };
}

describe('marking findings on the cells and restoring them', () => {
  it('fills, notes and restores exactly, in a constant number of syncs', async () => {
    const { host, features, done } = await hostWith('seed-000.xlsx');
    try {
      // A fill the user had on a cell that will be flagged must come back, not become “no fill”.
      const { result, plan } = await auditAndPlan(features);
      const flagged = plan.highlights.find((h) => h.color === SEVERITY_FILL.error)!;
      const sheet = host.workbook.sheet(flagged.sheet);
      const userCell = sheet.ensureCell(flagged.rects[0].top, flagged.rects[0].left);
      userCell.fill = '#00B050';
      const before = fills(host);
      host.resetCounters();

      const { skippedNotes } = await applyMarks(plan, features);
      expect(host.syncCount).toBeLessThanOrEqual(4);
      expect(skippedNotes).toEqual([]);
      expect(userCell.fill).toBe(SEVERITY_FILL.error);
      const notes = host.workbook.notes;
      expect(notes.length).toBe(plan.notes.length);
      expect(notes.every((n) => n.content.startsWith(NOTE_PREFIX))).toBe(true);
      expect(result.summary.error).toBeGreaterThan(0);

      host.resetCounters();
      const cleared = await clearMarks(features);
      expect(host.syncCount).toBeLessThanOrEqual(4);
      expect(cleared.removedNotes).toBe(plan.notes.length);
      expect(fills(host)).toBe(before);
      expect(userCell.fill).toBe('#00B050');
      expect(host.workbook.notes).toEqual([]);
    } finally {
      done();
    }
  });

  it('keeps the user’s own notes and does not overwrite them', async () => {
    const { host, features, done } = await hostWith('seed-000.xlsx');
    try {
      const { plan } = await auditAndPlan(features);
      const target = plan.notes[0];
      await Promise.resolve();
      const sheet = host.workbook.sheet(target.sheet);
      const pos = /^([A-Z]+)(\d+)$/.exec(target.cell)!;
      host.workbook.notes.push({ sheet, row: Number(pos[2]) - 1, col: pos[1].charCodeAt(0) - 65, content: '会计自己的批注', authorName: '会计' });
      const { skippedNotes } = await applyMarks(plan, features);
      expect(skippedNotes.map((n) => n.cell)).toContain(target.cell);
      await clearMarks(features);
      expect(host.workbook.notes.map((n) => n.content)).toEqual(['会计自己的批注']);
    } finally {
      done();
    }
  });

  it('re-auditing twice still restores the original fills (never saves its own colours)', async () => {
    const { host, features, done } = await hostWith('seed-004.xlsx');
    try {
      const before = fills(host);
      const first = await auditAndPlan(features);
      await applyMarks(first.plan, features);
      const second = await auditAndPlan(features);
      await applyMarks(second.plan, features);
      await clearMarks(features);
      expect(fills(host)).toBe(before);
    } finally {
      done();
    }
  });

  it('shows explained findings in green and remembers explanations across clear and re-audit', async () => {
    const { host, features, done } = await hostWith('seed-000.xlsx');
    try {
      const { result } = await auditAndPlan(features);
      // Explain every finding: every flagged cell must then be green, not its severity colour.
      const explanations = Object.fromEntries(result.findings.map((f) => [findingKey(f), '已与财务科核实']));
      await saveSettings({ explanations }, features);
      const again = await readWorkbook(features);
      expect(again.state.explanations).toEqual(explanations);
      const plan = planMarks(audit(again.snapshot).findings, again.state.explanations);
      await applyMarks(plan, features);
      const first = result.findings[0].locations[0];
      expect(host.workbook.sheet(first.sheet).cell(first.cell).fill).toBe(EXPLAINED_FILL);
      expect(plan.highlights.every((h) => h.color === EXPLAINED_FILL)).toBe(true);
      await clearMarks(features);
      expect(host.workbook.sheet(first.sheet).cell(first.cell).fill ?? null).toBeNull();
      expect((await readWorkbook(features)).state.explanations).toEqual(explanations);
    } finally {
      done();
    }
  });

  it('writes highlights for 1,000 cells grouped by colour in constant syncs, chunking long addresses', async () => {
    const { host, features, done } = await hostWith('seed-004.xlsx');
    try {
      const cells = Array.from({ length: 1000 }, (_, i) => ({ top: i * 2, bottom: i * 2, left: 20, right: 20 }));
      host.resetCounters();
      await applyMarks({ highlights: [{ sheet: '决算公开表', color: SEVERITY_FILL.warning, rects: cells }], notes: [] }, features);
      expect(host.syncCount).toBeLessThanOrEqual(4);
      expect(host.workbook.sheet('决算公开表').cellAt(1998, 20)?.fill).toBe(SEVERITY_FILL.warning);
      await clearMarks(features);
      expect(host.workbook.sheet('决算公开表').cellAt(1998, 20)?.fill ?? null).toBeNull();
    } finally {
      done();
    }
  });

  it('degrades on old clients: ExcelApi 1.7 fills cell ranges one by one in the same batch, without notes', async () => {
    const { host, features, done } = await hostWith('seed-000.xlsx', '1.7');
    try {
      const before = fills(host);
      const { plan } = await auditAndPlan(features);
      host.resetCounters();
      const { skippedNotes } = await applyMarks(plan, features);
      expect(host.syncCount).toBeLessThanOrEqual(4);
      expect(skippedNotes.length).toBe(plan.notes.length);
      await clearMarks(features);
      expect(fills(host)).toBe(before);
    } finally {
      done();
    }
  });

  it('uses threaded comments on ExcelApi 1.10–1.17 and removes only its own', async () => {
    const { host, features, done } = await hostWith('seed-000.xlsx', '1.12');
    try {
      const { plan } = await auditAndPlan(features);
      await applyMarks(plan, features);
      expect(host.workbook.comments.length).toBe(plan.notes.length);
      await clearMarks(features);
      expect(host.workbook.comments).toEqual([]);
    } finally {
      done();
    }
  });

  it('refuses in Chinese to mark a protected sheet, naming it, and changes nothing', async () => {
    const { host, features, done } = await hostWith('seed-000.xlsx');
    try {
      const { plan } = await auditAndPlan(features);
      const sheetName = plan.highlights[0].sheet;
      host.workbook.sheet(sheetName).protected = true;
      const before = fills(host);
      await expect(applyMarks(plan, features)).rejects.toThrow(ProtectedSheetError);
      await expect(applyMarks(plan, features)).rejects.toThrow(new RegExp(`工作表“${sheetName}”受保护`));
      expect(fills(host)).toBe(before);
    } finally {
      done();
    }
  });

  it('explains a cell-edit-mode failure in Chinese', async () => {
    const { host, features, done } = await hostWith('seed-004.xlsx');
    try {
      host.editMode = true;
      const error = await readWorkbook(features).catch((e: unknown) => e);
      expect(explainOfficeError(error)).toMatch(/单元格编辑状态/);
    } finally {
      done();
    }
  });
});

describe('jumping to a finding', () => {
  it('activates the sheet and selects every cell of the finding (one cell on ExcelApi 1.7)', async () => {
    const { selectCells } = await import('../../src/excel/select-cells');
    const { host, features, done } = await hostWith('seed-004.xlsx');
    try {
      await selectCells('自评表2', ['E7', 'F7', 'D20'], features);
      const selection = host.workbook.selection!;
      expect(selection.sheet.name).toBe('自评表2');
      expect(host.workbook.activeSheet?.name).toBe('自评表2');
      expect(selection.areas?.length).toBe(3);
      host.setApiVersion('1.7');
      await selectCells('决算公开表', ['C33', 'C7'], detectFeatures((n, v) => host.Office.context.requirements.isSetSupported(n, v)));
      expect(host.workbook.selection?.sheet.name).toBe('决算公开表');
      expect(host.workbook.selection?.rect).toEqual({ top: 32, left: 2, bottom: 32, right: 2 });
    } finally {
      done();
    }
  });
});

describe('settings saved in the workbook', () => {
  it('keeps the 单位类型 with the corrections and explanations, and forgets it on request', async () => {
    const { features, done } = await hostWith('seed-004.xlsx');
    try {
      await saveSettings({ unitType: '行政单位', overrides: [{ sheet: '自评表1', table: 'PE' }] }, features);
      let state = (await readWorkbook(features)).state;
      expect(state.unitType).toBe('行政单位');
      expect(state.overrides).toEqual([{ sheet: '自评表1', table: 'PE' }]);
      await saveSettings({ unitType: null }, features);
      state = (await readWorkbook(features)).state;
      expect(state.unitType).toBeUndefined();
      expect(state.overrides).toEqual([{ sheet: '自评表1', table: 'PE' }]);
    } finally {
      done();
    }
  });
});

describe('round trips of a full audit', () => {
  /** seed-004 with its sheets copied `copies` times: the syncs must not grow with the sheets. */
  async function hostTimes(copies: number) {
    const { host, features, done } = await hostWith('seed-004.xlsx');
    const model = host.workbook.sheets.slice();
    for (let k = 1; k < copies; k++) {
      for (const s of model) {
        const copy = host.workbook.addSheet(`${s.name}-${k}`);
        for (const [r, cols] of s.rows) for (const [c, cell] of cols) copy.ensureCell(r, c).value = cell.value;
      }
    }
    return { host, features, done };
  }

  it.each([1, 3])('reads and marks in at most 4 syncs, again on a re-audit (%i× the sheets)', async (copies) => {
    const { host, features, done } = await hostTimes(copies);
    try {
      for (const round of [1, 2]) {
        host.resetCounters();
        const read = await readWorkbook(features);
        const plan = planMarks(audit(read.snapshot).findings);
        const known = { state: read.state, protectedSheets: read.snapshot.sheets.filter((s) => s.protected).map((s) => s.name) };
        const marked = await applyMarks(plan, features, known);
        expect(marked.syncs).toBe(2);
        expect(host.syncCount).toBeLessThanOrEqual(4);
        expect(host.workbook.notes.length).toBe(plan.notes.length);
        if (round === 2) expect(read.state.notes.length).toBe(plan.notes.length);
      }
      // The state written in the same batch is what a fresh read finds: 清除标记 still restores all.
      const cleared = await clearMarks(features);
      expect(cleared.removedNotes).toBeGreaterThan(0);
      expect(host.workbook.notes).toEqual([]);
    } finally {
      done();
    }
  });

  it('highlights 1,000 cells in 2 syncs after a read, refusing a protected sheet before any sync', async () => {
    const { host, features, done } = await hostWith('seed-004.xlsx');
    try {
      const read = await readWorkbook(features);
      const sheet = read.snapshot.sheets[0].name;
      const rects = Array.from({ length: 1000 }, (_, i) => ({ top: 300 + i * 2, bottom: 300 + i * 2, left: 1 + (i % 7), right: 1 + (i % 7) }));
      host.resetCounters();
      await applyMarks({ highlights: [{ sheet, color: SEVERITY_FILL.error, rects }], notes: [] }, features, { state: read.state, protectedSheets: [] });
      expect(host.syncCount).toBe(2);
      host.resetCounters();
      await expect(applyMarks({ highlights: [{ sheet, color: SEVERITY_FILL.error, rects }], notes: [] }, features, { state: read.state, protectedSheets: [sheet] })).rejects.toThrow(ProtectedSheetError);
      expect(host.syncCount).toBe(0);
    } finally {
      done();
    }
  });
});

describe('marking without a read just before (the saved state is read with the fills and notes)', () => {
  const rects = (n: number, first = 300) => Array.from({ length: n }, (_, i) => ({ top: first + i * 2, bottom: first + i * 2, left: 1 + (i % 7), right: 1 + (i % 7) }));

  it('highlights 1,000 cells in 2 syncs, and again over its own earlier marks, whatever the sheet count', async () => {
    const { host, features, done } = await hostWith('seed-004.xlsx');
    try {
      const sheet = host.workbook.sheets[0].name;
      const before = filled(host, sheet);
      for (const extraSheets of [0, 20]) {
        for (let k = 0; k < extraSheets; k++) host.workbook.addSheet(`空表${extraSheets}-${k}`);
        for (const first of [300, 301]) {
          host.resetCounters();
          const marked = await applyMarks({ highlights: [{ sheet, color: SEVERITY_FILL.error, rects: rects(1000, first) }], notes: [{ sheet, cell: 'B2', text: `${NOTE_PREFIX}\n第 ${first} 次` }] }, features);
          expect(marked.syncs).toBe(2);
          expect(host.syncCount).toBe(2);
        }
      }
      // The second marking replaced the first: one note, only the second set of cells coloured.
      expect(host.workbook.notes.map((n) => n.content)).toEqual([`${NOTE_PREFIX}\n第 301 次`]);
      expect(host.workbook.sheet(sheet).cellAt(300, 1)?.fill ?? null).toBeNull();
      expect(host.workbook.sheet(sheet).cellAt(301, 1)?.fill).toBe(SEVERITY_FILL.error);
      const cleared = await clearMarks(features);
      expect(cleared.removedNotes).toBe(1);
      expect(filled(host, sheet)).toEqual(before);
    } finally {
      done();
    }
  });

  it('re-marks a full audit in 2 syncs, removing stale notes of corrected cells and keeping the user’s', async () => {
    const { host, features, done } = await hostWith('seed-000.xlsx');
    try {
      const { plan } = await auditAndPlan(features);
      await applyMarks(plan, features);
      // A user's note elsewhere and a CLI note that keeps the user's text below ours must survive.
      const sheet = host.workbook.sheet(plan.notes[0].sheet);
      host.workbook.notes.push({ sheet, row: 0, col: 25, content: '会计自己的批注', authorName: '会计' });
      host.workbook.notes.push({ sheet, row: 1, col: 25, content: `${NOTE_PREFIX}\n旧的\n\n${ORIGINAL_NOTE_MARK}\n请核对`, authorName: '会计' });
      const fewer = { highlights: plan.highlights.slice(1), notes: plan.notes.slice(1) };
      host.resetCounters();
      const marked = await applyMarks(fewer, features);
      expect(host.syncCount).toBe(2);
      expect(marked.syncs).toBe(2);
      const ours = host.workbook.notes.filter((n) => n.content.startsWith(NOTE_PREFIX) && !n.content.includes(ORIGINAL_NOTE_MARK));
      expect(ours.length).toBe(fewer.notes.length);
      expect(host.workbook.notes.map((n) => n.content)).toEqual(expect.arrayContaining(['会计自己的批注', expect.stringContaining('请核对')]));
      expect(marked.state.notes.length).toBe(fewer.notes.length);
    } finally {
      done();
    }
  });

  it('with a protected sheet elsewhere, finds its earlier notes by the saved cells (3 syncs) and leaves that sheet alone', async () => {
    const { host, features, done } = await hostWith('seed-000.xlsx');
    try {
      const { plan } = await auditAndPlan(features);
      await applyMarks(plan, features);
      const other = host.workbook.sheets.find((s) => !plan.highlights.some((h) => h.sheet === s.name) && !plan.notes.some((n) => n.sheet === s.name))!;
      other.protected = true;
      // A note of ours on the protected sheet that the saved state does not list.
      host.workbook.notes.push({ sheet: other, row: 0, col: 0, content: `${NOTE_PREFIX}\n复制来的`, authorName: '会计' });
      const fewer = { highlights: plan.highlights.slice(1), notes: plan.notes.slice(1) };
      host.resetCounters();
      const marked = await applyMarks(fewer, features);
      expect(marked.syncs).toBe(3);
      expect(host.workbook.notesOn(other.name)).toEqual({ A1: `${NOTE_PREFIX}\n复制来的` });
      const ours = host.workbook.notes.filter((n) => n.sheet !== other);
      expect(ours.length).toBe(fewer.notes.length);
    } finally {
      done();
    }
  });

  it('refuses a protected target sheet, found in the first sync, before writing anything', async () => {
    const { host, features, done } = await hostWith('seed-004.xlsx');
    try {
      const sheet = host.workbook.sheets[0];
      sheet.protected = true;
      const before = fills(host);
      host.resetCounters();
      await expect(applyMarks({ highlights: [{ sheet: sheet.name, color: SEVERITY_FILL.error, rects: rects(10) }], notes: [] }, features)).rejects.toThrow(new RegExp(`工作表“${sheet.name}”受保护`));
      expect(host.syncCount).toBe(1);
      expect(fills(host)).toBe(before);
    } finally {
      done();
    }
  });
});

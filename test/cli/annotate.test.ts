// --annotate: a marked copy of the workbook. Flagged cells get the severity fill and a
// 【决算助手】 note; a 审核报告 sheet lists every finding with a link to its cell; everything
// else in the copy is as it was, and the input file is never modified.
import * as path from 'path';
import type ExcelJS from 'exceljs';
import type { JsonFile } from '../../src/cli/format-json';
import { NOTE_PREFIX, SEVERITY_FILL } from '../../src/engine/plan/colors';
import { argb } from '../../src/cli/severity-fill';

const SEVERITY_ARGB = { error: argb(SEVERITY_FILL.error), warning: argb(SEVERITY_FILL.warning), info: argb(SEVERITY_FILL.info) };
import { MemoryIo, parseJson, run } from './helpers/memory-io';
import { editFixture, fixtureBytes, loadWorkbook, sheetOf } from './helpers/workbooks';

const ORIGINAL_NOTE = '原有批注：请核对本年收入（财务科）';
const RANK = { error: 3, warning: 2, info: 1 } as const;

/** seed-004 with an error (C7 430.21 → 500, so T01-1 fails at C33), a note on C33 and a fill on A1. */
async function damagedInput(): Promise<Uint8Array> {
  return editFixture('seed-004.xlsx', (wb) => {
    const ws = sheetOf(wb, '决算公开表');
    ws.getCell('C7').value = 500;
    ws.getCell('C33').note = ORIGINAL_NOTE;
    ws.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00B050' } };
  });
}

/** 'Sheet'!A1, Sheet!A1 or A1 (on the finding's own sheet) → [sheet, A1]. */
function locate(cell: string, home: string): [string, string] {
  const m = /^(?:'((?:[^']|'')+)'|([^!']+))!([A-Z]+\d+)$/.exec(cell);
  return m ? [(m[1] ?? m[2]).replace(/''/g, "'"), m[3]] : [home, cell];
}

function masterAddress(ws: ExcelJS.Worksheet, address: string): string {
  const cell = ws.getCell(address);
  return cell.isMerged ? cell.master.address : cell.address;
}

/** Worst severity and the codes on each flagged cell, keyed “sheet!A1” (merged areas by their top-left cell). */
function flagged(file: JsonFile, wb: ExcelJS.Workbook): Map<string, { severity: 'error' | 'warning' | 'info'; codes: Set<string> }> {
  const map = new Map<string, { severity: 'error' | 'warning' | 'info'; codes: Set<string> }>();
  for (const f of file.findings) {
    for (const c of f.cells) {
      const [sheet, address] = locate(c, f.sheet);
      const key = `${sheet}!${masterAddress(sheetOf(wb, sheet), address)}`;
      const entry = map.get(key) ?? { severity: f.severity as 'info', codes: new Set<string>() };
      if (RANK[f.severity as 'info'] > RANK[entry.severity]) entry.severity = f.severity as 'info';
      entry.codes.add(f.code);
      map.set(key, entry);
    }
  }
  return map;
}

function noteText(note: unknown): string {
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: { text: string }[] } | undefined)?.texts;
  return texts ? texts.map((t) => t.text).join('') : '';
}

function fillArgb(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill as { fgColor?: { argb?: string } } | undefined;
  return fill?.fgColor?.argb;
}

/** HYPERLINK("#'Sheet'!C39","C39") → { sheet, cell, text }. */
function linkOf(cell: ExcelJS.Cell): { sheet: string; cell: string; text: string } | undefined {
  const value = cell.value as { formula?: string; result?: unknown } | null;
  const m = value?.formula && /^HYPERLINK\("#'((?:[^']|'')+)'!([A-Z]+\d+)","(.*)"\)$/.exec(value.formula);
  if (!m) return undefined;
  expect(value?.result).toBe(m[3]);
  return { sheet: m[1].replace(/''/g, "'"), cell: m[2], text: m[3] };
}

/** Rows of the 审核报告 finding list: from the header row to the first empty row. */
function findingRows(report: ExcelJS.Worksheet): ExcelJS.Row[] {
  let header = 0;
  report.eachRow((row, n) => {
    if (!header && row.getCell(1).value === '严重程度') header = n;
  });
  expect(header).toBeGreaterThan(0);
  const rows: ExcelJS.Row[] = [];
  for (let n = header + 1; report.getRow(n).getCell(2).value; n++) rows.push(report.getRow(n));
  return rows;
}

describe('audit --annotate on one file', () => {
  let input: Uint8Array;
  let inputCopy: Uint8Array;
  let io: MemoryIo;
  let code: number;
  let file: JsonFile;
  let original: ExcelJS.Workbook;
  let marked: ExcelJS.Workbook;

  beforeAll(async () => {
    input = await damagedInput();
    inputCopy = Uint8Array.from(input);
    io = new MemoryIo({ 'in/决算.xlsx': input });
    const r = await run(['audit', 'in/决算.xlsx', '--annotate', 'out/决算-审核.xlsx', '--format', 'json'], io);
    code = r.code;
    file = parseJson(r).files[0];
    original = await loadWorkbook(inputCopy);
    marked = await loadWorkbook(io.files.get('out/决算-审核.xlsx') as Uint8Array);
  }, 60_000);

  test('writes the copy, reports its path, and leaves the input bytes unchanged', () => {
    expect(code).toBe(1);
    expect(io.writes).toEqual(['out/决算-审核.xlsx']);
    expect(file.annotated).toBe('out/决算-审核.xlsx');
    expect(io.files.get('in/决算.xlsx')).toEqual(inputCopy);
    expect(Buffer.from(io.files.get('in/决算.xlsx') as Uint8Array).equals(Buffer.from(inputCopy))).toBe(true);
  });

  test('every flagged cell has the fill of its worst finding and a 【决算助手】 note explaining each finding on it', () => {
    const cells = flagged(file, marked);
    expect(cells.size).toBeGreaterThan(0);
    expect(cells.get('决算公开表!C33')?.severity).toBe('error');
    for (const [key, { severity, codes }] of cells) {
      const [sheet, address] = [key.slice(0, key.lastIndexOf('!')), key.slice(key.lastIndexOf('!') + 1)];
      const cell = sheetOf(marked, sheet).getCell(address);
      expect([key, fillArgb(cell)]).toEqual([key, SEVERITY_ARGB[severity]]);
      const note = noteText(cell.note);
      expect(note.startsWith(NOTE_PREFIX)).toBe(true);
      for (const c of codes) expect(note).toContain(c);
    }
    const t01 = file.findings.find((f) => f.code === 'T01-1' && f.severity === 'error');
    const c33 = noteText(sheetOf(marked, '决算公开表').getCell('C33').note);
    expect(c33).toContain(t01?.message);
    expect(c33).toContain(`期望 ${t01?.expected}，实际 ${t01?.actual}，差额 ${t01?.difference}`);
  });

  test('an existing note is kept, after ours', () => {
    const note = noteText(sheetOf(marked, '决算公开表').getCell('C33').note);
    expect(note.startsWith(NOTE_PREFIX)).toBe(true);
    expect(note.endsWith(ORIGINAL_NOTE)).toBe(true);
  });

  test('a 审核报告 sheet, added last, has one row per finding with a working link to its cell', () => {
    expect(marked.worksheets.map((w) => w.name)).toEqual([...original.worksheets.map((w) => w.name), '审核报告']);
    const report = sheetOf(marked, '审核报告');
    const header = report.getRow(findingRows(report)[0].number - 1);
    expect(header.values).toEqual([undefined, '严重程度', '规则', '标题', '工作表', '单元格', '期望', '实际', '差额', '说明', '相关单元格', '出错说明']);
    const rows = findingRows(report);
    expect(rows).toHaveLength(file.findings.length);
    const listed = rows.map((row) => {
      const link = linkOf(row.getCell(5));
      expect(link).toBeDefined();
      // The link points at a cell that exists in the copy, on the finding's sheet.
      expect(marked.getWorksheet(link!.sheet)).toBeDefined();
      expect(link!.text).toBe(link!.cell);
      return `${row.getCell(2).value}|${row.getCell(4).value}|${link!.sheet}!${link!.cell}|${row.getCell(9).value}`;
    });
    const expected = file.findings.map((f) => `${f.code}|${f.sheet}|${locate(f.cells[0], f.sheet).join('!')}|${f.message}`);
    expect([...listed].sort()).toEqual([...expected].sort());
  });

  test('the report keeps 期望/实际/差额 as numbers (summable, sortable) with 千分位 and the table decimals', () => {
    const rows = findingRows(sheetOf(marked, '审核报告'));
    const t01 = file.findings.find((f) => f.code === 'T01-1' && f.severity === 'error')!;
    const row = rows.find((r) => r.getCell(2).value === 'T01-1' && r.getCell(1).value === '错误')!;
    expect([row.getCell(6).value, row.getCell(7).value, row.getCell(8).value]).toEqual([Number(t01.expected), Number(t01.actual), Number(t01.difference)]);
    expect(typeof row.getCell(6).value).toBe('number');
    expect(row.getCell(6).numFmt).toBe(`#,##0.${'0'.repeat(t01.expected!.split('.')[1].length)}`);
    expect(row.getCell(3).numFmt).toBe('@');
  });

  test('the report then lists the recognized tables, the unrecognized sheets and the unchecked rules', () => {
    const texts: string[] = [];
    sheetOf(marked, '审核报告').eachRow((row) => texts.push(String(row.getCell(1).value)));
    expect(texts).toEqual(expect.arrayContaining(['已识别的表', '未识别的工作表', '未检查的规则（没有核对，不代表通过）']));
    expect(texts.filter((t) => t === '决算公开表' || t.startsWith('自评表'))).toHaveLength(file.tables.length);
  });

  test('everything else is unchanged: values, formulas, formats, fills, notes, merges, widths', () => {
    const cells = flagged(file, marked);
    for (const before of original.worksheets) {
      const after = sheetOf(marked, before.name);
      expect(after.model.merges).toEqual(before.model.merges);
      expect(after.columns?.map((c) => c.width)).toEqual(before.columns?.map((c) => c.width));
      before.eachRow({ includeEmpty: true }, (row, r) => {
        expect(after.getRow(r).height).toEqual(row.height);
        row.eachCell({ includeEmpty: true }, (cell) => {
          const copy = after.getCell(cell.address);
          const where = `${before.name}!${cell.address}`;
          expect([where, copy.value]).toEqual([where, cell.value]);
          expect([where, copy.numFmt, copy.font, copy.alignment, copy.border]).toEqual([where, cell.numFmt, cell.font, cell.alignment, cell.border]);
          if (!cells.has(`${before.name}!${cell.isMerged ? cell.master.address : cell.address}`)) {
            expect([where, copy.fill]).toEqual([where, cell.fill]);
            expect([where, copy.note]).toEqual([where, cell.note]);
          }
        });
      });
    }
    expect(fillArgb(sheetOf(marked, '决算公开表').getCell('A1'))).toBe('FF00B050');
  });
});

describe('audit --annotate: names and refusals', () => {
  let seed004: Uint8Array;
  let seed000: Uint8Array;

  beforeAll(async () => {
    seed004 = await fixtureBytes('seed-004.xlsx');
    seed000 = await fixtureBytes('seed-000.xlsx');
  });

  test('with several files, --annotate is a folder and each copy is <folder>/<name>-审核.xlsx', async () => {
    const r = await run(['audit', 'x/seed-004.xlsx', 'y/seed-000.xlsx', 'missing.xlsx', '--annotate', 'out'], { 'x/seed-004.xlsx': seed004, 'y/seed-000.xlsx': seed000 });
    expect(r.code).toBe(2);
    expect(r.io.writes).toEqual([path.join('out', 'seed-004-审核.xlsx'), path.join('out', 'seed-000-审核.xlsx')]);
    expect(r.stdout).toContain(`标注副本：${path.join('out', 'seed-004-审核.xlsx')}`);
  }, 60_000);

  test('one file and a folder ending in a separator: <folder>/<name>-审核.xlsx', async () => {
    const r = await run(['audit', 'x/seed-004.xlsx', '--annotate', 'out/'], { 'x/seed-004.xlsx': seed004 });
    expect(r.io.writes).toEqual([path.join('out', 'seed-004-审核.xlsx')]);
  }, 30_000);

  test.each([
    [['audit', 'a.xlsx', '--annotate', 'a.xlsx'], '不会覆盖原文件'],
    [['audit', 'dir/a.xlsx', '--annotate', './dir/../dir/A.XLSX'], '不会覆盖原文件'],
    [['audit', 'a.xlsx', 'b.xlsx', '--annotate', 'b.xlsx'], '文件夹'],
    [['audit', 'a.xlsx', 'b.xlsx', '--annotate', 'out.xlsx'], '文件夹'],
    [['audit', 'a.xlsx', '--annotate', 'out.txt'], '.xlsx'],
    [['audit', 'x/a.xlsx', 'y/a.xlsx', '--annotate', 'out'], '同名'],
    [['audit', 'a-审核.xlsx', 'a.xlsx', '--annotate', '.'], '不会覆盖原文件'],
  ])('%j is refused before anything is read or written, exit 2', async (argv, why) => {
    const io = new MemoryIo({ 'a.xlsx': seed004, 'b.xlsx': seed004, 'dir/a.xlsx': seed004, 'x/a.xlsx': seed004, 'y/a.xlsx': seed004, 'a-审核.xlsx': seed004 });
    const r = await run(argv, io);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(why);
    expect(io.reads).toEqual([]);
    expect(io.writes).toEqual([]);
  });

  test('a 审核报告 sheet already in the workbook is kept; ours is 审核报告(2)', async () => {
    const input = await editFixture('seed-004.xlsx', (wb) => {
      wb.addWorksheet('审核报告').getCell('A1').value = '去年的审核记录';
    });
    const r = await run(['audit', 'a.xlsx', '--annotate', 'b.xlsx'], { 'a.xlsx': input });
    const marked = await loadWorkbook(r.io.files.get('b.xlsx') as Uint8Array);
    expect(marked.worksheets.map((w) => w.name).slice(-2)).toEqual(['审核报告', '审核报告(2)']);
    expect(sheetOf(marked, '审核报告').getCell('A1').value).toBe('去年的审核记录');
    expect(sheetOf(marked, '审核报告(2)').getCell('A1').value).toBe('决算助手审核报告');
  }, 30_000);

  test('a copy that cannot be written: a Chinese message, exit 2, the report still printed', async () => {
    const io = new MemoryIo({ 'a.xlsx': seed004 });
    io.writeFile = async () => {
      throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    };
    const r = await run(['audit', 'a.xlsx', '--annotate', 'locked/b.xlsx', '--format', 'json'], io);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(''); // JSON mode: the error is in the JSON
    const [file] = parseJson(r).files;
    expect(file.annotateError).toContain('无法写出 locked/b.xlsx');
    expect(file.annotateError).toContain('没有写入权限');
    expect(file.tables.length).toBeGreaterThan(0);
  }, 30_000);

  test('annotating an annotated copy replaces our old note and keeps the user’s', async () => {
    const first = await run(['audit', 'a.xlsx', '--annotate', 'b.xlsx'], { 'a.xlsx': await damagedInput() });
    const second = await run(['audit', 'b.xlsx', '--annotate', 'c.xlsx'], { 'b.xlsx': first.io.files.get('b.xlsx') as Uint8Array });
    const note = noteText(sheetOf(await loadWorkbook(second.io.files.get('c.xlsx') as Uint8Array), '决算公开表').getCell('C33').note);
    expect(note.split(NOTE_PREFIX)).toHaveLength(2);
    expect(note.endsWith(ORIGINAL_NOTE)).toBe(true);
  }, 60_000);
});

describe('re-running on an annotated copy', () => {
  let input: Uint8Array;
  let first: Uint8Array;

  beforeAll(async () => {
    input = await damagedInput();
    first = (await run(['audit', 'a.xlsx', '--annotate', 'b.xlsx'], { 'a.xlsx': input })).io.files.get('b.xlsx') as Uint8Array;
  }, 60_000);

  test('auditing the copy finds exactly what auditing the original found: the report sheet is not audited', async () => {
    const original = parseJson(await run(['audit', 'a.xlsx', '--format', 'json'], { 'a.xlsx': input })).files[0];
    const copy = parseJson(await run(['audit', 'b.xlsx', '--format', 'json'], { 'b.xlsx': first })).files[0];
    expect(copy.findings).toEqual(original.findings);
    expect(copy.unrecognized).toEqual(original.unrecognized);
    expect(JSON.stringify(copy)).not.toContain('审核报告');
  }, 60_000);

  test('annotating the copy again gives the same copy: one report, no 审核报告(2), marks not stacked', async () => {
    const second = (await run(['audit', 'b.xlsx', '--annotate', 'c.xlsx'], { 'b.xlsx': first })).io.files.get('c.xlsx') as Uint8Array;
    const [wb1, wb2] = [await loadWorkbook(first), await loadWorkbook(second)];
    expect(wb2.worksheets.map((w) => w.name)).toEqual(wb1.worksheets.map((w) => w.name));
    expect(wb2.worksheets.filter((w) => w.name.startsWith('审核报告'))).toHaveLength(1);
    for (const ws of wb1.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const again = sheetOf(wb2, ws.name).getCell(cell.address);
          const where = `${ws.name}!${cell.address}`;
          expect([where, fillArgb(again), noteText(again.note)]).toEqual([where, fillArgb(cell), noteText(cell.note)]);
        }),
      );
    }
  }, 60_000);

  test('a corrected cell loses its stale mark: its own fill and note come back', async () => {
    // The user corrects C7 in the annotated copy (written by the package writer, so the copy keeps its state).
    const { applyChangePlan } = await import('../../src/cli/package/apply-change-plan');
    const corrected = applyChangePlan(first, { writes: [{ sheet: '决算公开表', cell: 'C7', value: 430.21 }] });
    const firstRun = parseJson(await run(['audit', 'a.xlsx', '--format', 'json'], { 'a.xlsx': input })).files[0];
    const again = await run(['audit', 'b.xlsx', '--annotate', 'c.xlsx', '--format', 'json'], { 'b.xlsx': corrected });
    const file = parseJson(again).files[0];
    expect(file.findings.some((f) => f.code === 'T01-1' && f.severity === 'error')).toBe(false);
    const [originalWb, firstWb, secondWb] = [await loadWorkbook(input), await loadWorkbook(first), await loadWorkbook(again.io.files.get('c.xlsx') as Uint8Array)];
    const still = flagged(file, secondWb);
    const stale = [...flagged(firstRun, firstWb).keys()].filter((k) => !still.has(k));
    // The cells of the corrected error (T01-1 at C33 and its addends) are no longer flagged.
    expect(stale.some((k) => k.startsWith('决算公开表!'))).toBe(true);
    for (const key of stale) {
      const [sheet, address] = [key.slice(0, key.lastIndexOf('!')), key.slice(key.lastIndexOf('!') + 1)];
      const before = sheetOf(originalWb, sheet).getCell(address);
      const after = sheetOf(secondWb, sheet).getCell(address);
      expect([key, fillArgb(after), noteText(after.note)]).toEqual([key, fillArgb(before), noteText(before.note)]);
    }
  }, 60_000);
});

describe('audit --annotate on an .xlsm', () => {
  test('the copy stays .xlsm with its VBA project and every other untouched part byte for byte', async () => {
    const { featureWorkbook } = await import('./package/helpers/feature-workbook');
    const { diffParts, partText } = await import('./package/helpers/parts');
    const input = featureWorkbook({ macro: true });
    const r = await run(['audit', 'in/宏.xlsm', '--annotate', 'out/'], { 'in/宏.xlsm': input });
    const out = r.io.files.get(path.join('out', '宏-审核.xlsm')) as Uint8Array;
    expect(out).toBeDefined();
    const diff = diffParts(input, out);
    expect(diff.removed).toEqual([]);
    expect(diff.changed).not.toContain('xl/vbaProject.bin');
    expect(diff.changed.every((n) => ['[Content_Types].xml', 'docProps/app.xml', 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/styles.xml'].includes(n) || n.startsWith('xl/worksheets/') || n.startsWith('xl/comments') || n.includes('vmlDrawing'))).toBe(true);
    expect(partText(out, '[Content_Types].xml')).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
    const refused = await run(['audit', 'in/宏.xlsm', '--annotate', 'out/宏-审核.xlsx'], { 'in/宏.xlsm': input });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('标注副本也须是 .xlsm');
  }, 60_000);
});

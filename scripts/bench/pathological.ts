// The pathological workbooks of issue 11, built on the standard workbook's snapshot (no file
// round trip, so the figures are the engine's): the T03 科目 block pasted N times, one 自评表
// stacked N times in its sheet, and the whole workbook's sheets repeated N times.
import { audit } from '../../src/engine/audit';
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from '../../src/engine/model/snapshot';

type Row = (CellSnapshot | null | undefined)[];

/** The rows first…last of a sheet repeated `times` times in place; merges below move down. */
function repeatRows(sheet: SheetSnapshot, first: number, last: number, times: number): SheetSnapshot {
  const block = sheet.cells.slice(first, last + 1);
  const height = block.length;
  const cells: Row[] = [...sheet.cells.slice(0, first)];
  for (let t = 0; t < times; t++) for (const row of block) cells.push(row ? [...row] : []);
  cells.push(...sheet.cells.slice(last + 1));
  const shift = height * (times - 1);
  const merges = sheet.merges.flatMap((m) => {
    if (m.bottom < first) return [m];
    if (m.top > last) return [{ ...m, top: m.top + shift, bottom: m.bottom + shift }];
    if (m.top >= first && m.bottom <= last) return Array.from({ length: times }, (_, t) => ({ ...m, top: m.top + t * height, bottom: m.bottom + t * height }));
    return [m];
  });
  return { ...sheet, cells, merges };
}

/** T03's 科目 rows (first to last code row) pasted `times` times. */
export function codeBlockTimes(base: WorkbookSnapshot, times: number): WorkbookSnapshot {
  const t03 = audit(base).tableSet.tables.find((t) => t.id === 'T03');
  if (!t03) throw new Error('标准工作簿中没有支出决算表');
  const rows = t03.codeRows().map((r) => r.row);
  const first = Math.min(...rows);
  const last = Math.max(...rows);
  return { sheets: base.sheets.map((s) => (s.name === t03.sheet ? repeatRows(s, first, last, times) : s)) };
}

/** The first 自评表 sheet holding its table `times` times, one under another. */
export function selfEvalTimes(base: WorkbookSnapshot, times: number): WorkbookSnapshot {
  const index = base.sheets.findIndex((s) => s.name.startsWith('自评表'));
  const sheet = base.sheets[index];
  const stacked = repeatRows({ ...sheet, cells: [...sheet.cells, []] }, 0, sheet.cells.length, times);
  return { sheets: base.sheets.map((s, i) => (i === index ? stacked : s)) };
}

/** Every sheet repeated `times` times under new names (as the ×N standard workbook, without a file). */
export function wholeWorkbookTimes(base: WorkbookSnapshot, times: number): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = [...base.sheets];
  for (let t = 2; t <= times; t++) for (const s of base.sheets) sheets.push({ ...s, name: `${s.name}-${t}` });
  return { sheets };
}

import { columnLetters, toA1 } from '../../engine/model/address';
import type { CellSnapshot, SheetSnapshot } from '../../engine/model/snapshot';
import { parseArea, parseRef } from './cell-ref';
import { DisplayText, isoToSerial } from './display-text';
import { countText, LIMITS } from './limits';
import { parsePart } from './part-stream';
import type { SharedString } from './shared-strings';
import { shiftFormula } from './shared-formula';
import type { CellFormats } from './styles-part';
import { isTrue } from './workbook-part';
import { XlsxProblem } from './xlsx-problem';
import type { ZipEntry } from './zip-directory';

/** A formula cell with no cached value: the evaluator computes it or marks it unreadable. */
export interface PendingFormula {
  sheet: number;
  row: number;
  col: number;
  cell: CellSnapshot;
}

/** What all sheets of one workbook share while being read: the counts the limits bound. */
export interface ReadContext {
  strings: SharedString[] | undefined;
  stringsPart: string;
  formats: CellFormats;
  display: DisplayText;
  cells: number;
  merges: number;
  scanned: number;
  pending: PendingFormula[];
}

const refuse = (why: string, cell?: string) => new XlsxProblem(why, cell ? { cell } : {});

/**
 * Streams one worksheet part into a SheetSnapshot: values with their displayed text and number
 * format, formulas (shared ones translated to each cell), merges, the protection flag.
 */
export function readSheetPart(pkg: Uint8Array, entry: ZipEntry, name: string, hidden: boolean, index: number, ctx: ReadContext): SheetSnapshot {
  const sheet: SheetSnapshot = { name, hidden, protected: false, cells: [], merges: [] };
  const cells = sheet.cells;
  const masters = new Map<string, { text: string; row: number; col: number }>();
  let mergedCells = 0;
  let row = -1;
  let col = -1;
  let rowCells: (CellSnapshot | null | undefined)[] = [];
  let ref = '';
  let type = '';
  let style = 0;
  let v = '';
  let sawV = false;
  let f = '';
  let fAttrs: Record<string, string> | undefined;
  let inline = '';
  let inlineLength = 0;
  let target: 'v' | 'f' | 't' | '' = '';
  let inIs = false;
  let phonetic = 0;
  // <col min max hidden="1"> spans (1-based, inclusive) and <row hidden="1"> rows, clipped to the cells at the end.
  const hiddenSpans: [number, number][] = [];
  const hiddenRows: number[] = [];

  const here = () => (col >= 0 && row >= 0 ? toA1({ row, col }) : ref || undefined);

  const closeRow = () => {
    if (rowCells.length === 0) return;
    ctx.scanned += rowCells.length;
    if (ctx.scanned > LIMITS.scannedCells) throw refuse(`需要扫描的单元格范围超过 ${countText(LIMITS.scannedCells)} 个（行很多且列很宽），不像决算工作簿`, here());
    // Empty rows in between are [] (as the Office.js adapter gives them) unless the gap is huge.
    if (row - cells.length <= 100_000) while (cells.length < row) cells.push([]);
    cells[row] = rowCells;
  };

  const finishCell = () => {
    const numFmt = ctx.formats[style];
    let formula: string | undefined;
    if (fAttrs) {
      if (fAttrs.t === 'shared' && fAttrs.si !== undefined) {
        if (f) {
          masters.set(fAttrs.si, { text: f, row, col });
          formula = f;
        } else {
          const master = masters.get(fAttrs.si);
          formula = master ? shiftFormula(master.text, row - master.row, col - master.col) : undefined;
        }
      } else formula = f || undefined;
    }
    const eq = formula !== undefined ? `=${formula}` : undefined;
    let snap: CellSnapshot | null = null;
    switch (type) {
      case 's': {
        if (v === '') break;
        if (!ctx.strings) throw refuse(`引用了共享字符串，但工作簿缺少共享字符串部件 ${ctx.stringsPart}（文件不完整，请用 Excel 打开后另存）`, here());
        const s = ctx.strings[Number(v)];
        if (s === undefined) throw refuse(`引用的第 ${Number(v) + 1} 个共享字符串不存在（共 ${ctx.strings.length} 个），文件已损坏`, here());
        if (typeof s !== 'string') throw refuse(`文字长 ${countText(s.tooLong)} 个字符，超过 Excel 单元格上限 ${countText(LIMITS.cellChars)}`, here());
        snap = { value: s, text: s, formula: eq, numFmt };
        break;
      }
      case 'inlineStr':
        snap = { value: inline, text: inline, formula: eq, numFmt };
        break;
      case 'str':
        if (sawV || v !== '') snap = { value: v, text: v, formula: eq, numFmt };
        break;
      case 'b':
        if (v !== '') {
          const b = v === '1' || v.toLowerCase() === 'true';
          snap = { value: b, text: b ? 'TRUE' : 'FALSE', formula: eq, numFmt };
        }
        break;
      case 'e':
        if (v !== '') snap = { value: v, text: v, formula: eq, numFmt, error: true };
        break;
      case 'd': {
        const serial = v === '' ? undefined : isoToSerial(v.trim(), ctx.display.date1904);
        if (serial !== undefined) snap = { value: serial, text: ctx.display.number(serial, numFmt ?? 'yyyy-mm-dd'), formula: eq, numFmt };
        else if (v !== '') snap = { value: v, text: v, formula: eq, numFmt };
        break;
      }
      default: {
        if (v === '') break;
        const n = Number(v);
        snap = Number.isFinite(n) ? { value: n, text: ctx.display.number(n, numFmt), formula: eq, numFmt } : { value: v, text: v, formula: eq, numFmt };
      }
    }
    if (!snap && eq !== undefined) {
      snap = { value: null, text: '', formula: eq, numFmt };
      ctx.pending.push({ sheet: index, row, col, cell: snap });
    }
    if (!snap) return;
    if (++ctx.cells > LIMITS.cells) throw refuse(`工作簿中非空单元格超过 ${countText(LIMITS.cells)} 个，不像决算工作簿`, here());
    while (rowCells.length < col) rowCells.push(null);
    rowCells[col] = snap;
  };

  parsePart(
    pkg,
    entry,
    {
      open(tag, a) {
        switch (tag) {
          case 'c': {
            ref = a.r ?? '';
            const at = ref ? parseRef(ref) : { row: Math.max(row, 0), col: col + 1 };
            if (!at) throw refuse(`单元格地址“${ref}”无效，文件已损坏`);
            if (at.row >= LIMITS.rows) throw refuse(`行号 ${countText(at.row + 1)} 超出 Excel 的上限 ${countText(LIMITS.rows)} 行`, ref);
            if (at.row !== row) {
              // A cell outside its <row> (or rows without numbers): follow the cell's own address.
              closeRow();
              row = Math.max(0, at.row);
              rowCells = cells[row] ?? [];
            }
            if (at.col >= LIMITS.columns) throw refuse(`列号 ${ref.replace(/\d+$/, '') || columnLetters(at.col)} 超出 Excel 的上限 XFD（${countText(LIMITS.columns)} 列）`, ref);
            col = at.col;
            type = a.t ?? '';
            style = a.s ? Number(a.s) : 0;
            v = '';
            sawV = false;
            f = '';
            fAttrs = undefined;
            inline = '';
            inlineLength = 0;
            break;
          }
          case 'v':
            target = 'v';
            sawV = true;
            break;
          case 'f':
            target = 'f';
            fAttrs = a;
            break;
          case 'is':
            inIs = true;
            break;
          case 't':
            if (inIs && phonetic === 0) target = 't';
            break;
          case 'rPh':
            phonetic++;
            break;
          case 'row': {
            closeRow();
            const r = a.r !== undefined ? Number(a.r) - 1 : row + 1;
            if (!Number.isInteger(r) || r < 0) throw refuse(`行号“${a.r}”无效，文件已损坏`);
            if (r >= LIMITS.rows) throw refuse(`行号 ${countText(r + 1)} 超出 Excel 的上限 ${countText(LIMITS.rows)} 行`, `${columnLetters(0)}${r + 1}`);
            row = r;
            col = -1;
            rowCells = cells[row] ?? [];
            if (isTrue(a.hidden)) hiddenRows.push(r);
            break;
          }
          case 'col': {
            const min = Number(a.min);
            const max = Number(a.max ?? a.min);
            if (isTrue(a.hidden) && Number.isInteger(min) && Number.isInteger(max) && min >= 1) hiddenSpans.push([min - 1, Math.min(max, LIMITS.columns) - 1]);
            break;
          }
          case 'dimension': {
            const area = parseArea(a.ref ?? '');
            if (area && (area.bottom >= LIMITS.rows || area.right >= LIMITS.columns)) {
              throw refuse(`声明的工作表范围 ${a.ref} 超出 Excel 的上限（${countText(LIMITS.rows)} 行 × ${countText(LIMITS.columns)} 列）`);
            }
            break;
          }
          case 'mergeCell': {
            const area = parseArea(a.ref ?? '');
            if (!area) break;
            if (area.bottom >= LIMITS.rows || area.right >= LIMITS.columns) throw refuse(`合并区域 ${a.ref} 超出 Excel 的上限`, a.ref);
            if (++ctx.merges > LIMITS.merges) throw refuse(`合并区域超过 ${countText(LIMITS.merges)} 个，不像决算工作簿`, a.ref);
            mergedCells += (area.bottom - area.top + 1) * (area.right - area.left + 1);
            if (mergedCells > LIMITS.mergedCells) {
              throw refuse(`合并区域 ${a.ref} 使本表合并的单元格超过 ${countText(LIMITS.mergedCells)} 个（整行整列的大片合并），不像决算工作簿`, a.ref);
            }
            sheet.merges.push(area);
            break;
          }
          case 'sheetProtection':
            sheet.protected = isTrue(a.sheet);
            break;
        }
      },
      close(tag) {
        switch (tag) {
          case 'c':
            finishCell();
            break;
          case 'v':
          case 'f':
          case 't':
            target = '';
            break;
          case 'is':
            inIs = false;
            break;
          case 'rPh':
            phonetic--;
            break;
          case 'sheetData':
            closeRow();
            rowCells = [];
            break;
        }
      },
      text(t) {
        if (target === 'v') v += t;
        else if (target === 'f') f += t;
        else if (target === 't') {
          inlineLength += t.length;
          if (inlineLength > LIMITS.cellChars) throw refuse(`文字超过 Excel 单元格上限 ${countText(LIMITS.cellChars)} 个字符`, here());
          inline += t;
        }
      },
    },
    () => ({ sheet: name, cell: here() }),
  );
  clearMergedAway(sheet);
  setHidden(sheet, hiddenSpans, hiddenRows);
  return sheet;
}

/** Hidden columns and rows within the cells' extent: “hide every column right of the table” spans to XFD. */
function setHidden(sheet: SheetSnapshot, spans: readonly [number, number][], rows: readonly number[]): void {
  const width = sheet.cells.reduce((w, line) => Math.max(w, line?.length ?? 0), 0);
  const columns = new Set<number>();
  for (const [from, to] of spans) for (let c = from; c <= Math.min(to, width - 1); c++) columns.add(c);
  if (columns.size > 0) sheet.hiddenColumns = [...columns].sort((a, b) => a - b);
  const inside = rows.filter((r) => r < sheet.cells.length);
  if (inside.length > 0) sheet.hiddenRows = [...new Set(inside)].sort((a, b) => a - b);
}

/** Excel keeps a merged area's value in its top-left cell only; others written there are not shown. */
function clearMergedAway(sheet: SheetSnapshot): void {
  for (const m of sheet.merges) {
    const bottom = Math.min(m.bottom, sheet.cells.length - 1);
    for (let r = m.top; r <= bottom; r++) {
      const line = sheet.cells[r];
      if (!line) continue;
      const right = Math.min(m.right, line.length - 1);
      for (let c = m.left; c <= right; c++) if (r !== m.top || c !== m.left) line[c] = null;
      while (line.length > 0 && line[line.length - 1] === null) line.pop();
    }
  }
}

import { asPrintedNumber, isPrintedNumber, withThousands, type CellContent } from '../../../scripts/fixtures/cell-value';
import { formatNumber } from '../../../src/engine/values/format-number';
import type { CellSnapshot, RangeRect } from '../../../src/engine/model/snapshot';
import type { LCell } from './model';
import type { PreparedTable } from './transforms';

/** A rendered table, positioned at (0, 0): cells, merged areas and the logical ids of each cell. */
export interface Block {
  cells: (CellSnapshot | null)[][];
  merges: RangeRect[];
  ids: Map<string, string[]>;
  width: number;
  /** Hidden columns of the block (0-based from its left edge). */
  hiddenColumns: number[];
}

function snapshot(content: CellContent): CellSnapshot | null {
  if (content.value === null) return null;
  if (typeof content.value === 'number') return { value: content.value, text: formatNumber(content.value, content.numFmt), numFmt: content.numFmt };
  return content.numFmt ? { value: content.value, text: content.value, numFmt: content.numFmt } : { value: content.value, text: content.value };
}

class BlockWriter {
  readonly block: Block;
  constructor(width: number) {
    this.block = { cells: [], merges: [], ids: new Map(), width, hiddenColumns: [] };
  }

  put(row: number, col: number, content: CellContent, cell?: LCell): void {
    while (this.block.cells.length <= row) this.block.cells.push([]);
    const line = this.block.cells[row];
    while (line.length <= col) line.push(null);
    line[col] = snapshot(content);
    if (cell && cell.ids.length > 0) this.block.ids.set(`${row},${col}`, cell.ids);
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (bottom > top || right > left) this.block.merges.push({ top, left, bottom, right });
    // Keep every row as wide as the merge, as ExcelJS reports covered cells.
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) if (r !== top || c !== left) this.put(r, c, { value: null });
  }
}

function bodyContent(prepared: PreparedTable, kind: string, s: string): CellContent {
  if (s === '') return { value: null };
  if (kind === 'code') return isPrintedNumber(s) ? { value: s, numFmt: '@' } : { value: s };
  if (!isPrintedNumber(s)) return { value: s };
  if (kind === 'lineNo') return asPrintedNumber(s);
  if (kind === 'name' || kind === 'label') return { value: s };
  if (prepared.amountsAsText) return { value: withThousands(s) };
  const value = Number(s);
  return { value: prepared.formulaNoise && !Number.isInteger(value) ? nextDouble(value) : value, numFmt: prepared.table.amountFormat };
}

/** The double one binary step above `value` (away from zero): a formula's noise in the last bit. */
function nextDouble(value: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  view.setBigUint64(0, view.getBigUint64(0) + 1n);
  return view.getFloat64(0);
}

/** “万元” of the table's “金额单位：万元” line. */
function unitOf(prepared: PreparedTable): string {
  return /亿元|万元|元/.exec(prepared.table.meta.unit.s)?.[0] ?? '万元';
}

/** Header captions: each caption covers a rectangle of (row, column) slots; it is written once and merged. */
function writeHeader(w: BlockWriter, prepared: PreparedTable, top: number): number {
  const cols = prepared.columns;
  const depth = Math.max(...cols.map((c) => c.path.length));
  const owner = (k: number, c: number) => cols[c].path[k];
  const key = (k: number, c: number) => owner(k, c)?.ids[0];
  const covered = new Set<string>();
  for (let k = 0; k < depth; k++) {
    for (let c = 0; c < cols.length; c++) {
      if (covered.has(`${k},${c}`)) continue;
      const cap = owner(k, c);
      if (!cap || !key(k, c)) {
        w.put(top + k, c, { value: null });
        continue;
      }
      let right = c;
      while (right + 1 < cols.length && key(k, right + 1) === key(k, c) && !covered.has(`${k},${right + 1}`)) right++;
      let bottom = k;
      while (bottom + 1 < depth && [...Array(right - c + 1).keys()].every((d) => key(bottom + 1, c + d) === key(k, c))) bottom++;
      for (let r = k; r <= bottom; r++) for (let cc = c; cc <= right; cc++) covered.add(`${r},${cc}`);
      const text = prepared.unitInCaptions && bottom === depth - 1 && cols[c].kind === 'value' && !cols[c].blank && cap.s !== '' ? `${cap.s}（${unitOf(prepared)}）` : cap.s;
      w.put(top + k, c, text === '' ? { value: null } : asPrintedNumber(text), cap);
      w.merge(top + k, c, top + bottom, right);
    }
  }
  let row = top + depth;
  if (prepared.hasNumberRow) {
    cols.forEach((col, c) => w.put(row, c, asPrintedNumber(col.number.s), col.number));
    row++;
  }
  return row;
}

/**
 * A PDF converter's habit: each caption (header rows, top to headerEnd) and each name or label (body
 * rows, to bodyEnd) merged over the blank column after it, cell by cell, where that cell is free.
 */
function stretchIntoBlanks(w: BlockWriter, prepared: PreparedTable, top: number, headerEnd: number, bodyEnd: number): void {
  const inMerge = (r: number, c: number) => w.block.merges.some((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
  prepared.columns.forEach((col, c) => {
    const before = prepared.columns[c - 1];
    if (!col.blank || !before || before.blank) return;
    for (let r = top; r < bodyEnd; r++) {
      if (r >= headerEnd && before.kind !== 'name' && before.kind !== 'label') continue;
      if (!w.block.cells[r]?.[c - 1] || w.block.cells[r]?.[c] || inMerge(r, c - 1) || inMerge(r, c)) continue;
      w.merge(r, c - 1, r, c);
    }
  });
}

/** Title, label, 部门名称 | 年度 | 金额单位, header, body, notes: as scripts/fixtures/layout-table.ts prints them. */
export function renderTable(prepared: PreparedTable): Block {
  const { table } = prepared;
  const width = prepared.columns.length;
  const w = new BlockWriter(width);
  const right = width - 1;
  // The label and the unit line sit at the right edge of the printed table: over its last shown column.
  const shownRight = prepared.columns.map((c, i) => (c.hidden ? -1 : i)).reduce((a, b) => Math.max(a, b), -1);
  const edge = shownRight >= 0 ? shownRight : right;
  if (!prepared.noTitle) {
    w.put(0, 0, { value: table.meta.title.s }, table.meta.title);
    w.merge(0, 0, 0, right);
  }
  w.put(1, edge, { value: table.meta.label.s }, table.meta.label);
  w.put(2, 0, { value: table.meta.unitName.s }, table.meta.unitName);
  w.put(2, Math.floor(width / 2), { value: table.meta.year.s }, table.meta.year);
  if (!prepared.unitInCaptions) w.put(2, edge, { value: table.meta.unit.s }, table.meta.unit);
  let row = writeHeader(w, prepared, 3);
  const headerEnd = row;
  // The page break of a two-page table: the header printed again halfway down (tables of a few rows fit one page).
  const pageBreak = prepared.repeatHeader && prepared.bodyRows >= 6 ? Math.floor(prepared.bodyRows / 2) : undefined;
  for (let r = 0; r < prepared.bodyRows; r++, row++) {
    if (r === pageBreak) row = writeHeader(w, prepared, row);
    if (prepared.sectionRows.has(r)) {
      const cell = prepared.columns[0].cells[r];
      w.put(row, 0, { value: cell.s }, cell);
      w.merge(row, 0, row, right);
      continue;
    }
    prepared.columns.forEach((col, c) => {
      w.put(row, c, bodyContent(prepared, col.kind, col.cells[r].s), col.cells[r]);
      const formula = col.formulas?.[r];
      const written = w.block.cells[row][c];
      if (formula && written) written.formula = formula;
    });
  }
  prepared.columns.forEach((col, c) => col.hidden && w.block.hiddenColumns.push(c));
  if (prepared.stretchIntoBlanks) stretchIntoBlanks(w, prepared, 3, headerEnd, row);
  for (const note of table.meta.notes) {
    w.put(row, 0, { value: note.s }, note);
    w.merge(row, 0, row, right);
    row++;
  }
  return w.block;
}

import { columnLetters, fromA1, rangeFromA1 } from '../../engine/model/address';
import type { RangeRect } from '../../engine/model/snapshot';
import { shiftFormula } from './formula-shift';
import { elements, escapeXml, firstElement, getAttr, innerXml, prefixOf, setAttr, splice, startTag, unescapeXml } from './xml-text';

/** A change to one cell: gets the cell's current XML (undefined when the cell is not written) and returns the new XML. */
export type CellOp = (current: string | undefined, ref: string, baseStyle: number) => string;

interface ParsedCell {
  row: number;
  col: number;
  text: string;
  /** The `r` attribute was absent (its position was implied). */
  implied: boolean;
}

interface ParsedRow {
  row: number;
  start: number;
  end: number;
  text: string;
  cells: ParsedCell[];
}

const key = (row: number, col: number) => `${row},${col}`;

/**
 * One worksheet part, patched in place: only the rows holding changed cells are rebuilt (their
 * other cells keep their text); rows and cells missing from the XML are inserted in order.
 */
export class SheetCells {
  readonly p: string;
  private readonly ops = new Map<string, { row: number; col: number; ops: CellOp[]; replaces: boolean }>();
  private merges: RangeRect[] | undefined;

  constructor(private xml: string) {
    this.p = prefixOf(xml, 'worksheet');
  }

  /** The top-left cell of the merged area holding `ref` (or `ref` itself). */
  master(ref: string): string {
    if (!this.merges) {
      const block = firstElement(this.xml, `${this.p}mergeCells`);
      this.merges = block ? elements(block.text, `${this.p}mergeCell`).flatMap((m) => {
        const r = getAttr(m.text, 'ref');
        try {
          return r ? [rangeFromA1(r)] : [];
        } catch {
          return [];
        }
      }) : [];
    }
    const { row, col } = fromA1(ref);
    const area = this.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
    return area ? `${columnLetters(area.left)}${area.top + 1}` : `${columnLetters(col)}${row + 1}`;
  }

  /** Queues a change of one cell. `replaces`: the op rewrites the cell's content (not only its style). */
  edit(ref: string, op: CellOp, replaces = false): void {
    const { row, col } = fromA1(ref);
    const k = key(row, col);
    const entry = this.ops.get(k) ?? { row, col, ops: [], replaces: false };
    entry.ops.push(op);
    entry.replaces ||= replaces;
    this.ops.set(k, entry);
  }

  get changed(): boolean {
    return this.ops.size > 0;
  }

  /** The cell's current XML (before queued edits), or undefined. */
  cellXml(ref: string): string | undefined {
    const { row, col } = fromA1(ref);
    for (const r of this.rows()) if (r.row === row) return r.cells.find((c) => c.col === col)?.text;
    return undefined;
  }

  private sheetData(): { start: number; end: number; inner: number; innerEnd: number } {
    const p = this.p;
    const open = new RegExp(`<${p}sheetData\\b[^>]*?(/?)>`).exec(this.xml);
    if (!open) throw new Error('worksheet has no sheetData');
    if (open[1] === '/') {
      const expanded = `<${p}sheetData></${p}sheetData>`;
      this.xml = splice(this.xml, open.index, open.index + open[0].length, expanded);
      return this.sheetData();
    }
    const innerStart = open.index + open[0].length;
    const close = this.xml.indexOf(`</${p}sheetData>`, innerStart);
    return { start: open.index, end: close + `</${p}sheetData>`.length, inner: innerStart, innerEnd: close };
  }

  private rows(): ParsedRow[] {
    const data = this.sheetData();
    const rows: ParsedRow[] = [];
    let last = -1;
    for (const e of elements(this.xml, `${this.p}row`, data.inner, data.innerEnd)) {
      const tag = startTag(e.text);
      const r = getAttr(tag, 'r');
      const row = r ? Number(r) - 1 : last + 1;
      last = row;
      let lastCol = -1;
      const cells = elements(e.text, `${this.p}c`).map((c) => {
        const ref = getAttr(startTag(c.text), 'r');
        const col = ref ? fromA1(ref).col : lastCol + 1;
        lastCol = col;
        return { row, col, text: c.text, implied: !ref };
      });
      rows.push({ row, start: e.start, end: e.end, text: e.text, cells });
    }
    return rows;
  }

  /** Cells sharing formula `si` with a master about to be overwritten get a new master. */
  private handOverSharedFormulas(rows: ParsedRow[]): void {
    for (const { row, col, replaces } of this.ops.values()) {
      if (!replaces) continue;
      const cell = rows.find((r) => r.row === row)?.cells.find((c) => c.col === col);
      const f = cell && firstElement(cell.text, `${this.p}f`);
      if (!f || getAttr(f.text, 't') !== 'shared' || !getAttr(f.text, 'ref')) continue;
      const si = getAttr(f.text, 'si');
      const formula = unescapeXml(innerXml(f.text));
      const members = rows.flatMap((r) => r.cells).filter((c) => {
        if (c.row === row && c.col === col) return false;
        const g = firstElement(c.text, `${this.p}f`);
        const entry = this.ops.get(key(c.row, c.col));
        return g && getAttr(g.text, 't') === 'shared' && getAttr(g.text, 'si') === si && !entry?.replaces;
      });
      if (members.length === 0) continue;
      const heir = members[0];
      const top = Math.min(...members.map((m) => m.row));
      const left = Math.min(...members.map((m) => m.col));
      const bottom = Math.max(...members.map((m) => m.row));
      const right = Math.max(...members.map((m) => m.col));
      const ref = `${columnLetters(left)}${top + 1}:${columnLetters(right)}${bottom + 1}`;
      const shifted = shiftFormula(formula, heir.row - row, heir.col - col);
      this.edit(`${columnLetters(heir.col)}${heir.row + 1}`, (current) => {
        const text = current ?? '';
        const g = firstElement(text, `${this.p}f`);
        if (!g) return text;
        const open = setAttr(setAttr(startTag(g.text).replace(/\/>$/, '>'), 'ref', ref), 'si', si);
        return splice(text, g.start, g.end, `${open}${escapeXml(shifted)}</${this.p}f>`);
      });
    }
  }

  /** The worksheet part with every queued edit applied. */
  toXml(): string {
    if (this.ops.size === 0) return this.xml;
    let rows = this.rows();
    this.handOverSharedFormulas(rows);
    rows = this.rows();
    const byRow = new Map<number, { row: number; col: number; ops: CellOp[] }[]>();
    for (const e of this.ops.values()) byRow.set(e.row, [...(byRow.get(e.row) ?? []), e]);
    // Back to front, so offsets of rows not yet patched stay valid; new rows after the last
    // existing one all go at the original end, each before those inserted already.
    const end = this.sheetData().innerEnd;
    const targets = [...byRow.keys()].sort((a, b) => b - a);
    for (const rowIndex of targets) {
      const existing = rows.find((r) => r.row === rowIndex);
      const rebuilt = this.rebuildRow(rowIndex, existing, byRow.get(rowIndex) ?? []);
      if (existing) this.xml = splice(this.xml, existing.start, existing.end, rebuilt);
      else {
        const after = rows.find((r) => r.row > rowIndex);
        const at = after ? after.start : end;
        this.xml = splice(this.xml, at, at, rebuilt);
      }
    }
    this.updateDimension();
    this.ops.clear();
    return this.xml;
  }

  private rebuildRow(rowIndex: number, existing: ParsedRow | undefined, edits: { col: number; ops: CellOp[] }[]): string {
    const p = this.p;
    let open = existing ? startTag(existing.text) : `<${p}row r="${rowIndex + 1}">`;
    if (existing && !getAttr(open, 'r')) open = setAttr(open, 'r', String(rowIndex + 1));
    const rowStyle = getAttr(open, 'customFormat') === '1' || getAttr(open, 'customFormat') === 'true' ? Number(getAttr(open, 's') ?? 0) : 0;
    const cells = new Map<number, string>();
    const implied = existing?.cells.some((c) => c.implied) ?? false;
    for (const c of existing?.cells ?? []) cells.set(c.col, implied && c.implied ? setAttr(c.text.slice(0, c.text.indexOf('>') + 1), 'r', `${columnLetters(c.col)}${rowIndex + 1}`) + c.text.slice(c.text.indexOf('>') + 1) : c.text);
    for (const e of edits) {
      const ref = `${columnLetters(e.col)}${rowIndex + 1}`;
      let current = cells.get(e.col);
      for (const op of e.ops) current = op(current, ref, rowStyle);
      if (current !== undefined) cells.set(e.col, current);
    }
    const cols = [...cells.keys()].sort((a, b) => a - b);
    const spans = getAttr(open, 'spans');
    if (spans && cols.length > 0) {
      const [a, b] = spans.split(':').map(Number);
      if (Number.isFinite(a) && Number.isFinite(b)) open = setAttr(open, 'spans', `${Math.min(a, cols[0] + 1)}:${Math.max(b, cols[cols.length - 1] + 1)}`);
    }
    if (open.endsWith('/>')) open = `${open.slice(0, -2).replace(/\s+$/, '')}>`;
    const inner = existing ? innerXml(existing.text) : '';
    // Anything in the row that is not a cell (extLst) is kept after the cells.
    const rest = inner.replace(new RegExp(`<${p}c(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${p}c\\s*>)`, 'g'), '').trim();
    return `${open}${cols.map((c) => cells.get(c)).join('')}${rest}</${p}row>`;
  }

  private updateDimension(): void {
    const dim = firstElement(this.xml, `${this.p}dimension`);
    const ref = dim && getAttr(dim.text, 'ref');
    if (!dim || !ref) return;
    let area: RangeRect;
    try {
      area = rangeFromA1(ref);
    } catch {
      return;
    }
    for (const e of this.ops.values()) {
      area = { top: Math.min(area.top, e.row), left: Math.min(area.left, e.col), bottom: Math.max(area.bottom, e.row), right: Math.max(area.right, e.col) };
    }
    const text = area.top === area.bottom && area.left === area.right ? `${columnLetters(area.left)}${area.top + 1}` : `${columnLetters(area.left)}${area.top + 1}:${columnLetters(area.right)}${area.bottom + 1}`;
    if (text !== ref) this.xml = splice(this.xml, dim.start, dim.end, setAttr(dim.text, 'ref', text));
  }

  /** The current text (for parts of the worksheet other than cells: legacyDrawing…). */
  get text(): string {
    return this.xml;
  }

  set text(xml: string) {
    this.xml = xml;
  }
}

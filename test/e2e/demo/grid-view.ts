/**
 * A plain-DOM picture of the host's in-memory workbook for the demo: sheet tabs, displayed
 * values, merged cells, fills, bold, notes (red corner, text as tooltip), comments (purple
 * corner), hyperlinks and the selection. It only reads the model; it never calls the Office API.
 */
import { columnLetters, splitSheet, parseArea, type Rect } from '../../excel-host/address';
import { displayText } from '../../excel-host/number-format';
import type { SheetModel, WorkbookModel } from '../../excel-host';

/** Rows and columns drawn at most per sheet, so a huge used range cannot freeze the page. */
const MAX_ROWS = 400;
const MAX_COLS = 40;
const PX_PER_PT = 4 / 3;

export interface GridState {
  /** The sheet shown; follows the workbook's active sheet whenever the add-in changes it. */
  shown: SheetModel | null;
  lastActive: SheetModel | null;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

const key = (row: number, col: number) => `${row},${col}`;

function annotations(book: WorkbookModel, sheet: SheetModel): Map<string, { note?: string; comment?: string }> {
  const out = new Map<string, { note?: string; comment?: string }>();
  for (const n of book.notes) if (n.sheet === sheet) out.set(key(n.row, n.col), { ...out.get(key(n.row, n.col)), note: n.content });
  for (const c of book.comments) if (c.sheet === sheet) out.set(key(c.row, c.col), { ...out.get(key(c.row, c.col)), comment: `${c.authorName}: ${c.content}` });
  return out;
}

function extent(book: WorkbookModel, sheet: SheetModel): Rect {
  const used = sheet.usedRect(false) ?? { top: 0, left: 0, bottom: 0, right: 0 };
  let { bottom, right } = used;
  for (const n of [...book.notes, ...book.comments]) {
    if (n.sheet !== sheet) continue;
    bottom = Math.max(bottom, n.row);
    right = Math.max(right, n.col);
  }
  return { top: 0, left: 0, bottom: Math.min(bottom + 2, MAX_ROWS - 1), right: Math.min(right + 1, MAX_COLS - 1) };
}

function renderTable(book: WorkbookModel, sheet: SheetModel, onLink: (address: string) => void): HTMLTableElement {
  const box = extent(book, sheet);
  const notes = annotations(book, sheet);
  const selection = book.selection?.sheet === sheet ? book.selection.rect : null;
  const covered = new Set<string>();
  const spans = new Map<string, Rect>();
  for (const m of sheet.merges) {
    spans.set(key(m.top, m.left), m);
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(key(r, c));
  }

  const table = el('table', { className: 'grid' });
  const cols = el('colgroup', {}, el('col', { className: 'rowhead' }));
  const head = el('tr', {}, el('th', { className: 'corner' }));
  for (let c = 0; c <= box.right; c++) {
    const width = Math.round((sheet.columnWidths.get(c) ?? 48) * PX_PER_PT);
    const col = el('col');
    col.style.width = `${width}px`;
    cols.append(col);
    head.append(el('th', {}, columnLetters(c)));
  }
  table.append(cols, el('thead', {}, head));
  const body = el('tbody');
  for (let r = 0; r <= box.bottom; r++) {
    const tr = el('tr', {}, el('th', {}, String(r + 1)));
    for (let c = 0; c <= box.right; c++) {
      if (covered.has(key(r, c))) continue;
      const cell = sheet.cellAt(r, c);
      const td = el('td');
      td.dataset.cell = `${columnLetters(c)}${r + 1}`;
      const span = spans.get(key(r, c));
      if (span) {
        td.rowSpan = Math.min(span.bottom, box.bottom) - r + 1;
        td.colSpan = Math.min(span.right, box.right) - c + 1;
        td.classList.add('merged');
      }
      if (cell) {
        td.textContent = displayText(cell.value, cell.numberFormat, cell.error);
        if (typeof cell.value === 'number') td.classList.add('num');
        if (cell.fill) td.style.background = cell.fill;
        if (cell.font?.bold) td.style.fontWeight = 'bold';
        if (cell.font?.italic) td.style.fontStyle = 'italic';
        if (cell.font?.color) td.style.color = cell.font.color;
        if (cell.wrapText) td.classList.add('wrap');
        if (cell.formula) td.title = cell.formula;
        const link = cell.hyperlink;
        if (link?.documentReference || link?.address) {
          td.classList.add('link');
          td.title = link.screenTip ?? link.documentReference ?? link.address ?? '';
          if (link.documentReference) td.addEventListener('click', () => onLink(link.documentReference!));
        }
      }
      const note = notes.get(key(r, c));
      if (note?.note) {
        td.classList.add('has-note');
        td.title = note.note;
      }
      if (note?.comment) {
        td.classList.add('has-comment');
        td.title = [td.title, note.comment].filter(Boolean).join('\n');
      }
      if (selection && r >= selection.top && r <= selection.bottom && c >= selection.left && c <= selection.right) td.classList.add('selected');
      tr.append(td);
    }
    body.append(tr);
  }
  table.append(body);
  return table;
}

/**
 * Draws the workbook into `root` (tabs + grid + status line). Call again after every sync; it
 * keeps the scroll position and scrolls a changed selection into view.
 */
export function renderWorkbook(root: HTMLElement, book: WorkbookModel, state: GridState, syncCount: number): void {
  const visible = book.sheets.filter((s) => !s.deleted && s.visibility === 'Visible');
  if (book.activeSheet !== state.lastActive) {
    state.lastActive = book.activeSheet;
    if (book.activeSheet) state.shown = book.activeSheet;
  }
  if (!state.shown || !visible.includes(state.shown)) state.shown = book.activeSheet ?? visible[0] ?? null;
  const shown = state.shown;

  const rerender = () => renderWorkbook(root, book, state, syncCount);
  const onLink = (address: string) => {
    const { sheet, area } = splitSheet(address);
    const target = sheet ? book.findSheet(sheet) : shown;
    const rect = parseArea(area);
    if (!target || !rect) return;
    state.shown = target;
    book.selection = { sheet: target, rect };
    rerender();
  };

  const oldScroll = root.querySelector<HTMLElement>('.sheet-view');
  const scroll = oldScroll && oldScroll.dataset.sheet === shown?.id ? { top: oldScroll.scrollTop, left: oldScroll.scrollLeft } : null;
  const view = el('div', { className: 'sheet-view' });
  if (shown) {
    view.dataset.sheet = shown.id;
    view.append(renderTable(book, shown, onLink));
  }

  const tabs = el('nav', { className: 'tabs' });
  for (const s of visible) {
    const tab = el('button', { className: s === shown ? 'tab active' : 'tab', type: 'button', title: s.name }, s.name);
    tab.dataset.sheet = s.name;
    tab.addEventListener('click', () => {
      state.shown = s;
      rerender();
    });
    tabs.append(tab);
  }

  const marks = book.notes.filter((n) => n.content.startsWith('【决算助手】')).length;
  const sel = book.selection ? `${book.selection.sheet.name}!${columnLetters(book.selection.rect.left)}${book.selection.rect.top + 1}` : '—';
  const status = el('div', { className: 'status' }, `sync ${syncCount} 次 · 选中 ${sel} · 决算助手批注 ${marks} 条 · ${visible.length} 张工作表`);

  root.replaceChildren(view, tabs, status);
  if (scroll) Object.assign(view, { scrollTop: scroll.top, scrollLeft: scroll.left });
  const selected = view.querySelector<HTMLElement>('td.selected');
  const selKey = book.selection ? `${book.selection.sheet.id}:${JSON.stringify(book.selection.rect)}` : '';
  if (selected && root.dataset.selection !== selKey) selected.scrollIntoView({ block: 'center', inline: 'nearest' });
  root.dataset.selection = selKey;
}

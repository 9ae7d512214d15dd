import type { LCell, LColumn, LTable, T06Entry } from './model';

/**
 * How one rendering lays a table out. Every option keeps the table's meaning: the same codes,
 * names and amounts, only printed differently (domain-rules.md §2.2/§2.3 variants).
 */
export interface LayoutOptions {
  /** 功能分类 codes over 类 | 款 | 项 (经济分类 over 类 | 款), parents blank or repeated on child rows. */
  splitCodes?: 'blank' | 'repeat';
  /** Code and name in one cell: “2010601 行政运行”, “30101  基本工资”. */
  codeWithName?: boolean;
  /** No 栏次 line and no 行次 columns (上海 2024). */
  noNumbers?: boolean;
  /** Header rows: 1 (flattened to the lowest caption) or 3 (one more merged row on top). */
  headerDepth?: 1 | 3;
  /** The amount columns of each side in reverse order (with their 栏次 numbers, if printed). */
  reorderAmounts?: boolean;
  /** Blank extra columns after the names and between the amounts. */
  blankColumns?: boolean;
  /** 基本支出明细 as two halves (人员经费 | 公用经费) instead of the template's 3–4 blocks. */
  t06Halves?: boolean;
  /** 政府性基金表 as two side-by-side halves 收入 | 支出, each with its own code and name columns. */
  tgfHalves?: boolean;
  /** Every amount as text with 千分位 (“1,475,018.17”), as pasted from a PDF. */
  amountsAsText?: boolean;
  /** The 合计 row after the body (上海 2024). */
  totalLast?: boolean;
  /**
   * Hidden columns: helpers the reading must pass over (a formula copy of the first amount column
   * in 元 under the same caption and 栏次, a 备注 column of notes after the names; in the “三公”
   * table copies before 栏次 1 and after 栏次 7; an exact copy right after the first amount column,
   * a pasted backup; a copy of the first column, codes or labels, after the last, as a lookup key),
   * and the table's only 行次 and last amount columns hidden by the user, which must still be read.
   * The copied 自评表 and 汇总表 sheets get theirs in self-eval-helpers.ts.
   */
  hiddenHelpers?: boolean;
  /** The title printed outside the cells (in the page header or a text box): its row stays blank. */
  noTitle?: boolean;
  /** With blankColumns: each caption, name and label merged over the blank column after it, as PDF converters do. */
  stretchIntoBlanks?: boolean;
  /**
   * Every amount with a fraction saved as a formula's result is: one binary step off the typed
   * figure (=SUM(0.1,0.2) saves 0.30000000000000004), shown the same.
   */
  formulaNoise?: boolean;
  /** A table printed over two pages: its header rows (and 栏次 line) repeated halfway down the body. */
  repeatHeader?: boolean;
  /** No 金额单位 line: the unit printed after the lowest caption of each amount column, “决算数（万元）”. */
  unitInCaptions?: boolean;
}

/** The options the renderer itself reads, as given (the others were applied to the columns). */
const RENDER_OPTIONS = ['noTitle', 'stretchIntoBlanks', 'formulaNoise', 'repeatHeader', 'unitInCaptions'] as const;
type RenderOptions = Pick<LayoutOptions, (typeof RENDER_OPTIONS)[number]>;

function renderOptions(options: LayoutOptions): RenderOptions {
  return Object.fromEntries(RENDER_OPTIONS.map((k) => [k, options[k]])) as RenderOptions;
}

export interface PreparedTable extends RenderOptions {
  table: LTable;
  columns: LColumn[];
  hasNumberRow: boolean;
  bodyRows: number;
  /** Body rows printed merged across the table (T10 section headings). */
  sectionRows: Set<number>;
  /** Logical ids not printed in this rendering (行次, 栏次). */
  dropped: string[];
  /** Codes printed as text (split parts keep their leading zeros). */
  amountsAsText: boolean;
}

const CODE_TABLES = new Set(['T02', 'T03', 'T05', 'TGF', 'TSOC', 'T06']);
const EMPTY: LCell = { s: '', ids: [] };
let synthetic = 0;

function caption(s: string): LCell {
  synthetic++;
  return { s, ids: [`~${s}#${synthetic}`] };
}

function blankColumn(like: LColumn, rows: number): LColumn {
  // Under the neighbour's group captions (本年支出 over 小计|基本|项目), never under its own caption.
  const own = like.path[like.path.length - 1]?.ids[0];
  const path = like.path.map((p) => (p === undefined || p.ids[0] === own ? undefined : p));
  return { kind: 'value', path, number: EMPTY, cells: Array<LCell>(rows).fill(EMPTY), side: like.side, blank: true };
}

/** The 基本支出明细 blocks as generic columns: (code, name, amounts) per block, footer row last. */
function t06Columns(table: LTable, halves: boolean): { columns: LColumn[]; rows: number } {
  const model = table.t06!;
  const isPersonnel = (e: T06Entry) => /^30[13]/.test(e.code.s);
  const all = model.blocks.flat();
  const blocks = halves ? [all.filter(isPersonnel), all.filter((e) => !isPersonnel(e))] : model.blocks;
  const rowsOf = (b: number) => (halves ? blocks[b].map((_, i) => i) : model.blockRows[b]);
  const bodyRows = halves ? Math.max(...blocks.map((b) => b.length)) : model.bodyRows;
  const rows = bodyRows + 1;
  const columns: LColumn[] = [];
  const width = model.blockCaptions[0].length;
  blocks.forEach((entries, b) => {
    const captions = model.blockCaptions[b];
    const groups = model.groupCaptions;
    const group = groups && (b === 0 ? groups.personnel : groups.public);
    for (let k = 0; k < width; k++) {
      const cells: LCell[] = Array(rows).fill(EMPTY);
      entries.forEach((e, i) => (cells[rowsOf(b)[i]] = k === 0 ? e.code : k === 1 ? e.name : (e.amounts[k - 2] ?? EMPTY)));
      columns.push({ kind: k === 0 ? 'code' : k === 1 ? 'name' : 'value', path: group ? [group, captions[k]] : [captions[k]], number: EMPTY, cells, side: b });
    }
  });
  const footerRow = rows - 1;
  const place = (footer: typeof model.footers.personnel, labelBlock: number, amountBlock: number) => {
    const labelCol = halves ? labelBlock * width + 1 : footer.col;
    columns[labelCol].cells[footerRow] = footer.label;
    footer.amounts.forEach((a, k) => (columns[amountBlock * width + 2 + k].cells[footerRow] = a));
  };
  place(model.footers.personnel, 0, halves ? 0 : model.footers.personnel.block);
  place(model.footers.public, 1, halves ? 1 : model.footers.public.block);
  return { columns, rows };
}

/** TGF as 收入 (年初结转和结余, 本年收入) | 支出 (本年支出, 年末结转和结余), each with code and name. */
function tgfHalves(columns: LColumn[]): LColumn[] {
  const label = columns.filter((c) => c.kind === 'code' || c.kind === 'name');
  const values = columns.filter((c) => c.kind === 'value');
  const income = caption('收入');
  const spending = caption('支出');
  const half = (group: LCell, vals: LColumn[], side: number): LColumn[] =>
    [...label, ...vals].map((c) => ({ ...c, path: [group, ...c.path.filter((x) => x !== undefined)], side }));
  return [...half(income, values.slice(0, 2), 0), ...half(spending, values.slice(2), 1)];
}

function splitParts(code: string, parts: number, mode: 'blank' | 'repeat'): string[] {
  if (!/^\d{3}(\d{2}){0,2}$/.test(code)) return [code, ...Array(parts - 1).fill('')];
  const pieces = [code.slice(0, 3), code.slice(3, 5), code.slice(5, 7)].slice(0, parts);
  const level = code.length === 3 ? 0 : code.length === 5 ? 1 : 2;
  return pieces.map((p, i) => (i > level ? '' : mode === 'repeat' || i === level ? p : ''));
}

function splitCodes(prepared: PreparedTable, mode: 'blank' | 'repeat'): void {
  const parts = prepared.table.id === 'T06' ? 2 : 3;
  const names = ['类', '款', '项'];
  prepared.columns = prepared.columns.flatMap((col) => {
    if (col.kind !== 'code') return [col];
    return [...Array(parts).keys()].map((k) => ({
      ...col,
      path: [...col.path, caption(names[k])],
      number: k === 0 ? col.number : EMPTY,
      cells: col.cells.map((cell) => ({ s: splitParts(cell.s, parts, mode)[k], ids: cell.ids })),
      kind: 'code' as const,
    }));
  });
}

function codeWithName(prepared: PreparedTable): void {
  const economic = prepared.table.id === 'T06';
  const out: LColumn[] = [];
  for (let i = 0; i < prepared.columns.length; i++) {
    const col = prepared.columns[i];
    const next = prepared.columns[i + 1];
    if (col.kind !== 'code' || next?.kind !== 'name') {
      out.push(col);
      continue;
    }
    out.push({
      ...col,
      kind: 'name',
      path: [...col.path.slice(0, -1), caption('科目编码及名称')],
      number: col.number.s ? col.number : next.number,
      cells: col.cells.map((c, r) => {
        const name = next.cells[r];
        const s = c.s && name.s ? `${c.s}${economic ? '  ' : ' '}${name.s}` : c.s || name.s;
        return { s, ids: [...c.ids, ...name.ids] };
      }),
    });
    i++;
  }
  prepared.columns = out;
}

function dropNumbers(prepared: PreparedTable): void {
  if (prepared.hasNumberRow) {
    prepared.dropped.push(...prepared.columns.flatMap((c) => c.number.ids));
    prepared.hasNumberRow = false;
  }
  const lineCols = prepared.columns.filter((c) => c.kind === 'lineNo');
  for (const c of lineCols) prepared.dropped.push(...c.cells.flatMap((x) => x.ids), ...c.path.flatMap((x) => x?.ids ?? []));
  prepared.columns = prepared.columns.filter((c) => c.kind !== 'lineNo');
  // Rows that only carried a 行次 disappear (上海 prints only labelled rows).
  const keep = [...Array(prepared.bodyRows).keys()].filter((r) => prepared.columns.some((c) => c.cells[r].s !== ''));
  if (keep.length < prepared.bodyRows) {
    for (const c of prepared.columns) c.cells = keep.map((r) => c.cells[r]);
    prepared.bodyRows = keep.length;
  }
}

function reorderAmounts(prepared: PreparedTable): void {
  if (prepared.table.id === 'T3G' || prepared.table.id === 'T10') return;
  const sides = new Set(prepared.columns.map((c) => c.side ?? 0));
  for (const side of sides) {
    const slots = prepared.columns.map((c, i) => ({ c, i })).filter(({ c }) => c.kind === 'value' && (c.side ?? 0) === side);
    const reversed = [...slots].reverse();
    slots.forEach(({ i }, k) => {
      const moved = reversed[k].c;
      // Keep the caption groups in place (本年支出 over its parts), move the column's own caption.
      const slot = prepared.columns[i].path;
      const own = slot[slot.length - 1]?.ids[0];
      const caption = moved.path[moved.path.length - 1];
      prepared.columns[i] = { ...moved, path: slot.map((p) => (p !== undefined && p.ids[0] === own ? caption : p)) };
    });
  }
}

function insertBlankColumns(prepared: PreparedTable): void {
  if (prepared.table.id === 'T3G') return;
  const out: LColumn[] = [];
  prepared.columns.forEach((col, i) => {
    out.push(col);
    const next = prepared.columns[i + 1];
    const afterName = (col.kind === 'name' || col.kind === 'label') && next?.kind !== 'name';
    const betweenAmounts = col.kind === 'value' && next?.kind === 'value' && next.side === col.side && i % 2 === 0;
    if (afterName || betweenAmounts) out.push(blankColumn(next && betweenAmounts ? next : col, prepared.bodyRows));
  });
  out.push(blankColumn({ ...out[out.length - 1], path: [undefined] }, prepared.bodyRows));
  prepared.columns = out;
}

/** The first amount column's figures in 元, as a hidden column of formulas under the same caption and 栏次. */
function helperCopy(col: LColumn): LColumn {
  const own = col.path[col.path.length - 1];
  const path = col.path.map((p) => (p !== undefined && p === own ? caption(p.s) : p));
  const amounts = col.cells.map((c) => (/^-?\d+(\.\d+)?$/.test(c.s) ? (Math.round(Number(c.s) * 1_000_000) / 100).toFixed(2) : ''));
  return {
    kind: 'value',
    path,
    number: { s: col.number.s, ids: [] },
    cells: amounts.map((s) => ({ s, ids: [] })),
    formulas: col.cells.map((c, r) => (amounts[r] ? `=ROUND(${c.s}*10000,2)` : undefined)),
    side: col.side,
    hidden: true,
  };
}

function notesColumn(like: LColumn, rows: number): LColumn {
  const path = like.path.map((p, i) => (i === like.path.length - 1 ? caption('备注') : p));
  const cells = Array.from({ length: rows }, (_, r) => (like.cells[r]?.s && r % 3 === 1 ? { s: '已与账簿核对', ids: [] } : { s: '', ids: [] }));
  return { kind: 'label', path, number: { s: '', ids: [] }, cells, side: like.side, hidden: true };
}

/**
 * The “三公” table's helpers: a formula copy of 栏次 1 before it and of 栏次 7 after it (under the
 * same captions and 栏次, also when the table prints no figures), and its last amount column
 * (公务接待费 决算数) hidden by the user, the only copy, still read.
 */
function insertThreePublicHelpers(prepared: PreparedTable): void {
  const values = prepared.columns.filter((c) => c.kind === 'value');
  const [first, final, last] = [values[0], values[6], values[values.length - 1]];
  prepared.columns = prepared.columns.flatMap((col) => {
    if (col === first) return [helperCopy(col), col];
    if (col === final) return [col, helperCopy(col)];
    if (col === last) return [{ ...col, hidden: true }];
    return [col];
  });
}

function insertHiddenHelpers(prepared: PreparedTable): void {
  if (prepared.table.id === 'T3G') return insertThreePublicHelpers(prepared);
  const out: LColumn[] = [];
  const seenSide = new Set<number>();
  prepared.columns.forEach((col, i) => {
    const side = col.side ?? 0;
    const firstFigures = col.kind === 'value' && !col.blank && !seenSide.has(side) && col.cells.some((c) => c.s !== '');
    if (firstFigures) {
      seenSide.add(side);
      out.push(helperCopy(col));
    }
    // The user hid the 行次 column: the table's only copy, still read.
    out.push(col.kind === 'lineNo' ? { ...col, hidden: true } : col);
    // A pasted backup of the first amounts, caption and 栏次 too, hidden right after them.
    if (firstFigures) out.push({ ...col, hidden: true, cells: [...col.cells], path: [...col.path] });
    const next = prepared.columns[i + 1];
    if ((col.kind === 'name' || col.kind === 'label') && next?.kind !== 'name' && next?.kind !== 'label') out.push(notesColumn(col, prepared.bodyRows));
  });
  // The last amount column of code tables hidden by the user (only copy): still read.
  if (CODE_TABLES.has(prepared.table.id) && prepared.table.id !== 'T06') {
    const last = out.map((c, i) => ({ c, i })).filter(({ c }) => c.kind === 'value' && !c.hidden).pop();
    if (last) out[last.i] = { ...last.c, hidden: true };
  }
  // A lookup helper after the table: a hidden copy of its first column (codes or labels), caption and all.
  out.push({ ...out[0], hidden: true, side: out[out.length - 1].side, cells: [...out[0].cells], path: [...out[0].path] });
  prepared.columns = out;
}

function padPaths(prepared: PreparedTable, depth?: 1 | 3): void {
  const cols = prepared.columns;
  const defined = (c: LColumn) => c.path.filter((x): x is LCell => x !== undefined);
  if (depth === 1) {
    for (const c of cols) c.path = [defined(c)[defined(c).length - 1] ?? EMPTY];
    return;
  }
  const max = Math.max(...cols.map((c) => c.path.length));
  for (const c of cols) while (c.path.length < max) c.path.push(c.path[c.path.length - 1] ?? EMPTY);
  if (depth === 3 && max < 3) {
    const group = caption('本年决算数');
    const codeTable = CODE_TABLES.has(prepared.table.id) && prepared.table.id !== 'T06';
    for (const c of cols) c.path = [codeTable && c.kind === 'value' ? group : c.path[0], ...c.path];
  }
}

function moveTotalLast(prepared: PreparedTable): void {
  if (!CODE_TABLES.has(prepared.table.id) || prepared.table.id === 'T06') return;
  const totalRow = [...Array(prepared.bodyRows).keys()].find((r) => prepared.columns.some((c) => /^(合计|总计)$/.test(c.cells[r].s)));
  if (totalRow === undefined) return;
  const order = [...Array(prepared.bodyRows).keys()].filter((r) => r !== totalRow);
  order.push(totalRow);
  for (const c of prepared.columns) c.cells = order.map((r) => c.cells[r]);
}

export function prepare(table: LTable, options: LayoutOptions): PreparedTable {
  let columns: LColumn[];
  let bodyRows: number;
  if (table.t06) ({ columns, rows: bodyRows } = t06Columns(table, options.t06Halves === true));
  else {
    columns = table.columns.map((c) => ({ ...c, path: [...c.path], cells: [...c.cells] }));
    bodyRows = columns[0].cells.length;
  }
  if (table.id === 'TGF' && options.tgfHalves) columns = tgfHalves(columns);
  const prepared: PreparedTable = { table, columns, hasNumberRow: table.hasNumberRow, bodyRows, sectionRows: table.sectionRows ?? new Set(), dropped: [], amountsAsText: options.amountsAsText ?? table.amountsAsText, ...renderOptions(options) };
  if (options.noNumbers) dropNumbers(prepared);
  if (options.totalLast) moveTotalLast(prepared);
  if (options.reorderAmounts) reorderAmounts(prepared);
  if (options.splitCodes) splitCodes(prepared, options.splitCodes);
  else if (options.codeWithName) codeWithName(prepared);
  if (options.blankColumns) insertBlankColumns(prepared);
  if (options.hiddenHelpers) insertHiddenHelpers(prepared);
  padPaths(prepared, options.headerDepth);
  return prepared;
}

import { fromA1, rangeToA1, toA1 } from '../engine/model/address';
import type { CellNote, MarkPlan } from '../engine/plan/mark-plan';
import { NOTE_PREFIX } from '../engine/plan/colors';
import { addressChunks, cellsOf } from './address-chunks';
import type { ExcelFeatures } from './features';
import { runBatch } from './run-batch';
import { qualifiedAddress } from './sheet-ref';
import { loadStateParts, queueWriteState } from './state-part';
import { stateFromXml, type SavedFill, type SavedNote, type StoredState } from './stored-state';

export class ProtectedSheetError extends Error {
  constructor(readonly sheet: string) {
    super(`工作表“${sheet}”受保护，无法标记单元格。请在“审阅”选项卡中撤消该工作表的保护后重试。`);
    this.name = 'ProtectedSheetError';
  }
}

/** What the read just before already knows: the saved state and the protected sheets. */
export interface KnownState {
  state: StoredState;
  protectedSheets: readonly string[];
}

export interface MarkResult {
  state: StoredState;
  /** Cells that already carry the user's own note: our note is left out (the list shows it). */
  skippedNotes: CellNote[];
  syncs: number;
}

const key = (sheet: string, cell: string) => `${sheet}\u0000${cell}`;

/** Queues restoring saved fills, grouped by colour so each colour is one write per sheet. */
export function queueRestoreFills(context: Excel.RequestContext, fills: readonly SavedFill[], features: ExcelFeatures): void {
  const groups = new Map<string, { sheet: string; color: string | null; cells: string[] }>();
  for (const f of fills) {
    const color = f.pattern === 'None' || !f.color ? null : f.color;
    const k = `${f.sheet}\u0000${color ?? ''}`;
    const g = groups.get(k) ?? { sheet: f.sheet, color, cells: [] };
    g.cells.push(f.cell);
    groups.set(k, g);
  }
  for (const g of groups.values()) {
    const ws = context.workbook.worksheets.getItem(g.sheet);
    const rects = g.cells.map((c) => {
      const p = fromA1(c);
      return { top: p.row, bottom: p.row, left: p.col, right: p.col };
    });
    const targets = features.rangeAreas ? addressChunks(rects).map((a) => ws.getRanges(a)) : rects.map((r) => ws.getRange(rangeToA1(r)));
    for (const t of targets) {
      if (g.color) t.format.fill.color = g.color;
      else t.format.fill.clear();
    }
  }
}

/**
 * Fills the flagged cells and writes the notes, whatever the number of cells or sheets, in two
 * syncs when the saved state and the protected sheets are `known` from the read just before
 * (an audit): (1) original fills, the notes on the target cells and our earlier notes, (2) all
 * writes. Without it, first (1) sheet protection and the saved state, then (2) the reads, (3) our
 * earlier notes (only on a re-audit) and (4) the writes. Clients with comments but no notes
 * need one more sync. Original fills are saved in the workbook in the same batch that changes
 * them.
 */
export async function applyMarks(plan: MarkPlan, features: ExcelFeatures, known?: KnownState): Promise<MarkResult> {
  return runBatch(features, async (context) => {
    let syncs = 0;
    const parts = loadStateParts(context);
    const sheetNames = [...new Set([...plan.highlights.map((h) => h.sheet), ...plan.notes.map((n) => n.sheet)])];
    const knownLocked = known && sheetNames.find((name) => known.protectedSheets.includes(name));
    if (knownLocked) throw new ProtectedSheetError(knownLocked);
    const protections = known
      ? []
      : sheetNames.map((name) => {
          const p = context.workbook.worksheets.getItem(name).protection;
          p.load('protected');
          return { name, p };
        });
    const comments = loadCommentsIfUsed(context, features);
    // Without a known state its part must be found first; comments must be loaded to be located.
    if (!known || comments) {
      await context.sync();
      syncs++;
    }
    const locked = protections.find((x) => x.p.protected);
    if (locked) throw new ProtectedSheetError(locked.name);
    // (2) the saved state, the original fills and the notes already on the target cells.
    const xml = known ? undefined : parts.items[0]?.getXml();
    // With a known state, our earlier notes are looked up in this same batch.
    const earlyOldNotes = known ? known.state.notes.map((n) => ({ n, item: existing(context, n, comments) })) : undefined;
    const reads: { sheet: string; top: number; left: number; props?: OfficeExtension.ClientResult<Excel.CellProperties[][]>; range?: Excel.Range }[] = [];
    for (const h of plan.highlights) {
      const ws = context.workbook.worksheets.getItem(h.sheet);
      for (const rect of h.rects) {
        if (features.rangeAreas) {
          reads.push({ sheet: h.sheet, top: rect.top, left: rect.left, props: ws.getRange(rangeToA1(rect)).getCellProperties({ format: { fill: { color: true, pattern: true } } }) });
        } else {
          for (const c of cellsOf(rect)) {
            const range = ws.getRange(toA1(c));
            range.load('format/fill/color');
            reads.push({ sheet: h.sheet, top: c.row, left: c.col, range });
          }
        }
      }
    }
    const noteKind: SavedNote['kind'] | undefined = features.notes ? 'note' : features.comments ? 'comment' : undefined;
    const newNotes = noteKind === 'note' ? plan.notes.map((n) => ({ n, item: context.workbook.notes.getItemOrNullObject(qualifiedAddress(n.sheet, n.cell)) })) : [];
    newNotes.forEach((x) => x.item.load('content'));
    const commentCells = comments?.items.map((c) => {
      const loc = c.getLocation();
      loc.load('address');
      return loc;
    });
    await context.sync();
    syncs++;
    const previous = known ? known.state : stateFromXml(xml?.value);
    const saved = new Map(previous.fills.map((f) => [key(f.sheet, f.cell), f]));
    // (3) our earlier notes, if any: the user may have deleted or rewritten them since.
    const oldNotes = earlyOldNotes ?? previous.notes.map((n) => ({ n, item: existing(context, n, comments) }));
    if (!earlyOldNotes && oldNotes.length > 0) {
      await context.sync();
      syncs++;
    }

    // (3) all writes, in one batch.
    const fills: SavedFill[] = [...previous.fills];
    for (const r of reads) {
      if (r.props) {
        r.props.value.forEach((row, i) =>
          row.forEach((p, j) => {
            const cell = toA1({ row: r.top + i, col: r.left + j });
            if (!saved.has(key(r.sheet, cell))) fills.push({ sheet: r.sheet, cell, color: p.format?.fill?.color ?? null, pattern: p.format?.fill?.pattern });
          }),
        );
      } else if (r.range) {
        const cell = toA1({ row: r.top, col: r.left });
        const color = r.range.format.fill.color;
        // Before ExcelApi 1.9 the pattern is unknown: white is taken for “no fill”.
        if (!saved.has(key(r.sheet, cell))) fills.push({ sheet: r.sheet, cell, color, pattern: !color || color === '#FFFFFF' ? 'None' : undefined });
      }
    }
    const marked = new Set(plan.highlights.flatMap((h) => h.rects.flatMap((rect) => cellsOf(rect).map((c) => key(h.sheet, toA1(c))))));
    const stale = fills.filter((f) => !marked.has(key(f.sheet, f.cell)));
    queueRestoreFills(context, stale, features);
    for (const h of plan.highlights) {
      const ws = context.workbook.worksheets.getItem(h.sheet);
      const targets = features.rangeAreas ? addressChunks(h.rects).map((a) => ws.getRanges(a)) : h.rects.map((r) => ws.getRange(rangeToA1(r)));
      for (const t of targets) t.format.fill.color = h.color;
    }
    for (const { item } of oldNotes) if (item && !item.isNullObject && String(item.content).startsWith(NOTE_PREFIX)) item.delete();
    const ours = new Set(previous.notes.map((n) => key(n.sheet, n.cell)));
    const taken = new Set<string>();
    newNotes.forEach(({ n, item }) => {
      if (!item.isNullObject && !ours.has(key(n.sheet, n.cell))) taken.add(key(n.sheet, n.cell));
    });
    commentCells?.forEach((loc) => {
      const [sheet, cell] = splitAddress(loc.address);
      if (!ours.has(key(sheet, cell))) taken.add(key(sheet, cell));
    });
    const skippedNotes: CellNote[] = [];
    const notes: SavedNote[] = [];
    const addedComments: { n: CellNote; comment: Excel.Comment }[] = [];
    for (const n of plan.notes) {
      if (!noteKind || taken.has(key(n.sheet, n.cell))) {
        skippedNotes.push(n);
        continue;
      }
      const address = qualifiedAddress(n.sheet, n.cell);
      if (noteKind === 'note') {
        context.workbook.notes.add(address, n.text);
        notes.push({ sheet: n.sheet, cell: n.cell, kind: 'note' });
      } else {
        const comment = context.workbook.comments.add(address, n.text);
        comment.load('id');
        addedComments.push({ n, comment });
      }
    }
    const state: StoredState = { ...previous, fills: fills.filter((f) => marked.has(key(f.sheet, f.cell))), notes };
    if (addedComments.length === 0) {
      queueWriteState(context, parts, state);
      await context.sync();
      syncs++;
    } else {
      // Comment ids exist only after the sync that creates them; the state is written in the
      // same Excel.run right after (a fourth sync only on clients without notes).
      await context.sync();
      syncs++;
      for (const { n, comment } of addedComments) notes.push({ sheet: n.sheet, cell: n.cell, kind: 'comment', id: comment.id });
      queueWriteState(context, parts, state);
      await context.sync();
      syncs++;
    }
    return { state, skippedNotes, syncs };
  });
}

/**
 * On clients with comments but no notes (ExcelApi 1.10–1.17) our comments are found by id among
 * the loaded comments: getItemOrNullObject for comments needs 1.14.
 */
export function loadCommentsIfUsed(context: Excel.RequestContext, features: ExcelFeatures): Excel.CommentCollection | undefined {
  if (features.notes || !features.comments) return undefined;
  const comments = context.workbook.comments;
  comments.load('items/id,items/content');
  return comments;
}

/** Queues a lookup of one saved note, or finds a saved comment: the user may have deleted either. */
export function existing(context: Excel.RequestContext, n: SavedNote, comments: Excel.CommentCollection | undefined): Excel.Note | Excel.Comment | undefined {
  if (n.kind === 'comment') return comments?.items.find((c) => c.id === n.id);
  const note = context.workbook.notes.getItemOrNullObject(qualifiedAddress(n.sheet, n.cell));
  note.load('content');
  return note;
}

function splitAddress(address: string): [string, string] {
  const i = address.lastIndexOf('!');
  const sheet = address.slice(0, i).replace(/^'|'$/g, '').replace(/''/g, "'");
  return [sheet, address.slice(i + 1).replace(/\$/g, '').split(':')[0]];
}

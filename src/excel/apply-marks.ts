import { fromA1, rangeToA1, toA1 } from '../engine/model/address';
import type { CellNote, MarkPlan } from '../engine/plan/mark-plan';
import { isOnlyOurNote, NOTE_PREFIX } from '../engine/plan/colors';
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

/**
 * What is already known before marking: the saved state (read just before by an audit, or just
 * written by saving settings) and, after a read, the protected sheets.
 */
export interface KnownState {
  state: StoredState;
  /** Undefined when not read just before: sheet protection is then loaded with the other reads. */
  protectedSheets?: readonly string[];
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

type Deletable = Excel.Note | Excel.Comment;

interface FillRead {
  sheet: string;
  top: number;
  left: number;
  props?: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  range?: Excel.Range;
}

/**
 * Fills the flagged cells and writes the notes in two syncs, whatever the number of cells or
 * sheets: (1) every read in one batch — the saved state (unless `known`), sheet protection
 * (unless known from the read just before), the original fills and the notes on the target
 * cells, and our earlier notes; (2) every write, with the saved state, in one batch. Without a
 * known state our earlier notes are found as the notes holding only our text (their cells are in
 * the state not yet read); only if some sheet is protected and such notes lie outside the target
 * cells are they looked up by the saved cells instead (one more sync, so a protected sheet is
 * never written to). Clients with comments but no notes need up to two more syncs (comment
 * locations; comment ids after creating them).
 */
export async function applyMarks(plan: MarkPlan, features: ExcelFeatures, known?: KnownState): Promise<MarkResult> {
  return runBatch(features, async (context) => {
    let syncs = 0;
    const sheetNames = [...new Set([...plan.highlights.map((h) => h.sheet), ...plan.notes.map((n) => n.sheet)])];
    const knownLocked = known?.protectedSheets && sheetNames.find((name) => known.protectedSheets!.includes(name));
    if (knownLocked) throw new ProtectedSheetError(knownLocked);

    // (1) all reads in one batch.
    const parts = loadStateParts(context);
    const xml = known ? undefined : parts.getOnlyItemOrNullObject().getXml();
    const sheets = known?.protectedSheets ? undefined : context.workbook.worksheets.load('items/name,items/protection/protected');
    const comments = loadCommentsIfUsed(context, features);
    const reads = queueFillReads(context, plan, features);
    const noteKind: SavedNote['kind'] | undefined = features.notes ? 'note' : features.comments ? 'comment' : undefined;
    const targetNotes = noteKind === 'note' ? plan.notes.map((n) => ({ n, item: context.workbook.notes.getItemOrNullObject(qualifiedAddress(n.sheet, n.cell)).load('content') })) : [];
    const knownOld = known && noteKind === 'note' ? known.state.notes.filter((n) => n.kind === 'note').map((n) => ({ n, item: existing(context, n, undefined) })) : undefined;
    const allNotes = !known && noteKind === 'note' ? context.workbook.notes.load('items/content') : undefined;
    await context.sync();
    syncs++;

    let previous = known?.state;
    if (!previous && xml?.value == null && parts.items.length > 1) {
      // Several parts of our namespace (never written by the add-in): the first is read, as before.
      const first = parts.items[0].getXml();
      await context.sync();
      syncs++;
      previous = stateFromXml(first.value);
    }
    previous ??= stateFromXml(xml?.value ?? undefined);
    const protectedSheets = known?.protectedSheets ?? sheets!.items.filter((ws) => ws.protection.protected).map((ws) => ws.name);
    const locked = sheetNames.find((name) => protectedSheets.includes(name));
    if (locked) throw new ProtectedSheetError(locked);
    // Comments are located only once their items are known (clients without notes).
    const commentCells =
      comments && comments.items.length > 0
        ? comments.items.map((c) => {
            const loc = c.getLocation();
            loc.load('address');
            return loc;
          })
        : undefined;
    if (commentCells) {
      await context.sync();
      syncs++;
    }

    // Our earlier notes and comments go (the user may have deleted or rewritten them since).
    const deletions: Deletable[] = [];
    /** Target cells whose note is deleted in this batch, so ours can be written there. */
    const freed = new Set<string>();
    for (const n of previous.notes.filter((x) => x.kind === 'comment')) {
      const c = existing(context, n, comments);
      if (c && String(c.content).startsWith(NOTE_PREFIX)) {
        deletions.push(c);
        freed.add(key(n.sheet, n.cell));
      }
    }
    let oldNotes = knownOld;
    if (allNotes) {
      const onlyOurs = allNotes.items.filter((x) => isOnlyOurNote(String(x.content)));
      const oursOnTargets = targetNotes.filter(({ item }) => !item.isNullObject && isOnlyOurNote(String(item.content)));
      if (protectedSheets.length === 0 || onlyOurs.length === oursOnTargets.length) {
        deletions.push(...onlyOurs);
        for (const { n } of oursOnTargets) freed.add(key(n.sheet, n.cell));
      } else {
        oldNotes = previous.notes.filter((n) => n.kind === 'note' && !protectedSheets.includes(n.sheet)).map((n) => ({ n, item: existing(context, n, undefined) }));
        await context.sync();
        syncs++;
      }
    }
    for (const { n, item } of oldNotes ?? []) {
      if (item && !item.isNullObject && String(item.content).startsWith(NOTE_PREFIX)) {
        deletions.push(item);
        freed.add(key(n.sheet, n.cell));
      }
    }
    const taken = new Set<string>();
    for (const { n, item } of targetNotes) {
      const k = key(n.sheet, n.cell);
      if (item.isNullObject || freed.has(k)) continue;
      // A note of ours the saved state does not list (an annotated copy from the CLI): replaced.
      if (isOnlyOurNote(String(item.content))) {
        deletions.push(item);
        freed.add(k);
      } else taken.add(k);
    }
    commentCells?.forEach((loc) => {
      const [sheet, cell] = splitAddress(loc.address);
      if (!freed.has(key(sheet, cell))) taken.add(key(sheet, cell));
    });

    // (2) all writes, in one batch.
    const fills = originalFills(reads, previous.fills);
    const marked = new Set(plan.highlights.flatMap((h) => h.rects.flatMap((rect) => cellsOf(rect).map((c) => key(h.sheet, toA1(c))))));
    queueRestoreFills(context, fills.filter((f) => !marked.has(key(f.sheet, f.cell))), features);
    for (const h of plan.highlights) {
      const ws = context.workbook.worksheets.getItem(h.sheet);
      const targets = features.rangeAreas ? addressChunks(h.rects).map((a) => ws.getRanges(a)) : h.rects.map((r) => ws.getRange(rangeToA1(r)));
      for (const t of targets) t.format.fill.color = h.color;
    }
    for (const d of deletions) d.delete();
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
    if (addedComments.length > 0) {
      // Comment ids exist only after the sync that creates them; the state follows in this run.
      await context.sync();
      syncs++;
      for (const { n, comment } of addedComments) notes.push({ sheet: n.sheet, cell: n.cell, kind: 'comment', id: comment.id });
    }
    queueWriteState(context, parts, state);
    await context.sync();
    syncs++;
    return { state, skippedNotes, syncs };
  });
}

/** Queues reading the fill of every target cell (one getCellProperties per rectangle from 1.9). */
function queueFillReads(context: Excel.RequestContext, plan: MarkPlan, features: ExcelFeatures): FillRead[] {
  const reads: FillRead[] = [];
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
  return reads;
}

/** The saved fills plus the fill each newly marked cell has now (cells already saved keep theirs). */
function originalFills(reads: readonly FillRead[], saved: readonly SavedFill[]): SavedFill[] {
  const known = new Set(saved.map((f) => key(f.sheet, f.cell)));
  const fills = [...saved];
  for (const r of reads) {
    if (r.props) {
      r.props.value.forEach((row, i) =>
        row.forEach((p, j) => {
          const cell = toA1({ row: r.top + i, col: r.left + j });
          if (!known.has(key(r.sheet, cell))) fills.push({ sheet: r.sheet, cell, color: p.format?.fill?.color ?? null, pattern: p.format?.fill?.pattern });
        }),
      );
    } else if (r.range) {
      const cell = toA1({ row: r.top, col: r.left });
      const color = r.range.format.fill.color;
      // Before ExcelApi 1.9 the pattern is unknown: white is taken for “no fill”.
      if (!known.has(key(r.sheet, cell))) fills.push({ sheet: r.sheet, cell, color, pattern: !color || color === '#FFFFFF' ? 'None' : undefined });
    }
  }
  return fills;
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

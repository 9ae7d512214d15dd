import { columnLetters } from '../../engine/model/address';
import type { CellWrite, ChangePlan } from '../../engine/plan/change-plan';
import { fillOp, restoreOp, writeOp } from './cell-ops';
import { SheetNotes } from './comments';
import { emptySheetXml } from './new-sheet';
import { OpcPackage } from './opc-package';
import { addOverride, addRelationship, relatedParts, relType } from './relationships';
import { SheetCells } from './sheet-cells';
import { MINIMAL_STYLES, StyleBook } from './styles';
import { readCopyState, writeCopyState, type CopyState, type MarkedFill } from './tool-state';
import { WorkbookPart, type SheetEntry } from './workbook-part';
import { PackageError } from './zip';

export { PackageError } from './zip';

interface SheetContext {
  entry: SheetEntry & { part: string };
  cells: SheetCells;
  notes: SheetNotes;
  /** A sheet the tool added (its marks are not remembered: the whole sheet is the tool's). */
  tools: boolean;
}

const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

/** The styles part, created minimal when the workbook has none (some generators omit it). */
function styleBook(pkg: OpcPackage, workbook: WorkbookPart): { part: string; book: StyleBook } {
  const existing = relatedParts(pkg, workbook.part, 'styles')[0];
  if (existing && pkg.has(existing.part)) return { part: existing.part, book: new StyleBook(pkg.text(existing.part) ?? MINIMAL_STYLES) };
  const part = 'xl/styles.xml';
  pkg.setText(part, MINIMAL_STYLES);
  addRelationship(pkg, workbook.part, relType(workbook.strict, 'styles'), part);
  addOverride(pkg, part, STYLES_TYPE);
  return { part, book: new StyleBook(MINIMAL_STYLES) };
}

function vmlBlocks(pkg: OpcPackage): () => number {
  let next = 1;
  for (const name of pkg.names()) {
    if (!/\.vml$/i.test(name)) continue;
    for (const m of (pkg.text(name) ?? '').matchAll(/<o:idmap\b[^>]*data="([\d,]+)"/g)) for (const n of m[1].split(',')) next = Math.max(next, Number(n) + 1);
  }
  return () => next++;
}

/**
 * Applies a ChangePlan to a copy of the original package: only the changed cells, the styles
 * (formats appended), the notes and the sheets the tool adds differ; every other part keeps its
 * exact bytes. Marks replace the marks of an earlier run (their fills are restored first, our
 * note text is taken off the user's notes); a new sheet with the name of a sheet the tool added
 * earlier replaces it. Never changes `original`. Throws PackageError (Chinese) when it cannot.
 */
export function applyChangePlan(original: Uint8Array, plan: ChangePlan): Uint8Array {
  const pkg = new OpcPackage(original);
  const workbook = new WorkbookPart(pkg);
  const state: CopyState = readCopyState(pkg, workbook);
  const styles = styleBook(pkg, workbook);
  const nextVmlBlock = vmlBlocks(pkg);
  const contexts = new Map<string, SheetContext>();
  const toolSheets = new Set(state.sheets.filter((name) => workbook.sheet(name)));

  const context = (name: string, required: boolean): SheetContext | undefined => {
    const entry = workbook.sheet(name);
    if (!entry || !entry.part || !entry.worksheet) {
      if (required) throw new PackageError(`工作簿中没有名为“${name}”的工作表，无法写入`);
      return undefined;
    }
    let ctx = contexts.get(entry.name);
    if (!ctx) {
      const cells = new SheetCells(pkg.text(entry.part) ?? '');
      ctx = { entry: entry as SheetEntry & { part: string }, cells, notes: new SheetNotes(pkg, entry.part, cells, workbook.strict, nextVmlBlock), tools: toolSheets.has(entry.name) };
      contexts.set(entry.name, ctx);
    }
    return ctx;
  };

  // New sheets first, so writes and marks can address them. A sheet the tool added before is replaced.
  for (const sheet of plan.newSheets ?? []) {
    const existing = workbook.sheet(sheet.name);
    if (existing && !toolSheets.has(existing.name)) throw new PackageError(`工作簿中已有名为“${sheet.name}”的工作表，决算助手不会覆盖它`);
    const xml = emptySheetXml(sheet, workbook.strict);
    if (existing?.part) {
      pkg.setText(existing.part, xml);
      contexts.delete(existing.name);
    } else workbook.addSheet(sheet.name, xml);
    if (sheet.userDocument) continue;
    toolSheets.add(sheet.name);
    const ctx = context(sheet.name, true);
    if (ctx) ctx.tools = true;
  }

  const marked: MarkedFill[] = [];
  if (plan.marks) {
    // Earlier marks go first: fills back to what they were, our text off every note.
    for (const f of state.fills) {
      const ctx = context(f.sheet, false);
      if (ctx && !ctx.tools) ctx.cells.edit(f.cell, restoreOp(ctx.cells.p, f.original, f.marked));
    }
    for (const entry of workbook.sheets) {
      const ctx = entry.worksheet && entry.part && !toolSheets.has(entry.name) ? context(entry.name, false) : undefined;
      if (ctx) for (const cell of ctx.notes.toolNoteCells()) ctx.notes.removeToolNote(cell);
    }
  }

  const writes: CellWrite[] = [...(plan.newSheets ?? []).flatMap((s) => s.cells.map((c) => ({ ...c, sheet: s.name }))), ...(plan.writes ?? [])];
  for (const write of writes) {
    const ctx = context(write.sheet, true) as SheetContext;
    ctx.cells.edit(ctx.cells.master(write.cell), writeOp(styles.book, ctx.cells.p, write), true);
  }

  for (const h of plan.marks?.highlights ?? []) {
    const ctx = context(h.sheet, false);
    if (!ctx) continue;
    const done = new Set<string>();
    for (const rect of h.rects) {
      for (let row = rect.top; row <= rect.bottom; row++) {
        for (let col = rect.left; col <= rect.right; col++) {
          const cell = ctx.cells.master(`${columnLetters(col)}${row + 1}`);
          if (done.has(cell)) continue;
          done.add(cell);
          const remember = ctx.tools ? undefined : (before: number | null, now: number) => marked.push({ sheet: ctx.entry.name, cell, original: before, marked: now });
          ctx.cells.edit(cell, fillOp(styles.book, ctx.cells.p, h.color, remember));
        }
      }
    }
  }
  for (const n of plan.marks?.notes ?? []) {
    const ctx = context(n.sheet, false);
    if (ctx) ctx.notes.setToolNote(ctx.cells.master(n.cell), n.text);
  }

  for (const ctx of contexts.values()) {
    ctx.notes.flush();
    const xml = ctx.cells.toXml();
    if (xml !== pkg.text(ctx.entry.part)) pkg.setText(ctx.entry.part, xml);
  }
  const stylesXml = styles.book.toXml();
  if (stylesXml !== pkg.text(styles.part)) pkg.setText(styles.part, stylesXml);

  if (plan.marks || (plan.newSheets?.length ?? 0) > 0 || state.sheets.length > 0) {
    const fills = plan.marks ? marked : state.fills;
    writeCopyState(pkg, workbook, { version: 1, sheets: [...toolSheets], fills });
  }
  return pkg.toBytes();
}

/** The sheets of a workbook in tab order, and those of them the tool added in an earlier run. */
export interface WorkbookSheets {
  sheets: string[];
  toolSheets: string[];
}

/** Reads only the workbook part, its relationships and the tool's state part. */
export function workbookSheets(bytes: Uint8Array): WorkbookSheets {
  const pkg = new OpcPackage(bytes);
  const workbook = new WorkbookPart(pkg);
  const sheets = workbook.sheets.map((s) => s.name);
  return { sheets, toolSheets: readCopyState(pkg, workbook).sheets.filter((name) => sheets.includes(name)) };
}

/** The sheets the tool added earlier; none when the file is not a package we can read (the reader reports that). */
export function toolSheetNames(bytes: Uint8Array): string[] {
  try {
    return workbookSheets(bytes).toolSheets;
  } catch {
    return [];
  }
}

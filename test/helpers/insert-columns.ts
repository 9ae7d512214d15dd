import type { CellSnapshot, SheetSnapshot } from '../../src/engine/model/snapshot';

/** A column to insert into a sheet, as a user inserts one in Excel (helpers, notes, copies). */
export interface InsertedColumn {
  /** The original column the new one is inserted before (several at one place keep their order). */
  before: number;
  /** The new column's cell in each row (the original row's cells given); null leaves it empty. */
  cell: (row: number, cells: readonly (CellSnapshot | null | undefined)[]) => CellSnapshot | null;
  hidden?: boolean;
}

export interface WithColumns {
  sheet: SheetSnapshot;
  /** The original column of a column of the new sheet; undefined for an inserted one. */
  originalCol: (col: number) => number | undefined;
  /** The inserted columns, in the new sheet's numbering, in the order given. */
  inserted: number[];
}

/**
 * Inserts columns into a copy of `source` the way Excel does: later columns, merged areas and
 * hidden columns shift right; a merged area the new column falls inside grows over it, and the
 * new column's cell there stays empty (Excel keeps a merged value only in the top-left cell).
 */
export function insertColumns(source: SheetSnapshot, columns: readonly InsertedColumn[]): WithColumns {
  const order = columns.map((c, i) => ({ c, i })).sort((a, b) => a.c.before - b.c.before || a.i - b.i);
  const shift = (col: number) => col + order.filter(({ c }) => c.before <= col).length;
  // The new sheet's numbering: original columns shifted, each inserted one just before its `before`.
  const inserted: number[] = Array(columns.length);
  order.forEach(({ c, i }) => (inserted[i] = c.before + order.filter((o) => o.c.before < c.before || (o.c.before === c.before && o.i < i)).length));
  const insertedSet = new Set(inserted);
  const originals = new Map<number, number>();
  const merges = source.merges.map((m) => ({ ...m, left: shift(m.left), right: shift(m.right) }));
  const covered = (row: number, col: number) => merges.some((m) => m.top <= row && row <= m.bottom && m.left <= col && col <= m.right && (m.top !== row || m.left !== col));
  const width = Math.max(0, ...source.cells.map((r) => r?.length ?? 0), ...columns.map((c) => c.before));
  for (let c = 0; c < width; c++) originals.set(shift(c), c);
  const cells = source.cells.map((row, r) => {
    const line: (CellSnapshot | null)[] = [];
    const from = row ?? [];
    for (let c = 0; c < shift(width); c++) {
      const original = originals.get(c);
      if (original !== undefined) {
        line.push(from[original] ?? null);
        continue;
      }
      const k = inserted.indexOf(c);
      line.push(insertedSet.has(c) && !covered(r, c) ? columns[k].cell(r, from) : null);
    }
    // As long as the original row (shifted), or up to its last inserted cell.
    const length = from.length === 0 ? 0 : shift(from.length - 1) + 1;
    while (line.length > length && line[line.length - 1] === null) line.pop();
    return line;
  });
  const hidden = [...(source.hiddenColumns ?? []).map(shift), ...inserted.filter((_, k) => columns[k].hidden)].sort((a, b) => a - b);
  const sheet: SheetSnapshot = { ...structuredClone(source), cells: structuredClone(cells), merges };
  if (hidden.length > 0) sheet.hiddenColumns = hidden;
  return { sheet, originalCol: (col) => originals.get(col), inserted };
}

/** A number cell holding a formula, shown with two decimals. */
export function formulaCell(value: number, formula: string): CellSnapshot {
  return { value, text: value.toFixed(2), formula };
}

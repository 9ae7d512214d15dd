import type { Finding, Severity } from '../finding';
import { fromA1 } from '../model/address';
import type { RangeRect } from '../model/snapshot';
import { EXPLAINED_FILL, SEVERITY_FILL } from './colors';
import { findingKey } from './finding-key';
import { findingNote } from './finding-note';
import { toRectangles } from './rectangles';
import { SEVERITY_RANK } from './severity';

/** Cells of one sheet to fill with one colour, as few rectangles. */
export interface HighlightGroup {
  sheet: string;
  color: string;
  rects: RangeRect[];
}

export interface CellNote {
  sheet: string;
  /** A1 of one cell: notes are single-cell in Excel. */
  cell: string;
  text: string;
}

/** What the add-in (or the CLI's annotated copy) writes on the cells themselves. */
export interface MarkPlan {
  highlights: HighlightGroup[];
  notes: CellNote[];
}

/** Explanations (出错说明) the accountant gave, by findingKey. */
export type Explanations = Record<string, string>;

interface CellMarks {
  sheet: string;
  cell: string;
  findings: Finding[];
}

/**
 * Findings → fills and notes. A cell with several findings gets the worst colour and one note
 * listing them all; a cell whose every finding is explained turns green.
 */
export function planMarks(findings: readonly Finding[], explanations: Explanations = {}): MarkPlan {
  const byCell = new Map<string, CellMarks>();
  for (const f of findings) {
    for (const loc of f.locations) {
      const key = `${loc.sheet}\u0000${loc.cell}`;
      const marks = byCell.get(key) ?? { sheet: loc.sheet, cell: loc.cell, findings: [] };
      if (!marks.findings.includes(f)) marks.findings.push(f);
      byCell.set(key, marks);
    }
  }
  const groups = new Map<string, { sheet: string; color: string; cells: { row: number; col: number }[] }>();
  const notes: CellNote[] = [];
  for (const marks of byCell.values()) {
    const open = marks.findings.filter((f) => !explanations[findingKey(f)]);
    const worst: Severity | undefined = open.reduce<Severity | undefined>((w, f) => (!w || SEVERITY_RANK[f.severity] > SEVERITY_RANK[w] ? f.severity : w), undefined);
    const color = worst ? SEVERITY_FILL[worst] : EXPLAINED_FILL;
    const key = `${marks.sheet}\u0000${color}`;
    const group = groups.get(key) ?? { sheet: marks.sheet, color, cells: [] };
    group.cells.push(fromA1(marks.cell));
    groups.set(key, group);
    notes.push({ sheet: marks.sheet, cell: marks.cell, text: findingNote(marks.findings, explanations) });
  }
  const highlights = [...groups.values()].map((g) => ({ sheet: g.sheet, color: g.color, rects: toRectangles(g.cells) }));
  return { highlights, notes };
}

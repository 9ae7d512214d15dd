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

/**
 * The two per-finding computations, replaceable so a test can count how often planning calls
 * them (the cost of planning is what they do, times how often).
 */
export interface MarkOps {
  key: (finding: Finding) => string;
  note: (findings: readonly Finding[], explanations: Explanations) => string;
}

const OPS: MarkOps = { key: findingKey, note: findingNote };

interface CellMarks {
  sheet: string;
  cell: string;
  /** Indexes into the findings, ascending and without repeats. */
  findings: number[];
}

/**
 * Findings → fills and notes. A cell with several findings gets the worst colour and one note
 * listing them all; a cell whose every finding is explained turns green.
 *
 * Linear in the findings' cells: each finding's key and explanation are looked up once, and the
 * note is written once per distinct set of findings (the cells of one sum share it), so a
 * finding over 10,000 cells costs 10,000 map entries, not 10,000 keys of 10,000 cells each.
 */
export function planMarks(findings: readonly Finding[], explanations: Explanations = {}, ops: MarkOps = OPS): MarkPlan {
  const byCell = new Map<string, CellMarks>();
  findings.forEach((f, index) => {
    for (const loc of f.locations) {
      const key = `${loc.sheet}\u0000${loc.cell}`;
      let marks = byCell.get(key);
      if (!marks) {
        marks = { sheet: loc.sheet, cell: loc.cell, findings: [] };
        byCell.set(key, marks);
      }
      // Findings are visited in order, so a repeat of this finding can only be the last entry.
      if (marks.findings[marks.findings.length - 1] !== index) marks.findings.push(index);
    }
  });
  const hasExplanations = Object.keys(explanations).length > 0;
  const open = findings.map((f) => !hasExplanations || !explanations[ops.key(f)]);
  const notesBySet = new Map<string, string>();
  const groups = new Map<string, { sheet: string; color: string; cells: { row: number; col: number }[] }>();
  const notes: CellNote[] = [];
  for (const marks of byCell.values()) {
    let worst: Severity | undefined;
    for (const i of marks.findings) {
      const severity = findings[i].severity;
      if (open[i] && (!worst || SEVERITY_RANK[severity] > SEVERITY_RANK[worst])) worst = severity;
    }
    const color = worst ? SEVERITY_FILL[worst] : EXPLAINED_FILL;
    const groupKey = `${marks.sheet}\u0000${color}`;
    let group = groups.get(groupKey);
    if (!group) {
      group = { sheet: marks.sheet, color, cells: [] };
      groups.set(groupKey, group);
    }
    group.cells.push(fromA1(marks.cell));
    const setKey = marks.findings.length === 1 ? String(marks.findings[0]) : marks.findings.join(',');
    let text = notesBySet.get(setKey);
    if (text === undefined) {
      text = ops.note(
        marks.findings.map((i) => findings[i]),
        explanations,
      );
      notesBySet.set(setKey, text);
    }
    notes.push({ sheet: marks.sheet, cell: marks.cell, text });
  }
  const highlights = [...groups.values()].map((g) => ({ sheet: g.sheet, color: g.color, rects: toRectangles(g.cells) }));
  return { highlights, notes };
}

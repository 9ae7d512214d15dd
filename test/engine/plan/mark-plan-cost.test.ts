import type { Finding, Severity } from '../../../src/engine/finding';
import { columnLetters, fromA1 } from '../../../src/engine/model/address';
import { EXPLAINED_FILL, SEVERITY_FILL } from '../../../src/engine/plan/colors';
import { findingKey } from '../../../src/engine/plan/finding-key';
import { findingNote } from '../../../src/engine/plan/finding-note';
import { planMarks, type Explanations, type MarkOps, type MarkPlan } from '../../../src/engine/plan/mark-plan';
import { toRectangles } from '../../../src/engine/plan/rectangles';
import { SEVERITY_RANK } from '../../../src/engine/plan/severity';

function finding(code: string, severity: Severity, cells: string[], sheet = '支出决算表'): Finding {
  return { code, title: `${code} 标题`, severity, sheet, cells, locations: cells.map((cell) => ({ sheet, cell })), message: `${code} 算式`, messageId: 'sum', data: {} };
}

/** A 科目 block of `rows` lines: a row sum per line (3 cells) and one column total over every line. */
function block(rows: number): Finding[] {
  const findings: Finding[] = [];
  for (let r = 0; r < rows; r++) findings.push(finding('T03-1', r % 3 === 0 ? 'error' : 'info', [`C${r + 8}`, `D${r + 8}`, `E${r + 8}`]));
  findings.push(finding('T03-2', 'error', ['C7', ...Array.from({ length: rows }, (_, r) => `C${r + 8}`)]));
  return findings;
}

/** Counts the work of the per-finding computations: cells walked by a key, findings rendered by a note. */
function counted(): { ops: MarkOps; work: () => number } {
  let work = 0;
  return {
    ops: {
      key: (f) => {
        work += f.locations.length;
        return findingKey(f);
      },
      note: (fs, explanations) => {
        work += fs.length;
        return findingNote(fs, explanations);
      },
    },
    work: () => work,
  };
}

/** The plan as the old, per-cell code made it: the reference for what must not change. */
function reference(findings: readonly Finding[], explanations: Explanations): MarkPlan {
  const byCell = new Map<string, { sheet: string; cell: string; findings: Finding[] }>();
  for (const f of findings) {
    for (const loc of f.locations) {
      const key = `${loc.sheet}\u0000${loc.cell}`;
      const marks = byCell.get(key) ?? { sheet: loc.sheet, cell: loc.cell, findings: [] };
      if (!marks.findings.includes(f)) marks.findings.push(f);
      byCell.set(key, marks);
    }
  }
  const groups = new Map<string, { sheet: string; color: string; cells: { row: number; col: number }[] }>();
  const notes = [];
  for (const marks of byCell.values()) {
    const open = marks.findings.filter((f) => !explanations[findingKey(f)]);
    const worst = open.reduce<Severity | undefined>((w, f) => (!w || SEVERITY_RANK[f.severity] > SEVERITY_RANK[w] ? f.severity : w), undefined);
    const color = worst ? SEVERITY_FILL[worst] : EXPLAINED_FILL;
    const key = `${marks.sheet}\u0000${color}`;
    const group = groups.get(key) ?? { sheet: marks.sheet, color, cells: [] };
    group.cells.push(fromA1(marks.cell));
    groups.set(key, group);
    notes.push({ sheet: marks.sheet, cell: marks.cell, text: findingNote(marks.findings, explanations) });
  }
  return { highlights: [...groups.values()].map((g) => ({ sheet: g.sheet, color: g.color, rects: toRectangles(g.cells) })), notes };
}

/** Deterministic pseudo-random findings over a small grid, so cells are shared often. */
function randomFindings(seed: number, count: number): Finding[] {
  let s = seed;
  const next = (n: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % n;
  };
  const severities: Severity[] = ['error', 'warning', 'info'];
  return Array.from({ length: count }, (_, i) => {
    const cells = Array.from({ length: 1 + next(6) }, () => `${columnLetters(next(5))}${1 + next(12)}`);
    return finding(`R-${i % 7}`, severities[next(3)], cells, next(4) === 0 ? '公开01表' : '支出决算表');
  });
}

describe('planMarks cost', () => {
  it('plans 10× the findings on 10× the cells with at most 12× the work', () => {
    const small = block(60);
    const large = block(600);
    const explain = (fs: Finding[]): Explanations => ({ [findingKey(fs[1])]: '已核实' });
    const a = counted();
    planMarks(small, explain(small), a.ops);
    const b = counted();
    planMarks(large, explain(large), b.ops);
    expect(large.length).toBeGreaterThanOrEqual(small.length * 10 - 9);
    expect(a.work()).toBeGreaterThan(0);
    expect(b.work() / a.work()).toBeLessThanOrEqual(12);
  });

  it('computes each finding key once and one note per distinct set of findings', () => {
    const findings = block(200);
    const { ops } = counted();
    const keys = jest.fn(ops.key);
    const notes = jest.fn(ops.note);
    const plan = planMarks(findings, { [findingKey(findings[0])]: '说明' }, { key: keys, note: notes });
    expect(keys).toHaveBeenCalledTimes(findings.length);
    // Cells: C7 (total only), C8… (row + total), D/E (row only) → 1 + 200 + 200 distinct sets.
    expect(notes).toHaveBeenCalledTimes(1 + 200 + 200);
    expect(plan.notes).toHaveLength(1 + 3 * 200);
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('plans exactly what the per-cell planning did (random findings, seed %i)', (seed) => {
    const findings = randomFindings(seed, 40);
    const explanations: Explanations = Object.fromEntries(findings.filter((_, i) => i % 5 === seed % 5).map((f) => [findingKey(f), `说明 ${f.code}`]));
    for (const given of [{}, explanations]) expect(planMarks(findings, given)).toEqual(reference(findings, given));
  });
});

import { planFill, fillChangePlan, refusedFindings } from '../../../src/engine/fill';
import type { FillPlan } from '../../../src/engine/fill';
import type { WorkbookSnapshot } from '../../../src/engine/model/snapshot';
import { tableIdentities } from '../../../src/engine/fill/table-identities';
import { toA1 } from '../../../src/engine/model/address';
import { recognizeWorkbook } from '../../../src/engine/recognize/recognize-workbook';
import { readFixture } from '../../helpers/fixtures';
import { FormulaWorkbook, sameResult } from './support/formula-engine';
import { applyWrites, blankCells, setNumber } from './support/snapshot-edit';

const plan = (wb: WorkbookSnapshot, options = {}): FillPlan => planFill(recognizeWorkbook(wb), options);

/** Every planned formula, evaluated by HyperFormula on the workbook, equals the engine's cached value. */
function checkFormulas(wb: WorkbookSnapshot, p: FillPlan): number {
  const writes = fillChangePlan(p).writes ?? [];
  const hf = new FormulaWorkbook(wb, writes);
  try {
    const disagreements = writes.filter((w) => !sameResult(hf.value(w.sheet, w.cell), w.value)).map((w) => `${w.sheet}!${w.cell} ${w.formula}: ${String(hf.value(w.sheet, w.cell))} ≠ ${String(w.value)}`);
    expect(disagreements).toEqual([]);
  } finally {
    hf.destroy();
  }
  return writes.length;
}

const SEEDS = ['seed-000.xlsx', 'seed-002.xlsx', 'seed-004.xlsx'];
const seeds: Record<string, WorkbookSnapshot> = {};

beforeAll(async () => {
  for (const name of SEEDS) seeds[name] = await readFixture(name);
});

describe('fill on the untouched seed fixtures', () => {
  it('000: refuses to overwrite the printed 总分 96.76 and reports 94.56 as PE-7', () => {
    const p = plan(seeds['seed-000.xlsx']);
    const conflicts = p.items.filter((i) => i.status === 'conflict');
    expect(conflicts.map((i) => [i.code, i.cell, i.actual, i.expected, i.chosen])).toEqual([['PE-7', 'H21', '96.76', '94.56', false]]);
    expect(fillChangePlan(p).writes).toEqual([]);
    const [refused] = refusedFindings(p);
    expect(refused).toMatchObject({ code: 'PE-7', severity: 'error', cells: ['H21'], expected: '94.56', actual: '96.76' });
  });

  it.each(['seed-002.xlsx', 'seed-004.xlsx'])('%s: every derived cell already shows the computed value', (name) => {
    const p = plan(seeds[name]);
    expect(p.items.length).toBeGreaterThan(0);
    expect(p.items.filter((i) => i.status !== 'same')).toEqual([]);
  });

  it('replacing the conflict writes the formula whose value is 94.56, and the grade stays 优', () => {
    const wb = seeds['seed-000.xlsx'];
    const p = plan(wb, { replace: ['绩效自评表!H21'] });
    const writes = fillChangePlan(p).writes!;
    expect(writes.map((w) => [w.cell, w.formula, w.value])).toEqual([['H21', '=ROUND(SUM(I12:I20,I7),2)', 94.56]]);
    expect(checkFormulas(wb, p)).toBe(1);
  });
});

describe('fill with the derived cells of the seeds emptied', () => {
  it.each(SEEDS)('%s: reproduces every value printed correctly and the formulas agree with the engine', (name) => {
    const original = seeds[name];
    const before = plan(original);
    const printed = new Map(before.items.map((i) => [i.key, i]));
    const blank = blankCells(original, before.items.map((i) => i.key));
    const p = plan(blank);
    expect(p.items.map((i) => i.key).sort()).toEqual([...printed.keys()].sort());
    for (const item of p.items) {
      expect(item.status).toBe('empty');
      const was = printed.get(item.key)!;
      // The seed's own figure wherever it was right; 000's 总分 is the one it printed wrong.
      expect([item.key, item.expected]).toEqual([item.key, was.status === 'same' ? was.expected : '94.56']);
    }
    expect(checkFormulas(blank, p)).toBe(p.items.length);
    // The filled workbook, planned again, has nothing left to fill and no conflict.
    const filled = applyWrites(blank, fillChangePlan(p).writes!);
    expect(plan(filled).items.filter((i) => i.status !== 'same')).toEqual([]);
  });

  it('000: 结余 22.6, 执行率 77.58, 得分 7.76, 总分 94.56, 等级 优', () => {
    const blank = blankCells(seeds['seed-000.xlsx'], plan(seeds['seed-000.xlsx']).items.map((i) => i.key));
    const byCell = new Map(plan(blank).items.map((i) => [i.cell, i.write.value]));
    expect(Object.fromEntries(['G7', 'H7', 'I7', 'G8', 'H8', 'I8', 'H21', 'I21'].map((c) => [c, byCell.get(c)]))).toEqual({ G7: 22.6, H7: 77.58, I7: 7.76, G8: 22.6, H8: 77.58, I8: 7.76, H21: 94.56, I21: '优' });
  });
});

describe('a filled workbook follows a changed 全年执行数 through its formulas alone', () => {
  it.each([
    ['seed-000.xlsx', 10],
    ['seed-004.xlsx', 0.5],
  ])('%s', (name, factor) => {
    const original = seeds[name];
    const blank = blankCells(original, plan(original).items.map((i) => i.key));
    const p = plan(blank);
    const writes = fillChangePlan(p).writes!;
    const hf = new FormulaWorkbook(blank, writes);
    let mutated = blank;
    try {
      for (const pe of recognizeWorkbook(blank).selfEvals.filter((s) => s.variant === 'project')) {
        const executed = pe.funds[0].executed!;
        const a1 = `${String.fromCharCode(65 + executed.pos.col)}${executed.pos.row + 1}`;
        const next = name === 'seed-000.xlsx' ? factor : Number(executed.value.times(factor).toFixed(3));
        hf.set(pe.sheet, a1, next);
        mutated = setNumber(mutated, pe.sheet, a1, next);
      }
      // The engine, asked afresh on the mutated figures, must agree with what the formulas now show.
      const expected = plan(mutated);
      const changed = new Set<string>();
      for (const item of expected.items) {
        const shownNow = hf.value(item.sheet, item.cell);
        expect([item.key, sameResult(shownNow, item.write.value)]).toEqual([item.key, true]);
        const was = writes.find((w) => w.sheet === item.sheet && w.cell === item.cell)!;
        if (!sameResult(shownNow, was.value)) changed.add(item.kind);
      }
      expect([...changed].sort()).toEqual(['balance', 'grade', 'rate', 'score', 'total']);
    } finally {
      hf.destroy();
    }
  });
});

describe('blank totals of the 公开 tables in the seeds', () => {
  it.each(SEEDS)('%s: every non-zero total emptied is filled with its sum, within 尾差 of the printed figure', (name) => {
    const original = seeds[name];
    // 000 stores its amounts as text (“1,335,758.47”): SUM would skip them, so those are not filled.
    const totals = tableIdentities(recognizeWorkbook(original)).filter((i) => i.total.kind === 'number' && !i.total.value.isZero() && !i.total.storedAsText);
    const printed = new Map(totals.map((i) => [`${i.total.sheet}!${toA1(i.total.pos)}`, i.total.value]));
    expect(printed.size).toBeGreaterThan(3);
    const blank = blankCells(original, [...printed.keys()]);
    const p = plan(blank);
    const sums = p.items.filter((i) => i.kind === 'sum');
    // Only the emptied totals are filled; all of them except a blank 公用经费合计 the T06 layout
    // cannot place (in 004 its guess is another block's column, so it is left blank).
    const filled = new Set(sums.map((i) => i.key));
    expect([...filled].filter((k) => !printed.has(k))).toEqual([]);
    expect(totals.filter((i) => i.code !== 'T06-3').map((i) => `${i.total.sheet}!${toA1(i.total.pos)}`).filter((k) => !filled.has(k))).toEqual([]);
    expect(p.notes.filter((n) => n.severity !== 'info')).toEqual([]);
    for (const item of sums) {
      const difference = printed.get(item.key)!.minus(item.write.value as number).abs();
      // 万元 tables are rounded from 元: a total may differ from its parts by 尾差 (002).
      expect([item.key, difference.lessThanOrEqualTo(0.05)]).toEqual([item.key, true]);
    }
    expect(checkFormulas(blank, p)).toBe(p.items.filter((i) => i.chosen).length);
  });
});

describe('the audit plans the blank cells only', () => {
  /** What the audit's 未填 findings are made of: key, value, formula, dependencies. */
  const blanks = (p: FillPlan) => p.items.filter((i) => i.status === 'empty').map((i) => [i.key, i.expected, i.write.formula, i.chosen, i.dependsOn]);

  it.each(SEEDS)('%s: with every second derived cell or total emptied, a blanks-only plan has exactly the full plan\'s blank cells', (name) => {
    const original = seeds[name];
    const derived = plan(original).items.map((i) => i.key);
    const totals = tableIdentities(recognizeWorkbook(original)).map((i) => `${i.total.sheet}!${toA1(i.total.pos)}`);
    for (const offset of [0, 1]) {
      const emptied = [...derived, ...totals].filter((_, i) => i % 2 === offset);
      const wb = blankCells(original, emptied);
      const full = blanks(plan(wb));
      expect(full.length).toBeGreaterThan(0);
      expect(blanks(plan(wb, { blanksOnly: true }))).toEqual(full);
      expect(plan(wb, { blanksOnly: true }).items.every((i) => i.status === 'empty')).toBe(true);
    }
  });
});

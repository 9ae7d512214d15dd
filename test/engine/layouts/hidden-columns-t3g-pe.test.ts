import { readSeed } from '../../../scripts/fixtures/read-seed-data';
import { toA1 } from '../../../src/engine/model/address';
import { Grid } from '../../../src/engine/model/grid';
import type { CellSnapshot, SheetSnapshot } from '../../../src/engine/model/snapshot';
import { recognizeWorkbook } from '../../../src/engine/recognize/recognize-workbook';
import type { SelfEval } from '../../../src/engine/tables/self-eval';
import type { PrintedText } from '../../../src/engine/tables/table';
import type { ValueCell } from '../../../src/engine/values/value-cell';
import { formulaCell, insertColumns, type InsertedColumn } from '../../helpers/insert-columns';
import { seedSelfEvalSheet, seedSummary } from '../../helpers/performance-grids';
import { sheet, workbook, type CellInput } from '../../helpers/sheet';

/**
 * Hidden columns in the “三公” table and the 自评表 (issue 6: “with extra blank or hidden
 * columns”): a hidden copy of a column under the same caption — figures ×10000 as formulas, texts
 * altered — placed before or after the visible one must not change what is read, and a hidden
 * column that is the only one of its role (hidden by the user) is still read.
 */

type ColMap = (col: number) => number | undefined;
const same: ColMap = (c) => c;

/**
 * A hidden copy of column `source`, from under the title (rows 0–1: title and 年度/单位 lines) on:
 * captions (in `captionRows`) as printed, numbers ×10000 as formulas, other texts marked “（旧）”.
 */
function hiddenCopy(grid: Grid, source: number, before: number, captionRows: ReadonlySet<number>): InsertedColumn {
  return {
    before,
    hidden: true,
    cell: (row): CellSnapshot | null => {
      if (row < 2) return null;
      const text = grid.normMerged(row, source) && grid.text(row, source) === '' ? grid.normMerged(row, source) : grid.text(row, source);
      if (!text) return null;
      if (captionRows.has(row)) return { value: text, text };
      const cell = grid.cell(row, source);
      if (typeof cell?.value === 'number') return formulaCell(cell.value * 10000, `=ROUND(${toA1({ row, col: source })}*10000,2)`);
      return { value: `${text}（旧）`, text: `${text}（旧）` };
    },
  };
}

/** Rows holding one of the captions: their cells are copied as printed. */
function rowsWith(grid: Grid, captions: RegExp): Set<number> {
  const rows = new Set<number>();
  for (let r = 0; r < grid.rowCount; r++) for (let c = 0; c < grid.rowLength(r); c++) if (captions.test(grid.norm(r, c))) rows.add(r);
  return rows;
}

const at = (map: ColMap, p?: { row: number; col: number }) => (p ? `${toA1({ row: p.row, col: map(p.col) ?? -1 })}` : '-');
const value = (map: ColMap, v?: ValueCell) => (v ? `${v.kind}:${v.value.toString()}@${at(map, v.pos)}` : '-');
const printed = (map: ColMap, t?: PrintedText) => (t ? `${t.text}@${at(map, t.pos)}` : '-');

/** What a 自评表 reads, its cells named in the original sheet's columns (an inserted column shows as “?”). */
function reading(pe: SelfEval, map: ColMap): unknown {
  return {
    projectName: printed(map, pe.projectName),
    department: printed(map, pe.department),
    budgetUnit: printed(map, pe.budgetUnit),
    funds: pe.funds.map((f) => [printed(map, f.label), ...(['declared', 'compiled', 'annualBudget', 'executed', 'balance', 'rate', 'score'] as const).map((k) => `${k}=${value(map, f[k])}`)]),
    goal: printed(map, pe.goal),
    achieved: printed(map, pe.achieved),
    indicators: pe.indicators.map((i) => [i.level1, i.level2, printed(map, i.level3), i.initialTarget, i.adjustedTarget, i.actual, value(map, i.weight), value(map, i.score)]),
    total: value(map, pe.total),
    grade: printed(map, pe.grade),
    analysis: pe.analysis.map((a) => printed(map, a)),
    labels: pe.analysisLabels,
  };
}

const selfEvalsOf = (s: SheetSnapshot) => recognizeWorkbook(workbook(s)).selfEvals;

describe('项目支出绩效自评表 with hidden columns', () => {
  const projects = [
    ...readSeed('000').projects.map((p, i) => [`000 项目${i + 1}`, p] as const),
    ...readSeed('004').projects.map((p, i) => [`004 项目${i + 1}`, p] as const),
  ];
  // Columns B–J: fund labels / 一级指标, 年初预算数, 全年预算数 / 年初指标值, …, 得分, 偏差原因.
  const columns = [...Array(9).keys()].map((k) => k + 1);

  describe.each(projects)('%s', (_name, project) => {
    const base = seedSelfEvalSheet('自评表1', project);
    const grid = new Grid(base);
    const captionRows = rowsWith(grid, /^(全年预算数|目标申报数|预算编制数|三级指标)$/);
    const original = reading(selfEvalsOf(base)[0], same);

    it('reads the sheet at all (the comparisons below are not vacuous)', () => {
      const pe = selfEvalsOf(base)[0];
      expect(pe.funds.length).toBeGreaterThan(0);
      expect(pe.indicators.length).toBeGreaterThan(3);
      expect(pe.total?.kind).toBe('number');
      expect(pe.analysis.length).toBeGreaterThan(3);
    });

    it.each(columns.flatMap((c) => [[toA1({ row: 0, col: c }).replace(/\d/g, ''), 'before', c] as const, [toA1({ row: 0, col: c }).replace(/\d/g, ''), 'after', c] as const]))(
      'a hidden copy of column %s placed %s it changes nothing',
      (_letter, where, c) => {
        const { sheet: withCopy, originalCol } = insertColumns(base, [hiddenCopy(grid, c, where === 'before' ? c : c + 1, captionRows)]);
        const read = selfEvalsOf(withCopy);
        expect(read).toHaveLength(1);
        expect(reading(read[0], originalCol)).toEqual(original);
      },
    );

    it.each(['C', 'D', 'E', 'F', 'H', 'I'])('not vacuous: unhidden, a copy before column %s is read instead', (letter) => {
      const c = letter.charCodeAt(0) - 65;
      const { sheet: withCopy, originalCol } = insertColumns(base, [{ ...hiddenCopy(grid, c, c, captionRows), hidden: false }]);
      expect(reading(selfEvalsOf(withCopy)[0], originalCol)).not.toEqual(original);
    });

    it('helper columns all at once: a notes column after the labels, copies before 全年预算数 and 执行率/分值, a 得分 copy after 偏差原因', () => {
      const notes: InsertedColumn = { before: 2, hidden: true, cell: (r, cells) => (cells.some((x) => x) && r > 1 ? { value: '已核对', text: '已核对' } : null) };
      const { sheet: withAll, originalCol } = insertColumns(base, [notes, hiddenCopy(grid, 4, 4, captionRows), hiddenCopy(grid, 7, 7, captionRows), hiddenCopy(grid, 8, 10, captionRows)]);
      expect(withAll.hiddenColumns).toEqual([2, 5, 9, 13]);
      expect(reading(selfEvalsOf(withAll)[0], originalCol)).toEqual(original);
      // Not vacuous: shown, the notes and copies are read (labels, 项目名称, amounts, 总分, analysis).
      const shown = { ...withAll, hiddenColumns: undefined };
      expect(reading(selfEvalsOf(shown)[0], originalCol)).not.toEqual(original);
    });

    it.each(columns.map((c) => [toA1({ row: 0, col: c }).replace(/\d/g, ''), c] as const))('column %s, the only one of its captions, hidden by the user: still read', (_letter, c) => {
      const hidden = { ...base, hiddenColumns: [c] };
      expect(reading(selfEvalsOf(hidden)[0], same)).toEqual(original);
    });
  });
});

describe('项目单位自评汇总表 with hidden columns', () => {
  const base = seedSummary().sheets[0];
  const grid = new Grid(base);
  const header = rowsWith(grid, /^项目名称$/);
  const summaryReading = (list: SelfEval[], map: ColMap) =>
    list.map((pe) => ({ ...(reading(pe, map) as object), unit: printed(map, pe.budgetUnit), total: value(map, pe.total) }));
  const original = summaryReading(selfEvalsOf(base), same);
  const width = Math.max(...base.cells.map((r) => r?.length ?? 0));
  const captionOf = (c: number) => [...header].map((r) => grid.text(r, c)).join('');

  it('reads every project row', () => {
    expect(original.length).toBeGreaterThan(2);
  });

  it.each([...Array(width).keys()].flatMap((c) => [[captionOf(c), 'before', c] as const, [captionOf(c), 'after', c] as const]))(
    'a hidden copy of “%s” placed %s it changes nothing',
    (_caption, where, c) => {
      const { sheet: withCopy, originalCol } = insertColumns(base, [hiddenCopy(grid, c, where === 'before' ? c : c + 1, header)]);
      expect(summaryReading(selfEvalsOf(withCopy), originalCol)).toEqual(original);
    },
  );

  it.each(['项目名称', '全年预算数', '全年执行数', '预算执行率', '自评得分'])('not vacuous: unhidden, a copy before “%s” is read instead', (caption) => {
    const c = [...Array(width).keys()].find((k) => captionOf(k).startsWith(caption))!;
    const { sheet: withCopy, originalCol } = insertColumns(base, [{ ...hiddenCopy(grid, c, c, header), hidden: false }]);
    expect(summaryReading(selfEvalsOf(withCopy), originalCol)).not.toEqual(original);
  });

  it.each([...Array(width).keys()].map((c) => [captionOf(c), c] as const))('“%s”, hidden by the user: still read', (_caption, c) => {
    expect(summaryReading(selfEvalsOf({ ...base, hiddenColumns: [c] }), same)).toEqual(original);
  });
});

/** The 三公 table's 12 amounts, 栏次 1–12, in three printed forms. */
const AMOUNTS = ['4.00', '0.50', '2.00', '0.80', '1.20', '1.50', '3.10', '0.30', '1.90', '0.80', '1.10', '1.70'];
const ITEMS = ['合计', '因公出国（境）费', '公务用车购置及运行维护费', '', '', '公务接待费'];
const SUB_ITEMS = ['', '', '小计', '公务用车购置费', '公务用车运行维护费', ''];

interface T3GForm {
  rows: CellInput[][];
  merges: string[];
  /** The sheet column of 栏次 n. */
  col: (n: number) => number;
  /** Rows whose cells a copy prints as they are (captions, 栏次). */
  captionRows: Set<number>;
}

const TITLE: CellInput[][] = [['财政拨款“三公”经费支出决算表'], [...Array<CellInput>(11).fill(null), '金额单位：万元']];

const T3G_FORMS: Record<string, () => T3GForm> = {
  '栏次 1–12 printed': () => ({
    rows: [...TITLE, ['预算数', '', '', '', '', '', '决算数'], [...ITEMS, ...ITEMS], [...SUB_ITEMS, ...SUB_ITEMS], AMOUNTS.map((_, k) => k + 1), AMOUNTS],
    merges: ['A3:F3', 'G3:L3', 'C4:E4', 'I4:K4'],
    col: (n) => n - 1,
    captionRows: new Set([2, 3, 4, 5]),
  }),
  'no 栏次 line (预算数/决算数 merged over six items)': () => ({
    rows: [...TITLE, ['预算数', '', '', '', '', '', '决算数'], [...ITEMS, ...ITEMS], [...SUB_ITEMS, ...SUB_ITEMS], AMOUNTS],
    merges: ['A3:F3', 'G3:L3', 'C4:E4', 'I4:K4'],
    col: (n) => n - 1,
    captionRows: new Set([2, 3, 4]),
  }),
  '上海 2024: (预算数, 决算数) paired under each item': () => {
    const pairs = (row: string[]) => row.flatMap((x) => [x, '']);
    const data = AMOUNTS.slice(0, 6).flatMap((b, k) => [b, AMOUNTS[k + 6]]);
    return {
      rows: [...TITLE, pairs(ITEMS), pairs(SUB_ITEMS), [...Array(6).keys()].flatMap(() => ['预算数', '决算数']), data],
      merges: ['A3:B3', 'C3:D3', 'E3:J3', 'K3:L3', 'E4:F4', 'G4:H4', 'I4:J4'],
      col: (n) => (n <= 6 ? 2 * (n - 1) : 2 * (n - 7) + 1),
      captionRows: new Set([2, 3, 4]),
    };
  },
};

function t3gReading(s: SheetSnapshot, map: ColMap): string[] {
  const t3g = recognizeWorkbook(workbook(s)).get('T3G');
  return [...Array(12).keys()].map((k) => value(map, t3g?.value('data', k + 1)));
}

describe.each(Object.keys(T3G_FORMS))('“三公”经费表 with hidden columns: %s', (form) => {
  const f = T3G_FORMS[form]();
  const base = sheet('三公', f.rows, { merges: f.merges });
  const grid = new Grid(base);
  const original = t3gReading(base, same);

  it('reads the 12 amounts where they are printed', () => {
    expect(original).toEqual(AMOUNTS.map((a, k) => `number:${Number(a)}@${toA1({ row: 5 + f.captionRows.size - 3, col: f.col(k + 1) })}`));
  });

  const cases = [...Array(12).keys()].flatMap((k) => [[k + 1, 'before'] as const, [k + 1, 'after'] as const]);
  it.each(cases)('a hidden formula copy of 栏次 %i placed %s it changes nothing', (n, where) => {
    const c = f.col(n);
    const { sheet: withCopy, originalCol } = insertColumns(base, [hiddenCopy(grid, c, where === 'before' ? c : c + 1, f.captionRows)]);
    expect(t3gReading(withCopy, originalCol)).toEqual(original);
  });

  it.each([1, 4, 7, 9])('not vacuous: unhidden, a copy before 栏次 %i is read instead', (n) => {
    const c = f.col(n);
    const { sheet: withCopy, originalCol } = insertColumns(base, [{ ...hiddenCopy(grid, c, c, f.captionRows), hidden: false }]);
    expect(t3gReading(withCopy, originalCol)).not.toEqual(original);
  });

  it.each([...Array(12).keys()].map((k) => k + 1))('栏次 %i, the only one, hidden by the user: still read', (n) => {
    expect(t3gReading({ ...base, hiddenColumns: [f.col(n)] }, same)).toEqual(original);
  });

  it('a hidden copy of 栏次 7 after it and the real 栏次 12 hidden by the user, together', () => {
    const { sheet: withBoth, originalCol } = insertColumns({ ...base, hiddenColumns: [f.col(12)] }, [hiddenCopy(grid, f.col(7), f.col(7) + 1, f.captionRows)]);
    expect(withBoth.hiddenColumns).toHaveLength(2);
    expect(t3gReading(withBoth, originalCol)).toEqual(original);
  });
});

describe('Grid.isCellHidden', () => {
  it('a cell of a hidden column is hidden unless it owns a merged area reaching a visible column', () => {
    const s = sheet('s', [['合并', '', 'x'], ['a', 'b', 'c']], { merges: ['A1:B1'] });
    const check = (hidden: number[]) => {
      const grid = new Grid({ ...s, hiddenColumns: hidden });
      return [grid.isCellHidden(0, 0), grid.isCellHidden(1, 0), grid.isCellHidden(0, 2), grid.isCellHidden(1, 1)];
    };
    expect(check([0])).toEqual([false, true, false, false]);
    expect(check([0, 1])).toEqual([true, true, false, true]);
    expect(check([2])).toEqual([false, false, true, false]);
    expect(check([])).toEqual([false, false, false, false]);
  });
});

import { Grid } from '../../../src/engine/model/grid';
import { detectCodeColumns, readCode } from '../../../src/engine/layouts/common/code-columns';
import { recognizeWorkbook } from '../../../src/engine/recognize/recognize-workbook';
import { audit } from '../../../src/engine/audit';
import { sheet, workbook, type CellInput } from '../../helpers/sheet';

/** The 上海 2024 支出决算表 of issue 6: 类 | 款 | 项 codes, no 栏次, parents blank on child rows. */
function shanghaiT05(repeat: boolean): CellInput[][] {
  const parents: CellInput[] = repeat ? ["'201", "'06"] : ['', ''];
  return [
    ['一般公共预算财政拨款支出决算表'],
    ['', '', '', '', '', '单位：万元'],
    ['功能分类科目编码', '', '', '科目名称', '本年支出', '', ''],
    ['类', '款', '项', '', '小计', '基本支出', '项目支出'],
    ['合计', '', '', '', '30.00', '20.00', '10.00'],
    ["'201", '', '', '一般公共服务支出', '30.00', '20.00', '10.00'],
    [parents[0], "'06", '', '财政事务', '30.00', '20.00', '10.00'],
    [...parents, "'01", '行政运行', '20.00', '20.00', ''],
    [...parents, "'02", '一般行政管理事务', '10.00', '', '10.00'],
  ];
}

const MERGES = ['A3:C3', 'D3:D4', 'E3:G3'];

describe('code columns read from the cells and the 类/款/项 captions', () => {
  it.each([
    ['parents blank on child rows', false],
    ['parents repeated', true],
  ])('类|款|项 split, %s: whole codes 201, 20106, 2010601', (_name, repeat) => {
    const t05 = recognizeWorkbook(workbook(sheet('五', shanghaiT05(repeat), { merges: MERGES }))).get('T05')!;
    expect(t05.codeRows().map((r) => r.code)).toEqual(['201', '20106', '2010601', '2010602']);
    expect(t05.code('2010601')?.label).toBe('行政运行');
    expect(t05.total()?.values.get(1)?.value.toString()).toBe('30');
    expect(t05.value('2010602', 3)?.value.toString()).toBe('10');
  });

  it('a consistent split table draws no structural or arithmetic finding (issue 6: 87 false findings)', () => {
    const findings = audit(workbook(sheet('五', shanghaiT05(false), { merges: MERGES }))).findings.filter((f) => /^T05-/.test(f.code) || f.code === 'U-1');
    expect(findings).toEqual([]);
  });

  it('reads code and name from one cell, with one or two spaces', () => {
    const grid = new Grid(sheet('s', [['2010601 行政运行'], ['30101  基本工资'], ['合计']]));
    const columns = detectCodeColumns(grid, [0, 1, 2], 0, 1)!;
    expect(columns).toEqual({ kind: 'combined', col: 0 });
    const state = { parts: [] };
    expect(readCode(grid, 0, columns, state)).toMatchObject({ code: '2010601', name: { text: '行政运行' } });
    expect(readCode(grid, 1, columns, state)).toMatchObject({ code: '30101', name: { text: '基本工资' } });
    expect(readCode(grid, 2, columns, state).code).toBeUndefined();
  });

  it.each([
    ['whole codes', [["'201"], ["'20106"], ["'2010601"]], { kind: 'single', col: 0 }],
    ['a name column is never taken for codes', [["'201", '一般公共服务支出'], ["'20106", '财政事务']], { kind: 'single', col: 0 }],
    ['类 | 款 for 经济分类', [["'301", ''], ['', "'01"], ['', "'02"]], { kind: 'split', cols: [0, 1] }],
  ] as const)('%s', (_name, rows, expected) => {
    const grid = new Grid(sheet('s', rows as unknown as CellInput[][]));
    expect(detectCodeColumns(grid, rows.map((_, i) => i), 0, 2)).toEqual(expected);
  });

  it('rejects parts that make no code (a 款 before any 类)', () => {
    const grid = new Grid(sheet('s', [['', "'06", '']]));
    expect(readCode(grid, 0, { kind: 'split', cols: [0, 1, 2] }, { parts: [] }).code).toBeUndefined();
  });
});

describe('基本支出明细表 blocks by caption', () => {
  it('skips blank extra columns and reads 类 | 款 codes of two halves', () => {
    const rows: CellInput[][] = [
      ['一般公共预算财政拨款基本支出决算明细表'],
      ['人员经费', '', '', '', '', '公用经费'],
      ['科目编码', '', '科目名称', '', '决算数', '科目编码', '', '科目名称', '', '决算数'],
      ['类', '款', '', '', '', '类', '款', '', '', ''],
      ["'301", '', '工资福利支出', '', '100.00', "'302", '', '商品和服务支出', '', '5.00'],
      ['', "'01", '基本工资', '', '100.00', '', "'01", '办公费', '', '5.00'],
      ['', '', '人员经费合计', '', '100.00', '', '', '公用经费合计', '', '5.00'],
    ];
    const t06 = recognizeWorkbook(workbook(sheet('六', rows, { merges: ['A2:E2', 'F2:J2', 'A3:B3', 'F3:G3'] }))).get('T06')!;
    expect(t06.codeRows().map((r) => `${r.code}=${r.values.get(1)?.value.toString()}`)).toEqual(['301=100', '302=5', '30101=100', '30201=5']);
    expect(t06.row('人员经费合计')?.values.get(1)?.value.toString()).toBe('100');
    expect(t06.row('公用经费合计')?.values.get(1)?.value.toString()).toBe('5');
  });
});

describe('三公 table without a 栏次 line', () => {
  it('takes 栏次 1–6 from the columns under 预算数 and 7–12 from those under 决算数', () => {
    const rows: CellInput[][] = [
      ['财政拨款“三公”经费支出决算表'],
      ['', '', '', '', '', '', '', '', '', '', '', '金额单位：万元'],
      ['预算数', '', '', '', '', '', '决算数'],
      ['合计', '因公出国（境）费', '公务用车购置及运行维护费', '', '', '公务接待费', '合计', '因公出国（境）费', '公务用车购置及运行维护费', '', '', '公务接待费'],
      ['', '', '小计', '公务用车购置费', '公务用车运行维护费', '', '', '', '小计', '公务用车购置费', '公务用车运行维护费', ''],
      ['2.00', '', '1.00', '', '1.00', '1.00', '1.50', '', '0.80', '', '0.80', '0.70'],
    ];
    const t3g = recognizeWorkbook(workbook(sheet('三公', rows, { merges: ['A3:F3', 'G3:L3', 'C4:E4', 'I4:K4'] }))).get('T3G')!;
    const values = [...Array(12).keys()].map((i) => t3g.value('data', i + 1)?.value.toString());
    expect(values).toEqual(['2', '0', '1', '0', '1', '1', '1.5', '0', '0.8', '0', '0.8', '0.7']);
  });
});

describe('hidden columns (issue 6: “with extra blank or hidden columns”)', () => {
  /** Inserts a column at `at` in every row (caption rows get `caption`, body rows `body(row)`). */
  function insertColumn(rows: CellInput[][], at: number, caption: CellInput, body: (row: CellInput[]) => CellInput): CellInput[][] {
    return rows.map((row, r) => [...row.slice(0, at), r < 2 ? '' : r < 4 ? caption : body(row), ...row.slice(at)]);
  }
  const t05Of = (rows: CellInput[][], hidden: number[], merges: string[] = []) => {
    const s = sheet('五', rows, { merges });
    s.hiddenColumns = hidden;
    return recognizeWorkbook(workbook(s)).get('T05')!;
  };

  it('a hidden copy of 小计 in 元 under the same caption gives way to the visible 小计', () => {
    const rows = insertColumn(shanghaiT05(false), 4, '小计', (row) => (row[4] ? String(Number(row[4]) * 10000) : ''));
    const t05 = t05Of(rows, [4], ['A3:C3', 'D3:D4', 'F3:H3']);
    expect(t05.total()?.values.get(1)?.pos.col).toBe(5);
    expect(t05.total()?.values.get(1)?.value.toString()).toBe('30');
    // Without the hidden flag the copy would be read: the test is not vacuous.
    expect(t05Of(rows, [], ['A3:C3', 'D3:D4', 'F3:H3']).total()?.values.get(1)?.pos.col).toBe(4);
  });

  it('a hidden notes column between 类 and 款 leaves the split codes readable', () => {
    const rows = insertColumn(shanghaiT05(false), 1, '备注', (row) => (row[0] ? '已核对' : ''));
    const t05 = t05Of(rows, [1], ['B3:D3', 'E3:E4', 'F3:H3']);
    expect(t05.codeRows().map((r) => r.code)).toEqual(['201', '20106', '2010601', '2010602']);
  });

  it('the only 基本支出 column, hidden by the user, is still read', () => {
    const t05 = t05Of(shanghaiT05(false), [5], MERGES);
    expect(t05.value('2010601', 2)?.value.toString()).toBe('20');
    expect(t05.value('2010601', 2)?.pos.col).toBe(5);
  });

  /** A 相关信息统计表 with 行次 and no 栏次 line; `helper`: a formula copy of 统计数 in 元 right of 行次. */
  const t10Of = (helper: boolean, hidden: number[]) => {
    const rows: CellInput[][] = [
      ['部门决算公开相关信息统计表'],
      ['项目', '行次', ...(helper ? ['统计数'] : []), '统计数'],
      ['一、政府采购情况', '', ...(helper ? [''] : []), ''],
      ['合计', 1, ...(helper ? [17300] : []), '1.73'],
      ['货物', 2, ...(helper ? [17300] : []), '1.73'],
      ['(一) 车辆数合计(辆)', 7, ...(helper ? [''] : []), ''],
    ];
    const s = sheet('十', rows);
    s.hiddenColumns = hidden;
    return recognizeWorkbook(workbook(s)).get('T10')!;
  };

  it('相关信息统计表 without 栏次: a hidden helper right of 行次 gives way to the visible 统计数, blank cells included', () => {
    expect(t10Of(true, [2]).line(1)?.values.get(1)).toMatchObject({ pos: { col: 3 } });
    expect(t10Of(true, [2]).line(1)?.values.get(1)?.value.toString()).toBe('1.73');
    // X-15 names the blank 车辆数合计 cell: the 统计数 column's, not the helper's.
    expect(t10Of(true, [2]).line(7)?.values.get(1)?.pos.col).toBe(3);
    // Not vacuous: unhidden, the copy right of 行次 is read.
    expect(t10Of(true, []).line(1)?.values.get(1)?.pos.col).toBe(2);
    // The only 统计数 column (and 行次), hidden by the user, is still read.
    expect(t10Of(false, [1, 2]).line(1)?.values.get(1)?.value.toString()).toBe('1.73');
  });

  it('Grid.preferVisible keeps the visible candidates, or all when every one is hidden', () => {
    const s = sheet('s', [['a', 'b', 'c']]);
    s.hiddenColumns = [0, 2];
    const grid = new Grid(s);
    expect(grid.preferVisible([0, 1, 2])).toEqual([1]);
    expect(grid.preferVisible([0, 2])).toEqual([0, 2]);
    expect(grid.isColumnHidden(2)).toBe(true);
  });
});

import type { CaseBook } from '../../../helpers/rule-tester';
import type { CodeRow } from '../../../helpers/sample-data';
import { cellOf, sampleWorkbook } from '../../../helpers/sample-workbook';

/** Seed 002 (焦作 2023, 万元) 支出决算表: 20801 160.71 vs 1.24 + 159.46; 合计 基本 164.77 vs Σ类 164.78. */
const SEED_002_T03: CodeRow[] = [
  ['合计', '', '217.48', '164.77', '52.71', '0.00', '0.00', '0.00'],
  ['206', '科学技术支出', '40.18', '0.00', '40.18', '0.00', '0.00', '0.00'],
  ['20699', '其他科学技术支出', '40.18', '0.00', '40.18', '0.00', '0.00', '0.00'],
  ['2069999', '其他科学技术支出', '40.18', '0.00', '40.18', '0.00', '0.00', '0.00'],
  ['208', '社会保障和就业支出', '170.64', '158.12', '12.52', '0.00', '0.00', '0.00'],
  ['20801', '人力资源和社会保障管理事务', '160.71', '148.19', '12.52', '0.00', '0.00', '0.00'],
  ['2080150', '事业运行', '1.24', '1.24', '0.00', '0.00', '0.00', '0.00'],
  ['2080199', '其他人力资源和社会保障管理事务支出', '159.46', '146.94', '12.52', '0.00', '0.00', '0.00'],
  ['20805', '行政事业单位养老支出', '9.93', '9.93', '0.00', '0.00', '0.00', '0.00'],
  ['2080505', '机关事业单位基本养老保险缴费支出', '7.91', '7.91', '0.00', '0.00', '0.00', '0.00'],
  ['2080599', '其他行政事业单位养老支出', '2.02', '2.02', '0.00', '0.00', '0.00', '0.00'],
  ['210', '卫生健康支出', '6.66', '6.66', '0.00', '0.00', '0.00', '0.00'],
  ['21011', '行政事业单位医疗', '6.66', '6.66', '0.00', '0.00', '0.00', '0.00'],
  ['2101102', '事业单位医疗', '3.70', '3.70', '0.00', '0.00', '0.00', '0.00'],
  ['2101103', '公务员医疗补助', '2.96', '2.96', '0.00', '0.00', '0.00', '0.00'],
];

/** Seed 004 (晋城 2023) 支出决算表 20801: 362.07 vs 220.55 + 141.53 = 362.08. */
const SEED_004_T03: CodeRow[] = [
  ['合计', '', '430.21', '288.68', '141.53', '', '', ''],
  ['208', '社会保障和就业支出', '389.81', '248.28', '141.53', '', '', ''],
  ['20801', '人力资源和社会保障管理事务', '362.07', '220.55', '141.53', '', '', ''],
  ['2080108', '信息化建设', '141.53', '', '141.53', '', '', ''],
  ['2080110', '劳动关系和维权', '220.55', '220.55', '', '', '', ''],
  ['20805', '行政事业单位养老支出', '27.73', '27.73', '', '', '', ''],
  ['2080505', '机关事业单位基本养老保险缴费支出', '27.73', '27.73', '', '', '', ''],
  ['210', '卫生健康支出', '16.51', '16.51', '', '', '', ''],
  ['21011', '行政事业单位医疗', '16.51', '16.51', '', '', '', ''],
  ['2101102', '事业单位医疗', '11.30', '11.30', '', '', '', ''],
  ['2101103', '公务员医疗补助', '5.22', '5.22', '', '', '', ''],
  ['221', '住房保障支出', '23.88', '23.88', '', '', '', ''],
  ['22102', '住房改革支出', '23.88', '23.88', '', '', '', ''],
  ['2210201', '住房公积金', '23.88', '23.88', '', '', '', ''],
];

const seed002 = () => sampleWorkbook({ edit: (d) => (d.t03 = SEED_002_T03.map((r) => [...r] as CodeRow)) });
const seed004 = () => sampleWorkbook({ edit: (d) => (d.t03 = SEED_004_T03.map((r) => [...r] as CodeRow)) });
const sample = (key: string, col: number) => cellOf(sampleWorkbook(), 'T03', key, col);
const noT03 = { workbook: () => sampleWorkbook({ omit: ['T03'] }), uncheckedIncludes: '未找到支出决算表' };

/** The sample with one T03 row changed (found by its code). */
function editRow(code: string, change: (row: CodeRow) => void, more?: Parameters<typeof sampleWorkbook>[0]) {
  return () =>
    sampleWorkbook({
      ...more,
      edit: (d) => {
        const row = d.t03.find((r) => r[0] === code);
        if (!row) throw new Error(`样例支出决算表没有 ${code}`);
        change(row);
        more?.edit?.(d);
      },
    });
}

/** 栏次 k of a code row is element k + 1 (after code and name). */
const COL = (k: number) => k + 1;

export const cases: CaseBook = {
  'T03-1': {
    accept: [
      { name: 'the sample closes on every row', workbook: () => sampleWorkbook() },
      { name: 'seed 002 closes on every row', workbook: seed002 },
      { name: 'seed 004: 20801 362.07 vs 362.08 is only a 尾差', allowInfo: true, workbook: seed004 },
    ],
    reject: [
      {
        name: '合计 本年支出合计 one 万元 above 基本 + 项目',
        workbook: editRow('合计', (r) => (r[COL(1)] = '326.00')),
        expect: [{ severity: 'error', cells: [sample('合计', 1), sample('合计', 2), sample('合计', 3)] }],
      },
      {
        name: '经营支出 not counted in the row total',
        workbook: editRow('2080109', (r) => (r[COL(5)] = '1.00')),
        expect: [{ severity: 'error', cells: [sample('2080109', 1), sample('2080109', 5)] }],
      },
      {
        name: 'seed 004: 20801 362.07 vs 220.55 + 141.53 = 362.08 → info',
        workbook: seed004,
        expect: [{ severity: 'info', cells: [cellOf(seed004(), 'T03', '20801', 1), cellOf(seed004(), 'T03', '20801', 2), cellOf(seed004(), 'T03', '20801', 3)] }],
      },
    ],
    unchecked: [
      { name: 'no T03 in the workbook', ...noT03 },
      { name: 'a cell holds an Excel error', workbook: editRow('208', (r) => (r[COL(2)] = '#REF!')), uncheckedIncludes: '不是数字' },
    ],
  },

  'T03-2': {
    accept: [
      { name: 'the sample hierarchy closes', workbook: () => sampleWorkbook() },
      { name: 'seed 002: the 0.01 gaps are only 尾差', allowInfo: true, workbook: seed002 },
    ],
    reject: [
      {
        name: 'a 项 raised by one 万元 breaks its 款',
        workbook: editRow('2080109', (r) => (r[COL(3)] = '126.00')),
        expect: [{ severity: 'error', cells: [sample('20801', 3), sample('2080109', 3)] }],
      },
      {
        name: 'the 合计 基本支出 is not the sum of the classes',
        workbook: editRow('合计', (r) => (r[COL(2)] = '201.00')),
        expect: [{ severity: 'error', cells: [sample('合计', 2), sample('208', 2), sample('210', 2), sample('221', 2)] }],
      },
      {
        name: 'seed 002: 20801 160.71 vs 1.24 + 159.46 → info',
        workbook: seed002,
        expect: [{ severity: 'info', cells: [cellOf(seed002(), 'T03', '20801', 1), cellOf(seed002(), 'T03', '2080150', 1), cellOf(seed002(), 'T03', '2080199', 1)] }],
      },
      {
        name: 'seed 002: 合计 基本支出 164.77 vs Σ类 164.78 → info',
        workbook: seed002,
        expect: [{ severity: 'info', cells: [cellOf(seed002(), 'T03', '合计', 2), cellOf(seed002(), 'T03', '208', 2), cellOf(seed002(), 'T03', '210', 2)] }],
      },
    ],
    unchecked: [
      { name: 'no T03 in the workbook', ...noT03 },
      { name: 'no 合计 row', workbook: () => sampleWorkbook({ edit: (d) => d.t03.shift() }), uncheckedIncludes: '未找到合计行' },
    ],
  },

  'T03-3': {
    accept: [
      { name: 'the sample has no 经营/上缴上级/对附属单位 spending', workbook: () => sampleWorkbook() },
      {
        name: '经营支出 paid from 经营收入',
        workbook: editRow('合计', (r) => (r[COL(5)] = '5.00'), { edit: (d) => (d.t02[0][COL(5)] = '5.00') }),
      },
      {
        name: '经营支出 paid from a non-fiscal 年初 balance (T01 行次29 15.00 > T04 行次28 10.00)',
        workbook: editRow('合计', (r) => (r[COL(5)] = '5.00'), { edit: (d) => (d.t01[29] = '15.00') }),
      },
      {
        name: '经营支出 with 经营收入 in T01 when T02 is absent',
        workbook: editRow('合计', (r) => (r[COL(5)] = '5.00'), { omit: ['T02'], edit: (d) => (d.t01[6] = '5.00') }),
      },
      {
        name: '上缴上级 and 对附属单位补助 with 上级补助收入 and 附属单位上缴收入',
        workbook: editRow('合计', (r) => ((r[COL(4)] = '3.00'), (r[COL(6)] = '2.00')), { edit: (d) => ((d.t02[0][COL(3)] = '4.00'), (d.t02[0][COL(6)] = '1.00')) }),
      },
    ],
    reject: [
      {
        name: '经营支出 with no 经营收入 and only fiscal 年初 balances',
        workbook: editRow('合计', (r) => (r[COL(5)] = '5.00')),
        expect: [{ severity: 'warning', cells: [sample('合计', 5), `公开02表!${cellOf(sampleWorkbook(), 'T02', '合计', 5)}`, '公开01表!C35', '公开04表!C34'] }],
      },
      {
        name: '上缴上级支出 without any 上级补助收入',
        workbook: editRow('合计', (r) => (r[COL(4)] = '3.00')),
        expect: [{ severity: 'warning', cells: [sample('合计', 4), `公开02表!${cellOf(sampleWorkbook(), 'T02', '合计', 3)}`] }],
      },
      {
        name: '对附属单位补助支出 without any 附属单位上缴收入',
        workbook: editRow('合计', (r) => (r[COL(6)] = '2.00')),
        expect: [{ severity: 'warning', cells: [sample('合计', 6), `公开02表!${cellOf(sampleWorkbook(), 'T02', '合计', 6)}`] }],
      },
    ],
    unchecked: [
      { name: 'no T03 in the workbook', ...noT03 },
      {
        name: '经营支出 but neither T02/T01 nor T04 to find its source',
        workbook: editRow('合计', (r) => (r[COL(5)] = '5.00'), { omit: ['T01', 'T02', 'T04'] }),
        uncheckedIncludes: '无法判断其资金来源',
      },
      {
        name: '经营支出 without 经营收入 and no T04 for the fiscal 年初 balance',
        workbook: editRow('合计', (r) => (r[COL(5)] = '5.00'), { omit: ['T04'] }),
        uncheckedIncludes: '行次28',
      },
    ],
  },
};

import type { CaseBook } from '../../../helpers/rule-tester';
import { cellOf, sampleWorkbook } from '../../../helpers/sample-workbook';
import type { CodeRow } from '../../../helpers/sample-data';

/** A1 of a T05 cell of the sample (row key: code or '合计'). */
const at = (key: string, col: number) => cellOf(sampleWorkbook(), 'T05', key, col);

/** Seed 002 公开05表 (万元) as printed, with its four 0.01 尾差. */
const SEED_002_T05: CodeRow[] = [
  ['合计', '', '217.46', '164.76', '52.71'],
  ['206', '科学技术支出', '40.18', '0.00', '40.18'],
  ['20699', '其他科学技术支出', '40.18', '0.00', '40.18'],
  ['2069999', '其他科学技术支出', '40.18', '0.00', '40.18'],
  ['208', '社会保障和就业支出', '170.62', '158.10', '12.52'],
  ['20801', '人力资源和社会保障管理事务', '160.69', '148.17', '12.52'],
  ['2080150', '事业运行', '1.24', '1.24', '0.00'],
  ['2080199', '其他人力资源和社会保障管理事务支出', '159.45', '146.92', '12.52'],
  ['20805', '行政事业单位养老支出', '9.93', '9.93', '0.00'],
  ['2080505', '机关事业单位基本养老保险缴费支出', '7.91', '7.91', '0.00'],
  ['2080599', '其他行政事业单位养老支出', '2.02', '2.02', '0.00'],
  ['210', '卫生健康支出', '6.66', '6.66', '0.00'],
  ['21011', '行政事业单位医疗', '6.66', '6.66', '0.00'],
  ['2101102', '事业单位医疗', '3.70', '3.70', '0.00'],
  ['2101103', '公务员医疗补助', '2.96', '2.96', '0.00'],
];

const seed002 = () => sampleWorkbook({ edit: (d) => (d.t05 = SEED_002_T05.map((r) => [...r] as CodeRow)) });
/** Row positions in the seed-002 grid: 合计 is the first body row, then the codes in order. */
const at002 = (key: string, col: number) => cellOf(seed002(), 'T05', key, col);

/** The sample with one T05 row replaced. */
const withRow = (row: CodeRow) => () =>
  sampleWorkbook({
    edit: (d) => {
      d.t05 = d.t05.map((r) => (r[0] === row[0] ? row : r));
    },
  });

const noT05 = { name: 'no T05 in the workbook', workbook: () => sampleWorkbook({ omit: ['T05'] }), uncheckedIncludes: '未找到一般公共预算财政拨款支出决算表' };

export const cases: CaseBook = {
  'T05-1': {
    accept: [
      { name: 'the sample closes exactly', workbook: () => sampleWorkbook() },
      { name: 'seed 002: 合计 217.46 vs 164.76 + 52.71 and 2080199 159.45 vs 146.92 + 12.52 are 尾差', allowInfo: true, workbook: seed002 },
    ],
    reject: [
      {
        name: '小计 of a 项 one 万元 above 基本 + 项目',
        workbook: withRow(['2080109', '社会保险经办机构', '226.00', '120.00', '105.00']),
        expect: [{ severity: 'error', cells: [at('2080109', 1), at('2080109', 2), at('2080109', 3)] }],
      },
      {
        name: '合计 项目支出 missing from 小计',
        workbook: withRow(['合计', '', '200.00', '200.00', '105.00']),
        expect: [{ severity: 'error', cells: [at('合计', 1), at('合计', 2), at('合计', 3)] }],
      },
      {
        name: 'seed 002 reproduced: the two 0.01 gaps are info, never error',
        workbook: seed002,
        expect: [
          { severity: 'info', cells: [at002('合计', 1), at002('合计', 2), at002('合计', 3)] },
          { severity: 'info', cells: [at002('2080199', 1), at002('2080199', 2), at002('2080199', 3)] },
        ],
      },
    ],
    unchecked: [noT05, { name: 'an error value in a 基本支出 cell', workbook: withRow(['210', '卫生健康支出', '20.00', '#REF!', '']), uncheckedIncludes: '不是数字' }],
  },

  'T05-2': {
    accept: [
      { name: 'the sample closes exactly', workbook: () => sampleWorkbook() },
      { name: 'seed 002: 20801 基本 148.17 vs 1.24 + 146.92 and 合计 项目 52.71 vs Σ类 52.70 are 尾差', allowInfo: true, workbook: seed002 },
    ],
    reject: [
      {
        name: '款 基本支出 one 万元 above its 项',
        workbook: withRow(['20801', '人力资源和社会保障管理事务', '226.00', '121.00', '105.00']),
        expect: [{ severity: 'error', cells: [at('20801', 2), at('2080109', 2)] }],
      },
      {
        name: '类 小计 one 万元 below its 款',
        workbook: withRow(['208', '社会保障和就业支出', '259.00', '155.00', '104.00']),
        expect: [
          { severity: 'error', cells: [at('208', 1), at('20801', 1), at('20805', 1)] },
          { severity: 'error', cells: [at('合计', 1), at('208', 1), at('210', 1), at('221', 1)] },
          { severity: 'error', cells: [at('208', 3), at('20801', 3)] },
        ],
      },
      {
        name: 'seed 002 reproduced: 20801 栏次2 148.17 vs 148.16 is info',
        workbook: seed002,
        expect: [
          { severity: 'info', cells: [at002('20801', 2), at002('2080150', 2), at002('2080199', 2)] },
          { severity: 'info', cells: [at002('合计', 3), at002('206', 3), at002('208', 3)] },
        ],
      },
    ],
    unchecked: [noT05],
  },
};

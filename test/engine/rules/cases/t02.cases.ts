import type { CaseBook } from '../../../helpers/rule-tester';
import type { CodeRow } from '../../../helpers/sample-data';
import { cellOf, sampleWorkbook } from '../../../helpers/sample-workbook';

/** Seed 004 (晋城 2023, 万元) 收入决算表: 合计/208/2080110 row sums miss by 0.01; 20801 c2 362.07 vs 141.53 + 220.55. */
const SEED_004_T02: CodeRow[] = [
  ['合计', '', '430.21', '430.21', '', '', '', '', '0.01'],
  ['208', '社会保障和就业支出', '389.81', '389.81', '', '', '', '', '0.01'],
  ['20801', '人力资源和社会保障管理事务', '362.08', '362.07', '', '', '', '', '0.01'],
  ['2080108', '信息化建设', '141.53', '141.53', '', '', '', '', ''],
  ['2080110', '劳动关系和维权', '220.55', '220.55', '', '', '', '', '0.01'],
  ['20805', '行政事业单位养老支出', '27.73', '27.73', '', '', '', '', ''],
  ['2080505', '机关事业单位基本养老保险缴费支出', '27.73', '27.73', '', '', '', '', ''],
  ['210', '卫生健康支出', '16.51', '16.51', '', '', '', '', ''],
  ['21011', '行政事业单位医疗', '16.51', '16.51', '', '', '', '', ''],
  ['2101102', '事业单位医疗', '11.30', '11.30', '', '', '', '', ''],
  ['2101103', '公务员医疗补助', '5.22', '5.22', '', '', '', '', ''],
  ['221', '住房保障支出', '23.88', '23.88', '', '', '', '', ''],
  ['22102', '住房改革支出', '23.88', '23.88', '', '', '', '', ''],
  ['2210201', '住房公积金', '23.88', '23.88', '', '', '', '', ''],
];

const seed004 = () => sampleWorkbook({ edit: (d) => (d.t02 = SEED_004_T02.map((r) => [...r] as CodeRow)) });
const at = (key: string, col: number) => cellOf(seed004(), 'T02', key, col);
const sample = (key: string, col: number) => cellOf(sampleWorkbook(), 'T02', key, col);
const noT02 = { workbook: () => sampleWorkbook({ omit: ['T02'] }), uncheckedIncludes: '未找到收入决算表' };

/** The sample with one T02 row changed (found by its code). */
function editRow(code: string, change: (row: CodeRow) => void) {
  return () =>
    sampleWorkbook({
      edit: (d) => {
        const row = d.t02.find((r) => r[0] === code);
        if (!row) throw new Error(`样例收入决算表没有 ${code}`);
        change(row);
      },
    });
}

export const cases: CaseBook = {
  'T02-1': {
    accept: [
      { name: 'the sample closes on every row', workbook: () => sampleWorkbook() },
      { name: 'seed 004: the 0.01 其他收入 gaps are only 尾差', allowInfo: true, workbook: seed004 },
    ],
    reject: [
      {
        name: '合计 本年收入合计 one 万元 above its sources',
        workbook: editRow('合计', (r) => (r[2] = '321.00')),
        expect: [{ severity: 'error', cells: [sample('合计', 1), sample('合计', 2), sample('合计', 7)] }],
      },
      {
        name: 'a 项 row with 事业收入 not counted in its 本年收入合计',
        workbook: editRow('2080109', (r) => (r[5] = '1.00')),
        expect: [{ severity: 'error', cells: [sample('2080109', 1), sample('2080109', 4)] }],
      },
      {
        name: 'seed 004: 合计, 208 and 2080110 miss by 0.01 → info',
        workbook: seed004,
        expect: [
          { severity: 'info', cells: [at('合计', 1), at('合计', 2), at('合计', 7)] },
          { severity: 'info', cells: [at('208', 1), at('208', 2), at('208', 7)] },
          { severity: 'info', cells: [at('2080110', 1), at('2080110', 2), at('2080110', 7)] },
        ],
      },
    ],
    unchecked: [
      { name: 'no T02 in the workbook', ...noT02 },
      { name: 'a cell holds words', workbook: editRow('208', (r) => (r[3] = '详见附表')), uncheckedIncludes: '不是数字' },
    ],
  },

  'T02-2': {
    accept: [
      { name: 'the sample hierarchy closes', workbook: () => sampleWorkbook() },
      { name: 'seed 004: the 0.01 gaps at 20801/208/21011/合计 are only 尾差', allowInfo: true, workbook: seed004 },
    ],
    reject: [
      {
        name: 'a 项 raised by one 万元 breaks its 款',
        workbook: editRow('2080109', (r) => (r[3] = '221.00')),
        expect: [{ severity: 'error', cells: [sample('20801', 2), sample('2080109', 2)] }],
      },
      {
        name: 'a class that does not add up to the 合计',
        workbook: editRow('合计', (r) => (r[8] = '21.00')),
        expect: [{ severity: 'error', cells: [sample('合计', 7), sample('208', 7)] }],
      },
      {
        name: 'seed 004: 20801 财政拨款收入 362.07 vs 141.53 + 220.55 → info',
        workbook: seed004,
        expect: [{ severity: 'info', cells: [at('20801', 2), at('2080108', 2), at('2080110', 2)] }],
      },
    ],
    unchecked: [
      { name: 'no T02 in the workbook', ...noT02 },
      { name: 'no 合计 row', workbook: () => sampleWorkbook({ edit: (d) => d.t02.shift() }), uncheckedIncludes: '未找到合计行' },
    ],
  },

  'T02-3': {
    accept: [
      { name: 'the sample codes and names', workbook: () => sampleWorkbook() },
      { name: 'a PDF copy wraps a name with a space', workbook: editRow('208', (r) => (r[1] = '社会保障和 就业支出')) },
      { name: 'a code missing from the dictionary is not judged', workbook: editRow('2080109', (r) => ((r[0] = '2080198'), (r[1] = '某地方自设科目'))) },
      {
        name: 'seed 004 codes and names',
        workbook: seed004,
      },
    ],
    reject: [
      {
        name: 'an obsolete class name (seed 003: 医疗卫生与计划生育支出)',
        workbook: editRow('210', (r) => (r[1] = '医疗卫生与计划生育支出')),
        expect: [{ severity: 'warning', cells: ['B13'], messageIncludes: '卫生健康支出' }],
      },
      {
        name: 'a 项 name that differs from the dictionary',
        workbook: editRow('2080109', (r) => (r[1] = '社会保险经办')),
        expect: [{ severity: 'warning', cells: ['B10'], messageIncludes: '社会保险经办机构' }],
      },
      {
        name: 'a 项 whose 款 is not printed',
        workbook: () => sampleWorkbook({ edit: (d) => (d.t02 = d.t02.filter((r) => r[0] !== '20805')) }),
        expect: [{ severity: 'warning', cells: ['A11'], messageIncludes: '20805' }],
      },
      {
        name: 'a 款 whose 类 is not printed',
        workbook: () => sampleWorkbook({ edit: (d) => (d.t02 = d.t02.filter((r) => r[0] !== '221')) }),
        expect: [{ severity: 'warning', cells: ['A16'], messageIncludes: '221' }],
      },
      {
        name: 'a 4-digit code the parser cannot key',
        workbook: editRow('20805', (r) => (r[0] = '2080')),
        expect: [{ severity: 'warning', cells: ['A11'], messageIncludes: '2080' }],
      },
      {
        name: 'a row with a name but no code',
        workbook: editRow('20805', (r) => (r[0] = '')),
        expect: [{ severity: 'warning', cells: ['A11'], messageIncludes: '行政事业单位养老支出' }],
      },
      {
        name: 'a 3-digit code that is not a class',
        workbook: editRow('221', (r) => (r[0] = '209')),
        expect: [{ severity: 'warning', cells: ['A16'], messageIncludes: '209' }],
      },
      {
        name: 'a code printed twice',
        workbook: () => sampleWorkbook({ edit: (d) => d.t02.push(['2210201', '住房公积金', '0.00', '0.00', '', '', '', '', '']) }),
        expect: [{ severity: 'warning', cells: ['A19'], messageIncludes: '重复' }],
      },
    ],
    unchecked: [{ name: 'no T02 in the workbook', ...noT02 }],
  },

  'T02-4': {
    accept: [
      { name: 'the sample has no negative income', workbook: () => sampleWorkbook() },
      { name: 'seed 004', workbook: seed004 },
    ],
    reject: [
      {
        name: 'a negative 其他收入',
        workbook: editRow('2080109', (r) => (r[8] = '-20.00')),
        expect: [{ severity: 'error', cells: [sample('2080109', 7)] }],
      },
      {
        name: 'a negative 合计',
        workbook: editRow('合计', (r) => (r[2] = '-320.00')),
        expect: [{ severity: 'error', cells: [sample('合计', 1)] }],
      },
    ],
    unchecked: [{ name: 'no T02 in the workbook', ...noT02 }],
  },
};

import type { WorkbookSnapshot } from '../../../../src/engine/model/snapshot';
import type { CaseBook } from '../../../helpers/rule-tester';
import { cellOf, sampleWorkbook } from '../../../helpers/sample-workbook';
import type { SampleData } from '../../../helpers/sample-data';
import { seed000T06, seed004T06, t06Workbook2022, t06Workbook2023, type T06Values } from '../../../helpers/t06-grids';

/** A1 of a T06 cell (row key: economic code or footer) in a workbook. */
const cell = (wb: WorkbookSnapshot, key: string, col: number) => cellOf(wb, 'T06', key, col);

/** The sample (2023 layout, 万元) with its T06 changed. */
const sample = (edit: (t: SampleData['t06']) => void) => () => sampleWorkbook({ edit: (d) => edit(d.t06) });
const s = (key: string) => cell(sampleWorkbook(), key, 1);

/** Seed 000 (山西 2022, 元) with some cells changed. */
const seed000 = (edit: (v: T06Values) => void = () => undefined) => () => {
  const v = seed000T06();
  edit(v);
  return t06Workbook2022(v);
};
const g22 = t06Workbook2022(seed000T06());
const c22 = (key: string, col: number) => cell(g22, key, col);

const seed004 = (edit: (v: T06Values) => void = () => undefined) => () => {
  const v = seed004T06();
  edit(v);
  return t06Workbook2023(v);
};
const g23 = t06Workbook2023(seed004T06());
const c23 = (key: string) => cell(g23, key, 1);

/** Project-funded 基本建设 in the 2022 金额 栏: allowed there, and part of 公用经费合计 金额. */
const capitalProject = (v: T06Values) => {
  v['309'] = ['50000.00', '——'];
  v['30902'] = ['50000.00', '——'];
  v['公用经费合计'] = ['881152.53', '49209.20'];
};

const noT06 = { name: 'no T06 in the workbook', workbook: () => sampleWorkbook({ omit: ['T06'] }), uncheckedIncludes: '未找到一般公共预算财政拨款基本支出决算明细表' };

export const cases: CaseBook = {
  'T06-1': {
    accept: [
      { name: 'the sample closes exactly', workbook: () => sampleWorkbook() },
      { name: 'seed 000 (2022, 元): 302 金额 831,152.53 and 基本支出 49,209.20 close to the fen', workbook: seed000() },
      { name: 'seed 004: 301 262.49 vs Σ款 262.48 is an info 尾差', allowInfo: true, workbook: seed004() },
    ],
    reject: [
      { name: '30101 one 万元 above what 301 holds', workbook: sample((t) => (t['30101'] = '61.00')), expect: [{ severity: 'error', cells: [s('301'), s('30101')] }] },
      { name: '303 without its 30309', workbook: sample((t) => (t['30309'] = '')), expect: [{ severity: 'error', cells: [s('303')] }] },
      { name: 'seed 004 reproduced: the 0.01 on 301 is info, never error', workbook: seed004(), expect: [{ severity: 'info', cells: [c23('301'), c23('30101'), c23('30199')] }] },
      {
        name: '2022 基本支出 栏: 30201 one 元 too high',
        workbook: seed000((v) => (v['30201'] = ['7025.80', '7026.80'])),
        expect: [{ severity: 'error', cells: [c22('302', 2), c22('30201', 2)] }],
      },
      {
        name: '2022 金额 栏: a 309 款 not carried into the 309 类',
        workbook: seed000((v) => (v['30902'] = ['50000.00', '——'])),
        expect: [{ severity: 'error', cells: [c22('309', 1), c22('30902', 1)] }],
      },
    ],
    unchecked: [noT06, { name: 'text in a 款 cell', workbook: sample((t) => (t['30102'] = '见附表')), uncheckedIncludes: '不是数字' }],
  },

  'T06-2': {
    accept: [
      { name: 'the sample: 175 = 170 + 5', workbook: () => sampleWorkbook() },
      { name: 'seed 000: 643,865.64 = 641,065.64 + 2,800.00 in both 栏', workbook: seed000() },
      { name: 'seed 004: 262.67 = 262.49 + 0.18', workbook: seed004() },
    ],
    reject: [
      { name: '人员经费合计 one 万元 too high', workbook: sample((t) => (t['人员经费合计'] = '176.00')), expect: [{ severity: 'error', cells: [s('人员经费合计'), s('301'), s('303')] }] },
      { name: '303 left out of 人员经费合计', workbook: sample((t) => (t['人员经费合计'] = '170.00')), expect: [{ severity: 'error', cells: [s('人员经费合计'), s('301'), s('303')] }] },
      {
        name: '2022 其中：基本支出 栏 of 人员经费合计 wrong',
        workbook: seed000((v) => (v['人员经费合计'] = ['643865.64', '643000.00'])),
        expect: [{ severity: 'error', cells: [c22('人员经费合计', 2), c22('301', 2), c22('303', 2)] }],
      },
    ],
    unchecked: [noT06, { name: 'footer 人员经费合计 unreadable', workbook: sample((t) => (t['人员经费合计'] = '#REF!')), uncheckedIncludes: '不是数字' }],
  },

  'T06-3': {
    accept: [
      { name: 'the sample: 公用经费合计 = 302', workbook: () => sampleWorkbook() },
      { name: 'seed 000: 831,152.53 and 49,209.20', workbook: seed000() },
      {
        name: '310 office equipment counted in 公用经费',
        workbook: sample((t) => {
          t['310'] = '3.00';
          t['31002'] = '3.00';
          t['公用经费合计'] = '28.00';
        }),
      },
      { name: '2022 金额 栏: project 309 基本建设 is part of 公用经费合计', workbook: seed000(capitalProject) },
    ],
    reject: [
      { name: '公用经费合计 one 万元 too high', workbook: sample((t) => (t['公用经费合计'] = '26.00')), expect: [{ severity: 'error', cells: [s('公用经费合计'), s('302')] }] },
      {
        name: '310 left out of 公用经费合计',
        workbook: sample((t) => {
          t['310'] = '3.00';
          t['31002'] = '3.00';
        }),
        expect: [{ severity: 'error', cells: [s('公用经费合计'), s('302'), s('310')] }],
      },
      {
        name: '2022 基本支出 栏 of 公用经费合计 100 元 off',
        workbook: seed000((v) => (v['公用经费合计'] = ['831152.53', '49309.20'])),
        expect: [{ severity: 'error', cells: [c22('公用经费合计', 2), c22('302', 2)] }],
      },
      {
        name: '2022 金额 栏: 309 not carried into 公用经费合计',
        workbook: seed000((v) => {
          capitalProject(v);
          v['公用经费合计'] = ['831152.53', '49209.20'];
        }),
        expect: [{ severity: 'error', cells: [c22('公用经费合计', 1), c22('302', 1), c22('309', 1)] }],
      },
    ],
    unchecked: [noT06],
  },

  'T06-4': {
    accept: [
      { name: 'seed 004: 309/311 printed “——”', workbook: seed004() },
      { name: 'seed 000: 基本支出 栏 “——”, 金额 栏 blank', workbook: seed000() },
      { name: '2022 金额 栏 may hold project 基本建设', workbook: seed000(capitalProject) },
      { name: 'the sample prints no 309/311 rows (河南 layout)', workbook: () => sampleWorkbook() },
      { name: '0.00 in a 309 cell is no amount', workbook: seed004((v) => (v['30902'] = ['0.00'])) },
    ],
    reject: [
      {
        name: '2023: 办公设备购置 booked under 30902 基本建设',
        workbook: seed004((v) => {
          v['309'] = ['5.00'];
          v['30902'] = ['5.00'];
        }),
        expect: [{ severity: 'error', cells: [c23('309')] }, { severity: 'error', cells: [c23('30902')] }],
      },
      { name: '2023: an amount under 311 对企业补助（基本建设）', workbook: seed004((v) => (v['31101'] = ['1.00'])), expect: [{ severity: 'error', cells: [c23('31101')] }] },
      {
        name: '2022: an amount in the 其中：基本支出 栏 of 30902',
        workbook: seed000((v) => {
          capitalProject(v);
          v['30902'] = ['50000.00', '50000.00'];
        }),
        expect: [{ severity: 'error', cells: [c22('30902', 2)] }],
      },
    ],
    unchecked: [noT06],
  },

  'T06-5': {
    accept: [
      { name: 'seed 000: every 基本支出 within its 金额', workbook: seed000() },
      { name: 'a 2023 基本支出 table has one column: nothing to compare', workbook: () => sampleWorkbook() },
    ],
    reject: [
      {
        name: '30201 基本支出 above its 金额',
        workbook: seed000((v) => (v['30201'] = ['7025.80', '7125.80'])),
        expect: [{ severity: 'error', cells: [c22('30201', 2), c22('30201', 1)] }],
      },
      {
        name: '公用经费合计 基本支出 above its 金额',
        workbook: seed000((v) => (v['公用经费合计'] = ['831152.53', '900000.00'])),
        expect: [{ severity: 'error', cells: [c22('公用经费合计', 2), c22('公用经费合计', 1)] }],
      },
      {
        name: '基本支出 filled where 金额 is blank',
        workbook: seed000((v) => (v['30202'] = [null, '300.00'])),
        expect: [{ severity: 'error', cells: [c22('30202', 2), c22('30202', 1)] }],
      },
    ],
    unchecked: [noT06, { name: 'text in a 金额 cell', workbook: seed000((v) => (v['30207'] = ['见附表', '2000.00'])), uncheckedIncludes: '不是数字' }],
  },

  'T06-6': {
    accept: [
      { name: 'the sample buys no assets', workbook: () => sampleWorkbook() },
      { name: '3 万元 of office equipment is routine', workbook: sample((t) => ((t['310'] = '3.00'), (t['31002'] = '3.00'))) },
      {
        name: '2022: a large 31002 in 金额 only (project spending) is not basic',
        workbook: seed000((v) => {
          v['310'] = ['200000.00', null];
          v['31002'] = ['200000.00', null];
        }),
      },
    ],
    reject: [
      {
        name: '12 万元 of 31002 办公设备购置 in 基本支出',
        workbook: sample((t) => ((t['310'] = '12.00'), (t['31002'] = '12.00'))),
        expect: [{ severity: 'info', cells: [s('31002')], messageIncludes: '10.00 万元' }],
      },
      {
        name: '2022 其中：基本支出: 150,000 元 of 31002',
        workbook: seed000((v) => {
          v['310'] = ['150000.00', '150000.00'];
          v['31002'] = ['150000.00', '150000.00'];
        }),
        expect: [{ severity: 'info', cells: [c22('31002', 2)] }],
      },
    ],
    unchecked: [noT06],
  },
};

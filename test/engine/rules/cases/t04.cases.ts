import { recognizeWorkbook } from '../../../../src/engine/recognize/recognize-workbook';
import { toA1 } from '../../../../src/engine/model/address';
import type { WorkbookSnapshot } from '../../../../src/engine/model/snapshot';
import type { CaseBook } from '../../../helpers/rule-tester';
import { cellOf, SAMPLE_SHEETS, sampleWorkbook } from '../../../helpers/sample-workbook';
import type { SampleData } from '../../../helpers/sample-data';
import { setCell } from '../../../helpers/sheet';

/** A1 of a 财政拨款收入支出决算总表 cell of the sample: `at(59, 3)` is 行次59 栏次3. */
const at = (line: number, col: number) => cellOf(sampleWorkbook(), 'T04', `L${line}`, col);

const noT04 = { name: 'no T04 in the workbook', workbook: () => sampleWorkbook({ omit: ['T04'] }), uncheckedIncludes: '未找到财政拨款收入支出决算总表' };

/** The sample with its T04 changed. */
const t04 = (edit: (t: SampleData['t04']) => void) => () => sampleWorkbook({ edit: (d) => edit(d.t04) });

/** Writes a label next to 行次 `line` of the sample T04 (the 2023 template leaves 61–63 unlabelled). */
function labelled(wb: WorkbookSnapshot, line: number, label: string): WorkbookSnapshot {
  const pos = recognizeWorkbook(wb).get('T04')!.line(line)!.labelPos!;
  setCell(wb.sheets.find((s) => s.name === SAMPLE_SHEETS.T04)!, toA1(pos), label);
  return wb;
}

export const cases: CaseBook = {
  'T04-1': {
    accept: [
      { name: 'the sample closes exactly', workbook: () => sampleWorkbook() },
      {
        name: 'three budget types sum to 本年收入合计',
        workbook: t04((t) => {
          t[1] = ['300.00'];
          t[2] = ['40.00'];
          t[3] = ['2.50'];
          t[27] = ['342.50'];
        }),
      },
      { name: 'a 0.01 gap over two 万元 terms is an info 尾差', allowInfo: true, workbook: t04((t) => (t[1] = ['300.01'])) },
    ],
    reject: [
      { name: '本年收入合计 one 万元 above 行次1–3', workbook: t04((t) => (t[27] = ['301.00'])), expect: [{ severity: 'error', cells: [at(27, 1), at(1, 1)] }] },
      {
        name: '政府性基金 income left out of 本年收入合计',
        workbook: t04((t) => (t[2] = ['12.00'])),
        expect: [{ severity: 'error', cells: [at(27, 1), at(1, 1), at(2, 1)] }],
      },
      {
        name: 'an amount typed in the blank 行次5 belongs to the sum',
        workbook: t04((t) => (t[5] = ['1.00'])),
        expect: [{ severity: 'error', cells: [at(27, 1), at(5, 1)] }],
      },
      { name: 'a 0.01 gap is reported as info', workbook: t04((t) => (t[1] = ['300.01'])), expect: [{ severity: 'info', cells: [at(27, 1), at(1, 1)], messageIncludes: '在尾差范围' }] },
    ],
    unchecked: [
      noT04,
      { name: 'text in 行次2', workbook: t04((t) => (t[2] = ['见说明'])), uncheckedIncludes: '不是数字' },
    ],
  },

  'T04-2': {
    accept: [
      { name: 'the sample closes exactly', workbook: () => sampleWorkbook() },
      {
        name: '年初 carry-over of two budget types',
        workbook: t04((t) => {
          t[28] = ['15.00'];
          t[30] = ['5.00'];
        }),
      },
    ],
    reject: [
      { name: '一般公共预算 年初 above the 年初 total', workbook: t04((t) => (t[29] = ['11.00'])), expect: [{ severity: 'error', cells: [at(28, 1), at(29, 1)] }] },
      {
        name: '国有资本经营 年初 missing from the total',
        workbook: t04((t) => (t[31] = ['3.00'])),
        expect: [{ severity: 'error', cells: [at(28, 1), at(29, 1), at(31, 1)] }],
      },
    ],
    unchecked: [noT04],
  },

  'T04-3': {
    accept: [
      { name: 'the sample closes exactly', workbook: () => sampleWorkbook() },
      { name: 'no 年初 carry-over: 总计 = 本年收入合计', workbook: t04((t) => ((t[28] = ['']), (t[29] = ['']), (t[32] = ['300.00']))) },
    ],
    reject: [
      { name: '收入总计 ten 万元 above 27 + 28', workbook: t04((t) => (t[32] = ['320.00'])), expect: [{ severity: 'error', cells: [at(32, 1), at(27, 1), at(28, 1)] }] },
      { name: '年初 left out of 收入总计', workbook: t04((t) => (t[32] = ['300.00'])), expect: [{ severity: 'error', cells: [at(32, 1), at(27, 1)] }] },
    ],
    unchecked: [noT04],
  },

  'T04-4': {
    accept: [
      { name: 'the sample closes exactly', workbook: () => sampleWorkbook() },
      {
        name: 'a class spent from 一般公共预算 and 政府性基金',
        workbook: t04((t) => {
          t[40] = ['260.00', '250.00', '10.00', ''];
          t[59] = ['305.00', '295.00', '10.00', ''];
        }),
      },
      { name: 'a 0.01 gap on one row is an info 尾差', allowInfo: true, workbook: t04((t) => (t[41] = ['20.00', '19.99', '', ''])) },
    ],
    reject: [
      { name: '合计 of a class row above 栏次3', workbook: t04((t) => (t[41] = ['21.00', '20.00', '', ''])), expect: [{ severity: 'error', cells: [at(41, 2), at(41, 3)] }] },
      {
        name: '政府性基金 spending not carried into 合计 on 行次59',
        workbook: t04((t) => (t[59] = ['305.00', '305.00', '8.00', ''])),
        expect: [{ severity: 'error', cells: [at(59, 2), at(59, 3), at(59, 4)] }],
      },
      { name: '总计 row 国有资本经营 amount', workbook: t04((t) => (t[64] = ['310.00', '310.00', '', '2.00'])), expect: [{ severity: 'error', cells: [at(64, 2), at(64, 5)] }] },
      { name: 'the blank 行次62 holding an amount only in 栏次3', workbook: t04((t) => (t[62] = ['', '1.00', '', ''])), expect: [{ severity: 'error', cells: [at(62, 2), at(62, 3)] }] },
    ],
    unchecked: [noT04],
  },

  'T04-5': {
    accept: [
      { name: 'the sample closes exactly', workbook: () => sampleWorkbook() },
      {
        // Seed 004: classes add up to 430.20, 本年支出合计 prints 430.21 (栏次2 and 3).
        name: 'seed 004: 430.21 vs Σ classes 430.20 is an info 尾差',
        allowInfo: true,
        workbook: t04((t) => {
          t[40] = ['389.81', '389.81', '', ''];
          t[41] = ['16.51', '16.51', '', ''];
          t[51] = ['23.88', '23.88', '', ''];
          t[59] = ['430.21', '430.21', '', ''];
        }),
      },
    ],
    reject: [
      {
        name: '本年支出合计 栏次3 one 万元 above its classes',
        workbook: t04((t) => (t[59] = ['306.00', '306.00', '', ''])),
        expect: [
          { severity: 'error', cells: [at(59, 2), at(40, 2), at(41, 2), at(51, 2)] },
          { severity: 'error', cells: [at(59, 3), at(40, 3), at(41, 3), at(51, 3)] },
        ],
      },
      {
        name: '政府性基金 class spending missing from 行次59 栏次4',
        workbook: t04((t) => (t[37] = ['6.00', '', '6.00', ''])),
        expect: [{ severity: 'error', cells: [at(59, 4), at(37, 4)] }],
      },
      {
        name: 'seed 004 reproduced: the 0.01 is reported as info',
        workbook: t04((t) => {
          t[40] = ['389.81', '389.81', '', ''];
          t[41] = ['16.51', '16.51', '', ''];
          t[51] = ['23.88', '23.88', '', ''];
          t[59] = ['430.21', '430.21', '', ''];
        }),
        expect: [{ severity: 'info', cells: [at(59, 2)] }, { severity: 'info', cells: [at(59, 3)] }],
      },
    ],
    unchecked: [noT04],
  },

  'T04-6': {
    accept: [
      { name: 'the sample closes exactly', workbook: () => sampleWorkbook() },
      {
        name: 'no 年末 carry-over: 总计 = 本年支出合计',
        workbook: t04((t) => ((t[60] = ['', '', '', '']), (t[64] = ['305.00', '305.00', '', '']))),
      },
    ],
    reject: [
      {
        name: '总计 栏次2 one 万元 above 59 + 60',
        workbook: t04((t) => (t[64] = ['311.00', '310.00', '', ''])),
        expect: [{ severity: 'error', cells: [at(64, 2), at(59, 2), at(60, 2)] }],
      },
      {
        name: '年末 政府性基金 balance missing from 总计 栏次4',
        workbook: t04((t) => (t[60] = ['5.00', '5.00', '3.00', ''])),
        expect: [{ severity: 'error', cells: [at(64, 4), at(60, 4)] }],
      },
    ],
    unchecked: [noT04],
  },

  'T04-7': {
    accept: [{ name: 'the sample balances', workbook: () => sampleWorkbook() }],
    reject: [
      { name: '收入总计 one 万元 above 支出总计', workbook: t04((t) => (t[32] = ['311.00'])), expect: [{ severity: 'error', cells: [at(32, 1), at(64, 2)] }] },
      {
        name: 'one rounding step between the two 总计 is a warning',
        workbook: t04((t) => (t[64] = ['310.01', '310.01', '', ''])),
        expect: [{ severity: 'warning', cells: [at(32, 1), at(64, 2)] }],
      },
    ],
    unchecked: [noT04],
  },

  'T04-8': {
    accept: [
      { name: 'the sample: 10 + 300 − 305 = 5', workbook: () => sampleWorkbook() },
      {
        name: '政府性基金: 0 + 50 − 40 = 10',
        workbook: t04((t) => {
          t[2] = ['50.00'];
          t[59] = ['345.00', '305.00', '40.00', ''];
          t[60] = ['15.00', '5.00', '10.00', ''];
        }),
      },
    ],
    reject: [
      {
        name: '一般公共预算 年末 one 万元 too high',
        workbook: t04((t) => (t[60] = ['6.00', '6.00', '', ''])),
        expect: [{ severity: 'error', cells: [at(60, 3), at(29, 1), at(1, 1), at(59, 3)] }],
      },
      {
        name: '国有资本经营 income with no spending and no 年末',
        workbook: t04((t) => (t[3] = ['4.00'])),
        expect: [{ severity: 'error', cells: [at(60, 5), at(3, 1)] }],
      },
      {
        name: '政府性基金 年初 not carried to 年末',
        workbook: t04((t) => (t[30] = ['2.00'])),
        expect: [{ severity: 'error', cells: [at(60, 4), at(30, 1)] }],
      },
    ],
    unchecked: [noT04],
  },

  'T04-9': {
    accept: [
      { name: 'the 2023 template leaves 行次61–63 empty', workbook: () => sampleWorkbook() },
      {
        name: 'unlabelled 行次61–63 printing only 0.00 are the template rows',
        workbook: t04((t) => {
          for (const n of [61, 62, 63]) t[n] = ['0.00', '0.00', '0.00', '0.00'];
        }),
      },
      {
        name: 'a printed split that adds up to 行次60',
        workbook: t04((t) => {
          t[60] = ['8.00', '5.00', '3.00', ''];
          t[61] = ['5.00', '5.00', '', ''];
          t[62] = ['3.00', '', '3.00', ''];
          t[63] = ['0.00', '', '', ''];
        }),
      },
    ],
    reject: [
      {
        name: 'a printed split one 万元 short of 行次60',
        workbook: t04((t) => (t[61] = ['4.00', '4.00', '', ''])),
        expect: [
          { severity: 'error', cells: [at(60, 2), at(61, 2)] },
          { severity: 'error', cells: [at(60, 3), at(61, 3)] },
        ],
      },
      {
        name: 'labelled split rows left at zero while 行次60 holds 5.00',
        workbook: () => {
          const wb = sampleWorkbook({ edit: (d) => (d.t04[61] = ['0.00', '0.00', '', '']) });
          labelled(wb, 61, '其中：一般公共预算财政拨款');
          labelled(wb, 62, '政府性基金预算财政拨款');
          return labelled(wb, 63, '国有资本经营预算财政拨款');
        },
        expect: [{ severity: 'error', cells: [at(60, 2)] }, { severity: 'error', cells: [at(60, 3)] }],
      },
    ],
    unchecked: [noT04, { name: 'text in the split rows', workbook: t04((t) => (t[62] = ['', '见说明', '', ''])), uncheckedIncludes: '不是数字' }],
  },
};

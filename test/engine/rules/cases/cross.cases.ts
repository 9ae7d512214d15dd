import { toA1 } from '../../../../src/engine/model/address';
import type { WorkbookSnapshot } from '../../../../src/engine/model/snapshot';
import { recognizeWorkbook } from '../../../../src/engine/recognize/recognize-workbook';
import { replaceInSeed, replaceSheet, seedWorkbook, textSheet, tsocWithIncome, withSheets } from '../../../helpers/cross-grids';
import type { CaseBook } from '../../../helpers/rule-tester';
import type { SampleData } from '../../../helpers/sample-data';
import { sampleWorkbook, type SampleTable } from '../../../helpers/sample-workbook';

/** 'Sheet!A1' of a table cell (cross-table findings name cells on several sheets). */
function at(wb: WorkbookSnapshot, id: SampleTable, key: string, col: number): string {
  const cell = recognizeWorkbook(wb).get(id)?.value(key, col);
  if (!cell) throw new Error(`没有 ${id} ${key} 栏次${col}`);
  return `${cell.sheet}!${toA1(cell.pos)}`;
}

/** 'Sheet!A1' of the first fund row (资金总额) of the i-th 自评表. */
function fund(wb: WorkbookSnapshot, i: number, field: 'annualBudget' | 'executed'): string {
  const cell = recognizeWorkbook(wb).selfEvals[i]?.funds[0]?.[field];
  if (!cell) throw new Error(`没有第 ${i + 1} 个自评表的${field}`);
  return `${cell.sheet}!${toA1(cell.pos)}`;
}

const S = sampleWorkbook();

/** The first 自评表 sheet copied to a new sheet: PE-12's duplicate. */
function withTwinSelfEval(wb: WorkbookSnapshot): WorkbookSnapshot {
  const first = recognizeWorkbook(wb).selfEvals[0].sheet;
  const copy = JSON.parse(JSON.stringify(wb.sheets.find((s) => s.name === first))) as WorkbookSnapshot['sheets'][number];
  return { ...wb, sheets: [...wb.sheets, { ...copy, name: `${first}（副本）` }] };
}
const sample = (edit: (d: SampleData) => void) => () => sampleWorkbook({ edit });
const NARRATIVE = '情况说明';
const withText = (wb: WorkbookSnapshot, ...paragraphs: string[]) => withSheets(wb, textSheet(NARRATIVE, ...paragraphs));

/** 政府性基金 money in the sample: 年初 1, 收入 10, 支出 10 (212 城乡社区支出, 项目), 年末 1. */
function withFund(d: SampleData): void {
  d.tgf = [
    ['合计', '', '1.00', '10.00', '10.00', '', '10.00', '1.00'],
    ['212', '城乡社区支出', '1.00', '10.00', '10.00', '', '10.00', '1.00'],
  ];
  d.t04[2] = ['10.00'];
  d.t04[30] = ['1.00'];
  d.t04[43] = ['10.00', '', '10.00', ''];
  d.t04[59] = ['315.00', '305.00', '10.00', ''];
  d.t04[60] = ['6.00', '5.00', '1.00', ''];
}

/** No 年初/年末 财政拨款结转 in 04表 (X-12 applies). */
function noCarryover(d: SampleData): void {
  d.t04[28] = [''];
  d.t04[29] = [''];
  d.t04[60] = ['', '', '', ''];
}

/** Only 一般公共预算 money and no non-fiscal carryover (X-11 expects equality). */
function onlyGeneralBudget(d: SampleData): void {
  d.t01[8] = '';
}

const F = sampleWorkbook({ edit: withFund });

/** The sample without 03表, its spending all 一般公共预算 (总表 58 = 305.00, 208 = 260.00 as in 05表). */
const allGeneralNoT03 =
  (edit: (d: SampleData) => void = () => undefined) =>
  () =>
    sampleWorkbook({ omit: ['T03'], edit: (d) => (Object.assign(d.t01, { 58: '305.00', 39: '260.00' }), edit(d)) });
const addClass206 = (d: SampleData) => d.t03.push(['206', '科学技术支出', '5.00', '', '5.00', '', '', '']);

/** The sample with a 6-栏 国有资本经营 收入支出决算表 (本年收入 4.00) and 财政拨款总表 行次3 = `income`. */
function tsocIncome(income: string, body: string[][]): WorkbookSnapshot {
  return replaceSheet(sampleWorkbook({ edit: (d) => (d.t04[3] = [income]) }), '公开08表', tsocWithIncome('公开08表', body));
}
const TSOC_INCOME_ONLY = [['合计', '', '', '4.00', '', '', '', '4.00']];

const DEFINITION_SHANXI = '机关运行经费：指行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出。';
const DEFINITION_CENTRAL = '机关运行经费：为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。';

const SEED_000_5 = '部门（单位）全年预算数为1475018.17元，执行数为1475018.17元，执行率为100%。';

export const cases: CaseBook = {
  'X-1': {
    accept: [
      { name: 'the sample: 320.00 in both', workbook: () => sampleWorkbook() },
      { name: 'seed 002: 217.46 in both', workbook: () => seedWorkbook('002') },
      { name: 'seed 000 (元): 1,475,018.17 in both, T02 amounts pasted as text', workbook: () => seedWorkbook('000') },
    ],
    reject: [
      {
        name: '本年收入合计 one 万元 above the 收入决算表',
        workbook: sample((d) => (d.t01[27] = '321.00')),
        expect: [{ severity: 'error', cells: [at(S, 'T01', 'L27', 1), at(S, 'T02', '合计', 1)] }],
      },
      {
        name: 'a 0.01 gap between the two prints of one figure is a warning',
        workbook: sample((d) => (d.t02[0][2] = '320.01')),
        expect: [{ severity: 'warning', cells: [at(S, 'T01', 'L27', 1), at(S, 'T02', '合计', 1)] }],
      },
    ],
    unchecked: [{ name: 'no 收入决算表', workbook: () => sampleWorkbook({ omit: ['T02'] }), uncheckedIncludes: '未找到收入决算表' }],
  },

  'X-2': {
    accept: [
      { name: 'the sample: 325.00 in both', workbook: () => sampleWorkbook() },
      { name: 'seed 004: 430.21 in both', workbook: () => seedWorkbook('004') },
    ],
    reject: [
      {
        name: '支出决算表 合计 one 万元 above the 总表',
        workbook: sample((d) => (d.t03[0][2] = '326.00')),
        expect: [{ severity: 'error', cells: [at(S, 'T01', 'L58', 2), at(S, 'T03', '合计', 1)] }],
      },
    ],
    unchecked: [{ name: 'no 支出决算表', workbook: () => sampleWorkbook({ omit: ['T03'] }), uncheckedIncludes: '未找到支出决算表' }],
  },

  'X-3': {
    accept: [
      { name: 'the sample: 208 280.00, 210 20.00, 221 25.00 in both', workbook: () => sampleWorkbook() },
      { name: 'seed 002: 206 40.18, 208 170.64, 210 6.66', workbook: () => seedWorkbook('002') },
      { name: 'no 支出决算表, all spending 一般公共预算 (本年支出合计 305.00 = 05表 合计): the classes of 05表 agree', workbook: allGeneralNoT03() },
    ],
    reject: [
      {
        name: 'no 支出决算表, all spending 一般公共预算: 总表 208 261.00 against 05表 208 260.00',
        workbook: allGeneralNoT03((d) => (d.t01[39] = '261.00')),
        expect: [{ severity: 'error', cells: [at(S, 'T01', 'L39', 2), at(S, 'T05', '208', 1)], messageIncludes: '一般公共预算财政拨款支出决算表' }],
      },
      {
        name: '总表 208 one 万元 above 支出决算表 208',
        workbook: sample((d) => (d.t01[39] = '281.00')),
        expect: [{ severity: 'error', cells: [at(S, 'T01', 'L39', 2), at(S, 'T03', '208', 1)] }],
      },
      {
        name: 'a class in the 总表 (206 行次37) that 支出决算表 does not print counts as 0 there',
        workbook: sample((d) => (d.t01[37] = '5.00')),
        expect: [{ severity: 'error', cells: [at(S, 'T01', 'L37', 2)], messageIncludes: '未列示（按 0 计）' }],
      },
      {
        name: 'a class of 支出决算表 left blank in the 总表',
        workbook: sample(addClass206),
        expect: [{ severity: 'error', cells: [at(S, 'T01', 'L37', 2), at(sampleWorkbook({ edit: addClass206 }), 'T03', '206', 1)] }],
      },
    ],
    unchecked: [
      { name: 'no 总表', workbook: () => sampleWorkbook({ omit: ['T01'] }), uncheckedIncludes: '未找到收入支出决算总表' },
      { name: 'no 支出决算表, and 本年支出合计 325.00 ≠ 05表 合计 305.00', workbook: () => sampleWorkbook({ omit: ['T03'] }), uncheckedIncludes: '支出不全是一般公共预算财政拨款' },
    ],
  },

  'X-4': {
    accept: [
      { name: 'the sample: 一般公共预算 300.00, 其他收入 20.00', workbook: () => sampleWorkbook() },
      { name: 'seed 004', workbook: () => seedWorkbook('004') },
    ],
    reject: [
      {
        name: '财政拨款总表 行次1 differs from the 总表',
        workbook: sample((d) => (d.t04[1] = ['301.00'])),
        expect: [{ severity: 'error', cells: [at(S, 'T01', 'L1', 1), at(S, 'T04', 'L1', 1)] }],
      },
      {
        name: '收入决算表 财政拨款收入 ≠ 总表 行次1+2+3',
        workbook: sample((d) => (d.t02[0][3] = '299.00')),
        expect: [{ severity: 'error', cells: [at(S, 'T02', '合计', 2), at(S, 'T01', 'L1', 1)] }],
      },
      {
        name: '收入决算表 其他收入 ≠ 总表 行次8',
        workbook: sample((d) => (d.t02[0][8] = '21.00')),
        expect: [{ severity: 'error', cells: [at(S, 'T01', 'L8', 1), at(S, 'T02', '合计', 7)] }],
      },
    ],
    unchecked: [
      { name: 'no 收入决算表', workbook: () => sampleWorkbook({ omit: ['T02'] }), uncheckedIncludes: '未找到收入决算表' },
      { name: 'no 财政拨款收入支出决算总表', workbook: () => sampleWorkbook({ omit: ['T04'] }), uncheckedIncludes: '未找到财政拨款收入支出决算总表' },
    ],
  },

  'X-5': {
    accept: [
      { name: 'the sample: 300.00 in both', workbook: () => sampleWorkbook() },
      { name: 'seed 002: 217.46 in both', workbook: () => seedWorkbook('002') },
    ],
    reject: [
      {
        name: '财政拨款本年收入合计 one 万元 above 财政拨款收入',
        workbook: sample((d) => (d.t04[27] = ['301.00'])),
        expect: [{ severity: 'error', cells: [at(S, 'T02', '合计', 2), at(S, 'T04', 'L27', 1)] }],
      },
    ],
    unchecked: [{ name: 'no 财政拨款收入支出决算总表', workbook: () => sampleWorkbook({ omit: ['T04'] }), uncheckedIncludes: '未找到财政拨款收入支出决算总表' }],
  },

  'X-6': {
    accept: [
      { name: 'the sample: 305.00, 208 260.00', workbook: () => sampleWorkbook() },
      { name: 'seed 002: 217.46, 208 170.62 in both', workbook: () => seedWorkbook('002') },
      { name: 'seed 000 (元)', workbook: () => seedWorkbook('000') },
    ],
    reject: [
      {
        name: '一般公共预算财政拨款支出决算表 合计 one 万元 above 行次59 栏次3',
        workbook: sample((d) => (d.t05[0][2] = '306.00')),
        expect: [{ severity: 'error', cells: [at(S, 'T04', 'L59', 3), at(S, 'T05', '合计', 1)] }],
      },
      {
        name: 'class 208 differs',
        workbook: sample((d) => (d.t05[1][2] = '261.00')),
        expect: [{ severity: 'error', cells: [at(S, 'T04', 'L40', 3), at(S, 'T05', '208', 1)] }],
      },
      {
        name: 'a class in 财政拨款总表 (206 行次38) missing from 一般公共预算财政拨款支出决算表',
        workbook: sample((d) => (d.t04[38] = ['5.00', '5.00', '', ''])),
        expect: [{ severity: 'error', cells: [at(S, 'T04', 'L38', 3)], messageIncludes: '未列示' }],
      },
    ],
    unchecked: [{ name: 'no 一般公共预算财政拨款支出决算表', workbook: () => sampleWorkbook({ omit: ['T05'] }), uncheckedIncludes: '未找到一般公共预算财政拨款支出决算表' }],
  },

  'X-7': {
    accept: [
      { name: 'the sample: 200.00 = 175.00 + 25.00', workbook: () => sampleWorkbook() },
      { name: 'seed 002: 164.76 = 155.93 + 8.83', workbook: () => seedWorkbook('002') },
      { name: 'seed 004: 288.68 = 262.67 + 26.01', workbook: () => seedWorkbook('004') },
      { name: 'seed 000, 山西 2022 明细表 (元): 1,475,018.17 = 643,865.64 + 831,152.53 and 693,074.84 = 643,865.64 + 49,209.20', workbook: () => seedWorkbook('000') },
    ],
    reject: [
      {
        name: '公用经费合计 one 万元 above',
        workbook: sample((d) => (d.t06['公用经费合计'] = '26.00')),
        expect: [{ severity: 'error', cells: [at(S, 'T05', '合计', 2), at(S, 'T06', '人员经费合计', 1), at(S, 'T06', '公用经费合计', 1)] }],
      },
      {
        name: '2022 variant: 小计 ≠ Σ金额',
        workbook: () => seedWorkbook('000', { edit: (d) => replaceInSeed(d, 'T05', '合计', '1475018.17', '1475118.17') }),
        expect: [{ severity: 'error', cells: [at(seedWorkbook('000'), 'T05', '合计', 1), at(seedWorkbook('000'), 'T06', '公用经费合计', 1)] }],
      },
      {
        name: '2022 variant, 元: one fen off in 基本支出 is an error (元 tables close to the fen)',
        workbook: () => seedWorkbook('000', { edit: (d) => replaceInSeed(d, 'T05', '合计', '693074.84', '693074.85') }),
        expect: [{ severity: 'error', cells: [at(seedWorkbook('000'), 'T05', '合计', 2), at(seedWorkbook('000'), 'T06', '公用经费合计', 2)] }],
      },
    ],
    unchecked: [{ name: 'no 基本支出明细表', workbook: () => sampleWorkbook({ omit: ['T06'] }), uncheckedIncludes: '未找到一般公共预算财政拨款基本支出决算明细表' }],
  },

  'X-8': {
    accept: [
      { name: 'the sample: no 政府性基金, empty table', workbook: () => sampleWorkbook() },
      { name: '政府性基金 money in both tables', workbook: sample(withFund) },
      { name: 'seed 004: empty in both', workbook: () => seedWorkbook('004') },
    ],
    reject: [
      {
        name: '本年支出小计 of the 政府性基金表 differs from 行次59 栏次4',
        workbook: sample((d) => {
          withFund(d);
          d.tgf[0][4] = '11.00';
        }),
        expect: [{ severity: 'error', cells: [at(S, 'T04', 'L59', 4), at(F, 'TGF', '合计', 3)] }],
      },
      {
        name: '年初 in 行次30 but the 政府性基金表 is empty',
        workbook: sample((d) => (d.t04[30] = ['1.00'])),
        expect: [{ severity: 'error', cells: [at(S, 'T04', 'L30', 1), at(S, 'TGF', '合计', 1)] }],
      },
      {
        name: 'a class of the 政府性基金表 left blank in 财政拨款总表',
        workbook: sample((d) => {
          withFund(d);
          d.t04[43] = ['', '', '', ''];
        }),
        expect: [{ severity: 'error', cells: [at(S, 'T04', 'L43', 4), at(F, 'TGF', '212', 3)] }],
      },
    ],
    unchecked: [{ name: 'no 政府性基金表', workbook: () => sampleWorkbook({ omit: ['TGF'] }), uncheckedIncludes: '未找到政府性基金预算财政拨款收入支出决算表' }],
  },

  'X-9': {
    accept: [
      { name: 'the sample: no 国有资本经营, empty table', workbook: () => sampleWorkbook() },
      {
        name: '6-栏 收入支出 variant: 年初 1, 收入 4, 支出 3, 年末 2 in both',
        workbook: () => {
          const wb = sampleWorkbook({
            edit: (d) => {
              d.t04[3] = ['4.00'];
              d.t04[31] = ['1.00'];
              d.t04[43] = ['3.00', '', '', '3.00'];
              d.t04[59] = ['308.00', '305.00', '', '3.00'];
              d.t04[60] = ['7.00', '5.00', '', '2.00'];
            },
          });
          return replaceSheet(wb, '公开08表', tsocWithIncome('公开08表', [['合计', '', '1.00', '4.00', '3.00', '', '3.00', '2.00'], ['212', '城乡社区支出', '1.00', '4.00', '3.00', '', '3.00', '2.00']]));
        },
      },
    ],
    reject: [
      {
        name: '行次59 栏次5 has money, the 国有资本经营表 is empty',
        workbook: sample((d) => (d.t04[59] = ['308.00', '305.00', '', '3.00'])),
        expect: [{ severity: 'error', cells: [at(S, 'T04', 'L59', 5), at(S, 'TSOC', '合计', 1)] }],
      },
      {
        name: '6-栏 variant: 本年收入 4.00 vs 财政拨款总表 行次3 5.00',
        workbook: () => tsocIncome('5.00', TSOC_INCOME_ONLY),
        expect: [{ severity: 'error', cells: [at(S, 'T04', 'L3', 1), at(tsocIncome('5.00', TSOC_INCOME_ONLY), 'TSOC', '合计', 2)] }],
      },
    ],
    unchecked: [{ name: 'no 国有资本经营表', workbook: () => sampleWorkbook({ omit: ['TSOC'] }), uncheckedIncludes: '未找到国有资本经营预算财政拨款支出决算表' }],
  },

  'X-10': {
    accept: [
      { name: 'the sample: 栏次4/5 all 0, both tables empty', workbook: () => sampleWorkbook() },
      { name: '政府性基金 money in both', workbook: sample(withFund) },
      { name: 'seed 002: 0.00 everywhere', workbook: () => seedWorkbook('002') },
    ],
    reject: [
      {
        name: 'the 政府性基金表 has data, 财政拨款总表 栏次4 is all 0',
        workbook: sample((d) => {
          withFund(d);
          d.t04[2] = [''];
          d.t04[30] = [''];
          d.t04[43] = ['', '', '', ''];
          d.t04[59] = ['305.00', '305.00', '', ''];
          d.t04[60] = ['5.00', '5.00', '', ''];
        }),
        expect: [{ severity: 'error', cells: [at(F, 'TGF', '合计', 1), at(F, 'TGF', '合计', 2), at(F, 'TGF', '合计', 3), at(F, 'TGF', '212', 5), at(F, 'TGF', '212', 6)] }],
      },
      {
        name: '财政拨款总表 栏次5 has spending, the 国有资本经营表 is empty',
        workbook: sample((d) => (d.t04[59] = ['308.00', '305.00', '', '3.00'])),
        expect: [{ severity: 'error', cells: [at(S, 'T04', 'L59', 5)] }],
      },
    ],
    unchecked: [{ name: 'no 政府性基金表', workbook: () => sampleWorkbook({ omit: ['TGF'] }), uncheckedIncludes: '未找到政府性基金预算财政拨款收入支出决算表' }],
  },

  'X-11': {
    accept: [
      { name: 'the sample: 全口径 above 一般公共预算 (其他收入 20.00)', workbook: () => sampleWorkbook() },
      { name: 'seed 002: the 0.02 gap is the non-fiscal 年初结转 (总表 行次29 = 0.02, 财政拨款总表 行次28 = 0)', workbook: () => seedWorkbook('002') },
      { name: 'seed 004: equal', workbook: () => seedWorkbook('004') },
      { name: 'seed 000 (元)', workbook: () => seedWorkbook('000') },
      {
        name: 'only 一般公共预算 money and the tables equal',
        workbook: sample((d) => {
          onlyGeneralBudget(d);
          d.t03 = d.t05.map((r) => [...r, '', '', ''] as SampleData['t03'][number]);
          d.t01[39] = '260.00';
          d.t01[58] = '305.00';
        }),
      },
    ],
    reject: [
      {
        name: '一般公共预算 基本支出 of 208 above the 全口径',
        workbook: sample((d) => (d.t05[1][3] = '156.00')),
        expect: [{ severity: 'warning', cells: [at(S, 'T05', '208', 2), at(S, 'T03', '208', 2)] }],
      },
      {
        name: '财政拨款总表 208 above the 总表',
        workbook: sample((d) => (d.t04[40] = ['281.00', '281.00', '', ''])),
        expect: [{ severity: 'warning', cells: [at(S, 'T04', 'L40', 2), at(S, 'T01', 'L39', 2)] }],
      },
      {
        name: 'only 一般公共预算 money and no non-fiscal carryover, yet 支出决算表 exceeds',
        workbook: sample(onlyGeneralBudget),
        expect: [{ severity: 'warning', cells: [at(S, 'T03', '合计', 1), at(S, 'T05', '合计', 1)], messageIncludes: '应相等' }],
      },
    ],
    unchecked: [{ name: 'no 一般公共预算财政拨款支出决算表', workbook: () => sampleWorkbook({ omit: ['T05'] }), uncheckedIncludes: '未找到一般公共预算财政拨款支出决算表' }],
  },

  'X-12': {
    accept: [
      { name: 'the sample has 财政拨款结转: nothing to compare', workbook: () => sampleWorkbook() },
      {
        name: 'no carryover and 财政拨款收入 = 支出 for each class',
        workbook: sample((d) => {
          noCarryover(d);
          d.t04[40] = ['255.00', '255.00', '', ''];
          d.t04[59] = ['300.00', '300.00', '', ''];
        }),
      },
      { name: 'seed 002: 206/208/210 equal', workbook: () => seedWorkbook('002') },
    ],
    reject: [
      {
        name: 'no carryover, yet 208 received 255.00 and spent 260.00',
        workbook: sample(noCarryover),
        expect: [
          { severity: 'warning', cells: [at(S, 'T02', '208', 2), at(S, 'T04', 'L40', 2)] },
          { severity: 'warning', cells: [at(S, 'T02', '合计', 2), at(S, 'T04', 'L59', 2)] },
        ],
      },
    ],
    unchecked: [{ name: 'no 收入决算表', workbook: () => sampleWorkbook({ omit: ['T02'] }), uncheckedIncludes: '未找到收入决算表' }],
  },

  'X-13': {
    accept: [
      { name: 'the sample: 行次5/6 empty, an ordinary 事业单位', workbook: () => sampleWorkbook() },
      { name: '行政单位 (option): 机关运行经费 25.00 = 公用经费合计', options: { unitType: '行政单位' }, workbook: sample((d) => (d.t10[5] = '25.00')) },
      { name: '事业单位 (option): nothing to compare', options: { unitType: '事业单位' }, workbook: () => sampleWorkbook({ omit: ['T10'] }) },
      { name: '参公 inferred from 行次6 = 25.00', workbook: sample((d) => (d.t10[6] = '25.00')) },
      {
        name: '2022 明细表: 机关运行经费 = 公用经费合计 其中：基本支出 (49,209.20, not 金额 831,152.53)',
        options: { unitType: '行政单位' },
        workbook: () => seedWorkbook('000', { edit: (d) => replaceInSeed(d, 'T10', '(一) 行政单位', '', '49209.20') }),
      },
    ],
    reject: [
      {
        name: 'without --unit-type the workbook says “本单位为参照公务员法管理的事业单位”, yet 行次5 holds the 25.00: 行次6 is compared',
        workbook: () => withText(sampleWorkbook({ edit: (d) => (d.t10[5] = '25.00') }), '本单位为参照公务员法管理的事业单位。'),
        expect: [{ severity: 'warning', cells: [at(S, 'T06', '公用经费合计', 1)], messageIncludes: '参公事业单位' }],
      },
      {
        name: '行政单位 inferred, 24.00 ≠ 25.00, no 名词解释: warning',
        workbook: sample((d) => (d.t10[5] = '24.00')),
        expect: [{ severity: 'warning', cells: [at(S, 'T10', 'L5', 1), at(S, 'T06', '公用经费合计', 1)] }],
      },
      {
        name: '山西/上海 名词解释: the two must be equal, error',
        workbook: () => withText(sampleWorkbook({ edit: (d) => (d.t10[5] = '24.00') }), '名词解释', DEFINITION_SHANXI),
        expect: [{ severity: 'error', cells: [at(S, 'T10', 'L5', 1), at(S, 'T06', '公用经费合计', 1)] }],
      },
      {
        name: 'central 名词解释: only approximately equal, warning',
        workbook: () => withText(sampleWorkbook({ edit: (d) => (d.t10[5] = '24.00') }), DEFINITION_CENTRAL),
        expect: [{ severity: 'warning', cells: [at(S, 'T10', 'L5', 1)] }],
      },
      {
        name: '参公 by option but 行次6 is empty',
        options: { unitType: '参公事业单位' },
        workbook: () => sampleWorkbook(),
        expect: [{ severity: 'warning', cells: [at(S, 'T10', 'L6', 1), at(S, 'T06', '公用经费合计', 1)] }],
      },
      {
        name: '2022 明细表 with the 山西 definition: 金额 831,152.53 put in 行次5 instead of 基本支出',
        options: { unitType: '行政单位' },
        workbook: () => seedWorkbook('000', { edit: (d) => replaceInSeed(d, 'T10', '(一) 行政单位', '', '831152.53'), extra: [textSheet(NARRATIVE, DEFINITION_SHANXI)] }),
        expect: [{ severity: 'error', cells: [at(seedWorkbook('000'), 'T06', '公用经费合计', 2)] }],
      },
    ],
    unchecked: [
      { name: 'both 行次5 and 行次6 filled', workbook: sample((d) => ((d.t10[5] = '25.00'), (d.t10[6] = '25.00'))), uncheckedIncludes: '无法判断单位类型' },
      { name: 'seed 002 has no 相关信息统计表 and no option', workbook: () => seedWorkbook('002'), uncheckedIncludes: '未找到部门决算公开相关信息统计表' },
      { name: '行政单位 by option, no 相关信息统计表', options: { unitType: '行政单位' }, workbook: () => sampleWorkbook({ omit: ['T10'] }), uncheckedIncludes: '单位类型为行政单位' },
    ],
  },

  'X-14': {
    accept: [
      { name: 'the sample: no 三公 items in 基本支出', workbook: () => sampleWorkbook() },
      { name: '公务用车运行维护费 0.80 of 0.80 in 基本支出', workbook: sample((d) => (d.t06['30231'] = '0.80')) },
      { name: 'seed 002: zeros', workbook: () => seedWorkbook('002') },
    ],
    reject: [
      {
        name: '基本支出 公务用车运行维护费 0.90 above the 三公 决算 0.80',
        workbook: sample((d) => (d.t06['30231'] = '0.90')),
        expect: [{ severity: 'warning', cells: [at(S, 'T06', '30231', 1), at(S, 'T3G', 'data', 11)] }],
      },
      {
        name: '公务接待费 in 基本支出 without any 三公 接待',
        workbook: sample((d) => ((d.t06['30217'] = '0.50'), (d.t3g[11] = ''))),
        expect: [{ severity: 'warning', cells: [at(S, 'T06', '30217', 1), at(S, 'T3G', 'data', 12)] }],
      },
    ],
    unchecked: [{ name: 'no 三公 table', workbook: () => sampleWorkbook({ omit: ['T3G'] }), uncheckedIncludes: '未找到财政拨款“三公”经费支出决算表' }],
  },

  'X-15': {
    accept: [
      { name: 'the sample: 运行维护费 0.80 and 1 vehicle', workbook: () => sampleWorkbook() },
      { name: 'no 相关信息统计表, the narrative gives the 保有量', workbook: () => withText(sampleWorkbook({ omit: ['T10'] }), '截至2023年12月31日，本单位公务用车保有量1辆。') },
      { name: 'seed 004: no 公务用车 money', workbook: () => seedWorkbook('004') },
    ],
    reject: [
      {
        name: '运行维护费 without vehicles',
        workbook: sample((d) => ((d.t10[7] = ''), (d.t10[15] = ''))),
        expect: [{ severity: 'warning', cells: [at(S, 'T3G', 'data', 11), at(S, 'T10', 'L7', 1)] }],
      },
      {
        name: '购置费 while the narrative says no vehicle was bought',
        workbook: () => withText(sampleWorkbook({ edit: (d) => ((d.t3g[9] = '0.50'), (d.t3g[8] = '1.30'), (d.t3g[6] = '2.00')) }), '本年度购置公务用车0辆。'),
        expect: [{ severity: 'warning', cells: [at(S, 'T3G', 'data', 10), `${NARRATIVE}!A1`] }],
      },
      {
        name: '购置费 and 运行维护费 without vehicles: one finding naming both costs',
        workbook: sample((d) => ((d.t3g[9] = '0.50'), (d.t3g[8] = '1.30'), (d.t3g[6] = '2.00'), (d.t10[7] = ''), (d.t10[15] = ''))),
        expect: [{ severity: 'warning', cells: [at(S, 'T3G', 'data', 11), at(S, 'T3G', 'data', 10), at(S, 'T10', 'L7', 1)], messageIncludes: '公务用车购置费' }],
      },
    ],
    unchecked: [
      { name: 'no 相关信息统计表 and no 保有量 in the text', workbook: () => sampleWorkbook({ omit: ['T10'] }), uncheckedIncludes: '保有量' },
      { name: 'no 三公 table', workbook: () => sampleWorkbook({ omit: ['T3G'] }), uncheckedIncludes: '未找到财政拨款“三公”经费支出决算表' },
    ],
  },

  'X-16': {
    accept: [
      { name: 'the sample: 30108 = 2080505, 30110 = 2101102, 30113 = 2210201', workbook: () => sampleWorkbook() },
      { name: 'seed 000 (2022 明细表, 其中：基本支出): exact', workbook: () => seedWorkbook('000'), allowUnchecked: true },
      { name: 'seed 004: exact (职业年金 without a 2080506 row: the 养老 family is not compared)', workbook: () => seedWorkbook('004'), allowUnchecked: true },
      {
        name: '职业年金 5.00 without a 2080506 row, 2080505 35.00 = 30108 30.00 + 30109 5.00: not compared',
        workbook: sample((d) => Object.assign(d.t06, { '30108': '30.00', '30109': '5.00' })),
        allowUnchecked: true,
      },
    ],
    reject: [
      {
        name: 'seed 002: 30108 7.88 vs 2080505 7.91 and 30110 3.69 vs 2101101+2101102 3.70, info only',
        workbook: () => seedWorkbook('002'),
        expect: [
          { severity: 'info', cells: [at(seedWorkbook('002'), 'T06', '30108', 1), at(seedWorkbook('002'), 'T05', '2080505', 2)], messageIncludes: '相差 0.03' },
          { severity: 'info', cells: [at(seedWorkbook('002'), 'T06', '30110', 1), at(seedWorkbook('002'), 'T05', '2101102', 2)], messageIncludes: '相差 0.01' },
        ],
      },
      {
        name: '住房公积金 24.00 vs 2210201 25.00',
        workbook: sample((d) => (d.t06['30113'] = '24.00')),
        expect: [{ severity: 'info', cells: [at(S, 'T06', '30113', 1), at(S, 'T05', '2210201', 2)] }],
      },
    ],
    unchecked: [
      { name: 'no 基本支出明细表', workbook: () => sampleWorkbook({ omit: ['T06'] }), uncheckedIncludes: '未找到一般公共预算财政拨款基本支出决算明细表' },
      { name: 'seed 004: 30109 paid without a 2080506 row', workbook: () => seedWorkbook('004'), uncheckedIncludes: '30109 与 2080506 只有一方列示' },
    ],
  },

  'X-17': {
    accept: [
      { name: 'the sample: 105 = 项目支出 105.00', workbook: () => sampleWorkbook() },
      { name: 'seed 004: 29.099 + 54.96 + 57.466 = 141.525 ≈ 141.53 (3-decimal 万元 vs 2-decimal)', workbook: () => seedWorkbook('004') },
      { name: 'seed 000: 78.194 万元 ≈ 781,943.33 元', workbook: () => seedWorkbook('000') },
      { name: 'seed 004 with 自评表 1 printed twice (PE-12): the copy is counted once, 141.525 ≈ 141.53', workbook: () => withTwinSelfEval(seedWorkbook('004')) },
      { name: 'the narrative’s “占项目支出总额的100%” agrees', workbook: () => withText(sampleWorkbook(), '共涉及资金105万元，占本部门（单位）项目支出总额的100%。') },
    ],
    reject: [
      {
        name: 'seed 002 汇总表: 50.32 of 52.71 evaluated, coverage 95.47% (info)',
        workbook: () => seedWorkbook('002'),
        expect: [{ severity: 'info', cells: [at(seedWorkbook('002'), 'T05', '合计', 3)], messageIncludes: '自评覆盖率 95.47%' }],
      },
      {
        name: '自评 执行数 above 一般公共预算 项目支出 and 全口径 项目支出',
        workbook: sample((d) => (d.projects[0].funds[0].executed = '130')),
        expect: [{ severity: 'warning', cells: [at(S, 'T05', '合计', 3), fund(S, 0, 'executed')] }],
      },
      {
        name: '自评 执行数 above 一般公共预算 项目支出 but within 全口径: other projects evaluated (info)',
        workbook: sample((d) => (d.projects[0].funds[0].executed = '110')),
        expect: [{ severity: 'info', cells: [at(S, 'T05', '合计', 3), at(S, 'T03', '合计', 3), fund(S, 0, 'executed')] }],
      },
      {
        name: 'the narrative says 90% while the 自评表 cover 100%',
        workbook: () => withText(sampleWorkbook(), '共涉及资金105万元，占本部门（单位）项目支出总额的90%。'),
        expect: [{ severity: 'warning', cells: [`${NARRATIVE}!A1`, at(S, 'T05', '合计', 3)] }],
      },
    ],
    unchecked: [
      { name: 'no 自评表', workbook: () => sampleWorkbook({ omit: ['PE'] }), uncheckedIncludes: '未找到项目支出绩效自评表' },
      { name: 'no 一般公共预算财政拨款支出决算表', workbook: () => sampleWorkbook({ omit: ['T05'] }), uncheckedIncludes: '未找到一般公共预算财政拨款支出决算表' },
    ],
  },

  'X-18': {
    accept: [
      {
        name: '全年预算数 305万 = 项目 105万 + 基本支出 200万, 执行数 = 本年支出 305万',
        workbook: () => withText(sampleWorkbook(), '部门（单位）全年预算数为3,050,000.00元，执行数为3,050,000.00元，执行率为100%。'),
      },
      { name: 'stated in 万元, budget above the minimum, 执行数 = 总表 本年支出合计 325万', workbook: () => withText(sampleWorkbook(), '部门整体全年预算数为330.00万元，执行数为325.00万元。') },
    ],
    reject: [
      {
        name: 'seed 000-5: 1,475,018.17 stated, at least 100.794万 + 693,074.84 needed',
        workbook: () => seedWorkbook('000', { extra: [textSheet(NARRATIVE, SEED_000_5)] }),
        expect: [{ severity: 'warning', cells: [`${NARRATIVE}!A1`, at(seedWorkbook('000'), 'T05', '合计', 2), fund(seedWorkbook('000'), 0, 'annualBudget')], messageIncludes: '1,701,014.84' }],
      },
      {
        name: '执行数 matches no 本年支出',
        workbook: () => withText(sampleWorkbook(), '部门（单位）全年预算数为3,100,000.00元，执行数为3,000,000.00元。'),
        expect: [{ severity: 'warning', cells: [`${NARRATIVE}!A1`, at(S, 'T05', '合计', 1)] }],
      },
    ],
    unchecked: [{ name: 'no 部门整体支出绩效自评 in the workbook', workbook: () => sampleWorkbook(), uncheckedIncludes: '没有部门整体支出绩效自评表' }],
  },
};

import type { CaseBook } from '../../../helpers/rule-tester';
import { seedSheet } from '../../../helpers/gf-soc-grids';
import { cellOf, sampleWorkbook } from '../../../helpers/sample-workbook';
import type { SampleData } from '../../../helpers/sample-data';
import { workbook } from '../../../helpers/sheet';

/** Seed 002: 预算 0.20 = 0.00 + 0.10 + 0.10 (0.10 = 0.00 + 0.10), 决算 all 0.00. */
const seed002 = () => workbook(seedSheet('002', '09-T3G'));
/** Seeds 000 (元) and 004 (万元): an empty 三公 table with “说明：本表无数据”. */
const seed000 = () => workbook(seedSheet('000', '07-T3G'));
const seed004 = () => workbook(seedSheet('004', '09-T3G'));

/** Sample 三公 (A8:L8): 预算 2.00 = 0 + 1.00 + 1.00, 决算 1.50 = 0 + 0.80 + 0.70; every blank filled with 0.00. */
const filled = (d: SampleData) => (d.t3g = d.t3g.map((v) => v || '0.00'));
const edited = (edit: (t3g: string[]) => void) => () => sampleWorkbook({ edit: (d) => edit(d.t3g) });
const cell = (col: number) => cellOf(sampleWorkbook(), 'T3G', 'data', col);

export const cases: CaseBook = {
  'SG-1': {
    accept: [
      { name: 'the sample: 2.00 = 0 + 1.00 + 1.00 and 1.50 = 0 + 0.80 + 0.70', workbook: () => sampleWorkbook() },
      { name: 'seed 002: 预算 0.20 = 0.00 + 0.10 + 0.10, 决算 0.00', workbook: seed002 },
      { name: 'seed 000: empty table in 元 with “说明：本表无数据”', workbook: seed000 },
      { name: 'seed 004: empty table in 万元 with “说明：本表无数据”', workbook: seed004 },
    ],
    reject: [
      {
        name: '预算合计 one 万元 above the three items',
        workbook: edited((t) => (t[0] = '3.00')),
        expect: [{ severity: 'error', cells: [cell(1), cell(3), cell(6)] }],
      },
      {
        name: '决算 公务接待费 raised without the 合计',
        workbook: edited((t) => (t[11] = '1.70')),
        expect: [{ severity: 'error', cells: [cell(7), cell(9), cell(12)] }],
      },
      {
        name: 'a 0.01 gap is an info 尾差',
        workbook: edited((t) => (t[6] = '1.51')),
        expect: [{ severity: 'info', cells: [cell(7)], messageIncludes: '在尾差范围' }],
      },
    ],
    unchecked: [{ name: 'no 三公 table', workbook: () => sampleWorkbook({ omit: ['T3G'] }), uncheckedIncludes: '未找到财政拨款“三公”经费支出决算表' }],
  },
  'SG-2': {
    accept: [
      { name: 'the sample: 1.00 = 0 + 1.00 and 0.80 = 0 + 0.80', workbook: () => sampleWorkbook() },
      { name: 'seed 002: 0.10 = 0.00 + 0.10', workbook: seed002 },
      { name: 'seed 004: empty table', workbook: seed004 },
    ],
    reject: [
      {
        name: '预算 公务用车购置费 1.00 not in the 小计',
        workbook: edited((t) => (t[3] = '1.00')),
        expect: [{ severity: 'error', cells: [cell(3), cell(4), cell(5)] }],
      },
      {
        name: '决算 小计 above 购置费 + 运行维护费',
        workbook: edited((t) => (t[8] = '1.80')),
        expect: [{ severity: 'error', cells: [cell(9), cell(11)] }],
      },
    ],
    unchecked: [{ name: 'no 三公 table', workbook: () => sampleWorkbook({ omit: ['T3G'] }), uncheckedIncludes: '未找到财政拨款“三公”经费支出决算表' }],
  },
  'SG-3': {
    accept: [
      { name: 'seed 002: every cell printed, 决算 合计 0.00 with 0.00 items', workbook: seed002 },
      { name: 'seed 000: an empty table is all blank, nothing to fill', workbook: seed000 },
      { name: 'the sample with its blanks filled with 0.00', workbook: () => sampleWorkbook({ edit: filled }) },
      { name: 'the sample prints every zero as a blank (as 上海 2024 does): no 补0 advice', workbook: () => sampleWorkbook() },
    ],
    reject: [
      {
        name: 'a row mixing 0.00 (预算 因公出国) and blanks (购置费): 建议补0 for the blanks',
        workbook: edited((t) => (t[1] = '0.00')),
        expect: [{ severity: 'info', cells: [cell(4), cell(8), cell(10)], messageIncludes: '共 3 处' }],
      },
      {
        name: '决算合计 0.00 with a 公务接待费 of 0.70',
        workbook: () => sampleWorkbook({ edit: (d) => { filled(d); d.t3g[6] = '0.00'; } }),
        expect: [{ severity: 'info', cells: [cell(7), cell(12)] }],
      },
    ],
    unchecked: [{ name: 'no 三公 table', workbook: () => sampleWorkbook({ omit: ['T3G'] }), uncheckedIncludes: '未找到财政拨款“三公”经费支出决算表' }],
  },
};

import type { CaseBook } from '../../../helpers/rule-tester';
import { seedSheet } from '../../../helpers/gf-soc-grids';
import { cellOf, sampleWorkbook } from '../../../helpers/sample-workbook';
import { sheet, workbook } from '../../../helpers/sheet';

/** Seed 004: 政府采购 1.73 = 货物 1.73, everything else blank. Seed 000: all blank with “说明：本表无数据”. */
const seed004 = () => workbook(seedSheet('004', '10-T10'));
const seed000 = () => workbook(seedSheet('000', '10-T10'));

const edited = (edit: (t10: Record<number, string>) => void) => () => sampleWorkbook({ edit: (d) => edit(d.t10) });
/** The sample with a 情况说明 sentence in which the unit states its own type. */
const stating = (sentence: string, edit: (t10: Record<number, string>) => void) => () => {
  const wb = sampleWorkbook({ edit: (d) => edit(d.t10) });
  return { ...wb, sheets: [...wb.sheets, sheet('情况说明', [[sentence]])] };
};
const line = (n: number) => cellOf(sampleWorkbook(), 'T10', `L${n}`, 1);

export const cases: CaseBook = {
  'T10-1': {
    accept: [
      { name: 'the sample: 合计 2.00 = 货物 2.00', workbook: () => sampleWorkbook() },
      { name: 'seed 004: 1.73 = 1.73', workbook: seed004 },
      { name: 'seed 000: empty table in 元', workbook: seed000 },
    ],
    reject: [
      {
        name: '服务 3.00 left out of the 合计',
        workbook: edited((t) => (t[4] = '3.00')),
        expect: [{ severity: 'error', cells: [line(1), line(2), line(4)] }],
      },
      {
        name: 'a 0.01 gap over one addend is an info 尾差',
        workbook: edited((t) => (t[1] = '2.01')),
        expect: [{ severity: 'info', cells: [line(1), line(2)], messageIncludes: '在尾差范围' }],
      },
    ],
    unchecked: [{ name: 'no T10 (河南 has none)', workbook: () => sampleWorkbook({ omit: ['T10'] }), uncheckedIncludes: '未找到部门决算公开相关信息统计表' }],
  },
  'T10-2': {
    accept: [
      { name: 'the sample: 1 vehicle = 1 其他用车', workbook: () => sampleWorkbook() },
      { name: 'seed 004: no vehicles, all blank', workbook: seed004 },
      { name: 'three kinds add up to 4', workbook: edited((t) => Object.assign(t, { 7: '4', 9: '1', 12: '2', 15: '1' })) },
    ],
    reject: [
      {
        name: '车辆数合计 2 but only one 其他用车',
        workbook: edited((t) => (t[7] = '2')),
        expect: [{ severity: 'error', cells: [line(7), line(15)], messageIncludes: '须完全相等' }],
      },
      {
        name: 'a 主要负责人用车 not counted in the 合计',
        workbook: edited((t) => (t[9] = '1')),
        expect: [{ severity: 'error', cells: [line(7), line(9), line(15)] }],
      },
    ],
    unchecked: [
      { name: 'no T10', workbook: () => sampleWorkbook({ omit: ['T10'] }), uncheckedIncludes: '未找到部门决算公开相关信息统计表' },
      { name: 'a count written as words', workbook: edited((t) => (t[15] = '一辆')), uncheckedIncludes: '不是数字' },
    ],
  },
  'T10-3': {
    accept: [
      { name: 'the sample: a 事业单位 leaves both rows blank', workbook: () => sampleWorkbook() },
      { name: 'the sample with unitType 事业单位', workbook: () => sampleWorkbook(), options: { unitType: '事业单位' } },
      { name: 'a 行政单位 fills 行次5 only', workbook: edited((t) => (t[5] = '25.00')), options: { unitType: '行政单位' } },
      { name: 'a 参公事业单位 fills 行次6 only', workbook: edited((t) => (t[6] = '25.00')), options: { unitType: '参公事业单位' } },
      { name: 'unit type unknown, only 行次6 filled', workbook: edited((t) => (t[6] = '25.00')) },
      { name: 'the workbook says “本单位为参照公务员法管理的事业单位” and fills 行次6', workbook: stating('本单位为参照公务员法管理的事业单位，内设3个科室。', (t) => (t[6] = '25.00')) },
      { name: 'a 名词解释 defining 机关运行经费 states no unit type', workbook: stating('机关运行经费：指行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出。', (t) => (t[5] = '25.00')) },
    ],
    reject: [
      {
        name: 'both 行政单位 and 参公 filled',
        workbook: edited((t) => Object.assign(t, { 5: '25.00', 6: '25.00' })),
        expect: [{ severity: 'warning', cells: [line(5), line(6)] }],
      },
      {
        name: 'an ordinary 事业单位 reports 机关运行经费',
        workbook: edited((t) => (t[6] = '25.00')),
        options: { unitType: '事业单位' },
        expect: [{ severity: 'warning', cells: [line(6)], messageIncludes: '事业单位' }],
      },
      {
        name: 'without --unit-type: “我中心属于公益一类事业单位” yet 行次5 filled',
        workbook: stating('我中心属于公益一类事业单位，编制12人。', (t) => (t[5] = '25.00')),
        expect: [{ severity: 'warning', cells: [line(5), '情况说明!A1'], messageIncludes: '事业单位' }],
      },
      {
        name: 'a 行政单位 fills the 参公 row',
        workbook: edited((t) => (t[6] = '25.00')),
        options: { unitType: '行政单位' },
        expect: [{ severity: 'warning', cells: [line(6)] }],
      },
    ],
    unchecked: [{ name: 'no T10', workbook: () => sampleWorkbook({ omit: ['T10'] }), uncheckedIncludes: '未找到部门决算公开相关信息统计表' }],
  },
  'T10-4': {
    accept: [
      { name: 'the sample: 1 vehicle, no equipment', workbook: () => sampleWorkbook() },
      { name: 'counts printed with decimals but whole (2.00 台)', workbook: edited((t) => (t[17] = '2.00')) },
      { name: 'seed 000: all blank', workbook: seed000 },
    ],
    reject: [
      {
        name: 'half a vehicle',
        workbook: edited((t) => Object.assign(t, { 7: '1.5', 15: '1.5' })),
        expect: [{ severity: 'error', cells: [line(7)], messageIncludes: '整数' }, { severity: 'error', cells: [line(15)] }],
      },
      {
        name: 'a negative equipment count',
        workbook: edited((t) => (t[17] = '-1')),
        expect: [{ severity: 'error', cells: [line(17)], messageIncludes: '负数' }],
      },
    ],
    unchecked: [
      { name: 'no T10', workbook: () => sampleWorkbook({ omit: ['T10'] }), uncheckedIncludes: '未找到部门决算公开相关信息统计表' },
      { name: 'a count written as words', workbook: edited((t) => (t[17] = '两台')), uncheckedIncludes: '两台' },
    ],
  },
};

import type { CaseBook } from '../../../helpers/rule-tester';
import { buildT01, buildT04 } from '../../../helpers/build-tables';
import { sampleData, type SampleData } from '../../../helpers/sample-data';
import { cellOf, sampleWorkbook } from '../../../helpers/sample-workbook';
import { sheet, workbook } from '../../../helpers/sheet';

/** Seed 004 (晋城 2023, 万元) 收入支出决算总表: r27 430.21 vs 430.21+0.01, r58 430.21 vs Σ类 430.20, r62 516.85 vs 430.21+86.65. */
const SEED_004_T01: Record<number, string> = {
  1: '430.21', 8: '0.01', 27: '430.21', 29: '86.64', 31: '516.85', 39: '389.81', 40: '16.51', 50: '23.88', 58: '430.21', 60: '86.65', 62: '516.85',
};

/** Seed 002 (焦作 2023, 万元) 收入支出决算总表, which prints 0.00 in every empty amount line. */
function seed002T01(): Record<number, string> {
  const t01: Record<number, string> = {};
  for (const n of [...Array.from({ length: 8 }, (_, i) => i + 1), 28, ...Array.from({ length: 26 }, (_, i) => i + 32), 59, 60]) t01[n] = '0.00';
  return { ...t01, 1: '217.46', 27: '217.46', 29: '0.02', 31: '217.48', 37: '40.18', 39: '170.64', 40: '6.66', 58: '217.48', 62: '217.48' };
}

/** A workbook with only a 收入支出决算总表 whose 行次 labels (and year) are set by the case. */
function t01WithLabels(labels: Record<number, string>, year = '2023'): ReturnType<typeof workbook> {
  const data: SampleData = { ...sampleData(), year };
  const t = buildT01(data);
  // Body rows start after 3 caption and 3 header rows; 行次 n is on the left (1–31) or right (32–62).
  for (const [line, text] of Object.entries(labels).map(([k, v]) => [Number(k), v] as const)) {
    const row = t.rows[6 + (line <= 31 ? line - 1 : line - 32)];
    row[line <= 31 ? 0 : 3] = text;
  }
  return workbook(sheet('公开01表', t.rows, { merges: t.merges }));
}

/** The sample's T04 with some expenditure labels (行次 33–64) replaced. */
function t04WithLabels(labels: Record<number, string>): ReturnType<typeof workbook> {
  const t = buildT04(sampleData());
  for (const [line, text] of Object.entries(labels)) t.rows[6 + Number(line) - 33][3] = text;
  return workbook(sheet('公开04表', t.rows, { merges: t.merges }));
}

const noT01 = { workbook: () => sampleWorkbook({ omit: ['T01'] }), uncheckedIncludes: '未找到收入支出决算总表' };

export const cases: CaseBook = {
  'T01-1': {
    accept: [
      { name: 'the sample closes exactly', workbook: () => sampleWorkbook() },
      {
        name: 'a 0.01 gap over two 万元 sources is an info 尾差',
        allowInfo: true,
        workbook: () => sampleWorkbook({ edit: (d) => (d.t01[8] = '20.01') }),
      },
    ],
    reject: [
      {
        name: '本年收入合计 one 万元 above the sources',
        workbook: () => sampleWorkbook({ edit: (d) => (d.t01[27] = '321.00') }),
        expect: [{ severity: 'error', cells: ['C33', 'C7', 'C14'] }],
      },
      {
        name: 'a 0.01 gap is reported as info with the arithmetic',
        workbook: () => sampleWorkbook({ edit: (d) => (d.t01[8] = '20.01') }),
        expect: [{ severity: 'info', cells: [cellOf(sampleWorkbook(), 'T01', 'L27', 1)], messageIncludes: '在尾差范围' }],
      },
      {
        name: 'seed 004: 430.21 vs 430.21 + 0.01 is an info 尾差',
        workbook: () => sampleWorkbook({ edit: (d) => (d.t01 = { ...SEED_004_T01 }) }),
        expect: [{ severity: 'info', cells: ['C33', 'C7', 'C14'] }],
      },
    ],
    unchecked: [{ name: 'no T01 in the workbook', ...noT01 }],
  },

  'T01-2': {
    accept: [
      { name: 'the sample closes exactly', workbook: () => sampleWorkbook() },
      { name: 'seed 002: 217.46 + 0.00 + 0.02 = 217.48', workbook: () => sampleWorkbook({ edit: (d) => (d.t01 = seed002T01()) }) },
      { name: 'seed 004: 430.21 + 86.64 = 516.85', workbook: () => sampleWorkbook({ edit: (d) => (d.t01 = { ...SEED_004_T01 }) }) },
    ],
    reject: [
      {
        name: '收入总计 one 万元 above 本年收入合计 + 年初结转和结余',
        workbook: () => sampleWorkbook({ edit: (d) => (d.t01[31] = '331.00') }),
        expect: [{ severity: 'error', cells: ['C37', 'C33', 'C35'] }],
      },
      {
        name: '使用非财政拨款结余 left out of the 总计',
        workbook: () => sampleWorkbook({ edit: (d) => (d.t01[28] = '3.00') }),
        expect: [{ severity: 'error', cells: ['C37', 'C33', 'C34', 'C35'] }],
      },
      {
        name: 'a 0.01 gap is an info 尾差',
        workbook: () => sampleWorkbook({ edit: (d) => (d.t01[31] = '330.01') }),
        expect: [{ severity: 'info', cells: ['C37'] }],
      },
    ],
    unchecked: [
      { name: 'no T01 in the workbook', ...noT01 },
      { name: '收入总计 printed as text', workbook: () => sampleWorkbook({ edit: (d) => (d.t01[31] = '见附表') }), uncheckedIncludes: '不是数字' },
    ],
  },

  'T01-3': {
    accept: [
      { name: 'the sample closes exactly', workbook: () => sampleWorkbook() },
      { name: 'seed 002: 40.18 + 170.64 + 6.66 = 217.48', workbook: () => sampleWorkbook({ edit: (d) => (d.t01 = seed002T01()) }) },
      { name: 'seed 004: 430.20 vs 430.21 is only a 尾差', allowInfo: true, workbook: () => sampleWorkbook({ edit: (d) => (d.t01 = { ...SEED_004_T01 }) }) },
    ],
    reject: [
      {
        name: '本年支出合计 one 万元 above the classes',
        workbook: () => sampleWorkbook({ edit: (d) => (d.t01[58] = '326.00') }),
        expect: [{ severity: 'error', cells: ['F33', 'F14', 'F15', 'F25'] }],
      },
      {
        name: 'a class raised by one 万元',
        workbook: () => sampleWorkbook({ edit: (d) => (d.t01[40] = '21.00') }),
        expect: [{ severity: 'error', cells: ['F33', 'F15'] }],
      },
      {
        name: 'seed 004: 389.81 + 16.51 + 23.88 = 430.20 vs 430.21 → info',
        workbook: () => sampleWorkbook({ edit: (d) => (d.t01 = { ...SEED_004_T01 }) }),
        expect: [{ severity: 'info', cells: ['F33', 'F14', 'F15', 'F25'] }],
      },
    ],
    unchecked: [{ name: 'no T01 in the workbook', ...noT01 }],
  },

  'T01-4': {
    accept: [
      { name: 'the sample closes exactly', workbook: () => sampleWorkbook() },
      { name: 'seed 002: 217.48 + 0.00 + 0.00', workbook: () => sampleWorkbook({ edit: (d) => (d.t01 = seed002T01()) }) },
    ],
    reject: [
      {
        name: '支出总计 one 万元 above 本年支出合计 + 年末结转和结余',
        workbook: () => sampleWorkbook({ edit: (d) => (d.t01[62] = '331.00') }),
        expect: [{ severity: 'error', cells: ['F37', 'F33', 'F35'] }],
      },
      {
        name: '结余分配 left out of the 总计',
        workbook: () => sampleWorkbook({ edit: (d) => (d.t01[59] = '2.00') }),
        expect: [{ severity: 'error', cells: ['F37', 'F33', 'F34', 'F35'] }],
      },
      {
        name: 'seed 004: 430.21 + 86.65 = 516.86 vs 516.85 → info',
        workbook: () => sampleWorkbook({ edit: (d) => (d.t01 = { ...SEED_004_T01 }) }),
        expect: [{ severity: 'info', cells: ['F37', 'F33', 'F35'], messageIncludes: '在尾差范围' }],
      },
    ],
    unchecked: [{ name: 'no T01 in the workbook', ...noT01 }],
  },

  'T01-5': {
    accept: [
      { name: 'the sample balances', workbook: () => sampleWorkbook() },
      { name: 'seed 004: 516.85 on both sides', workbook: () => sampleWorkbook({ edit: (d) => (d.t01 = { ...SEED_004_T01 }) }) },
    ],
    reject: [
      {
        name: '支出总计 one 万元 above 收入总计',
        workbook: () => sampleWorkbook({ edit: (d) => (d.t01[62] = '331.00') }),
        expect: [{ severity: 'error', cells: ['C37', 'F37'] }],
      },
      {
        name: 'one rounding step between the two 总计 is a warning',
        workbook: () => sampleWorkbook({ edit: (d) => (d.t01[62] = '330.01') }),
        expect: [{ severity: 'warning', cells: ['C37', 'F37'] }],
      },
    ],
    unchecked: [{ name: 'no T01 in the workbook', ...noT01 }],
  },

  'T01-6': {
    accept: [
      { name: 'the sample has no negative amounts', workbook: () => sampleWorkbook() },
      { name: 'seed 002 prints 0.00 in empty lines', workbook: () => sampleWorkbook({ edit: (d) => (d.t01 = seed002T01()) }) },
      { name: 'a negative 年初结转和结余 is not among the checked lines', workbook: () => sampleWorkbook({ edit: (d) => (d.t01[29] = '-10.00') }) },
    ],
    reject: [
      {
        name: 'a negative 其他收入',
        workbook: () => sampleWorkbook({ edit: (d) => (d.t01[8] = '-20.00') }),
        expect: [{ severity: 'error', cells: ['C14'] }],
      },
      {
        name: 'a negative 使用非财政拨款结余和专用结余',
        workbook: () => sampleWorkbook({ edit: (d) => (d.t01[28] = '-1.00') }),
        expect: [{ severity: 'error', cells: ['C34'] }],
      },
      {
        name: 'a negative class of expenditure',
        workbook: () => sampleWorkbook({ edit: (d) => (d.t01[40] = '-20.00') }),
        expect: [{ severity: 'error', cells: ['F15'] }],
      },
    ],
    unchecked: [{ name: 'no T01 in the workbook', ...noT01 }],
  },

  'T01-7': {
    accept: [
      { name: 'the sample: 208/210/221 in both tables', workbook: () => sampleWorkbook() },
      {
        name: 'a class printed at 0.00 in both tables',
        workbook: () =>
          sampleWorkbook({
            edit: (d) => {
              d.t01[37] = '0.00';
              d.t03.push(['206', '科学技术支出', '0.00', '0.00', '0.00', '', '', '']);
            },
          }),
      },
    ],
    reject: [
      {
        name: 'T01 has 科学技术支出 but T03 no 206 code',
        workbook: () => sampleWorkbook({ edit: (d) => (d.t01[37] = '10.00') }),
        expect: [{ severity: 'warning', cells: ['F12'] }],
      },
      {
        name: 'T03 spends on 206 but the T01 class row is empty',
        workbook: () => sampleWorkbook({ edit: (d) => d.t03.push(['206', '科学技术支出', '10.00', '', '10.00', '', '', ''], ['20699', '其他科学技术支出', '10.00', '', '10.00', '', '', '']) }),
        expect: [{ severity: 'warning', cells: ['F12', '公开03表!C19'] }],
      },
      {
        name: 'T03 has only 项 codes of a class (derived from the first 3 digits)',
        workbook: () => sampleWorkbook({ edit: (d) => d.t03.push(['2069999', '其他科学技术支出', '10.00', '', '10.00', '', '', '']) }),
        expect: [{ severity: 'warning', cells: ['F12', '公开03表!C19'] }],
      },
      {
        name: 'T03 spends on a code that is not one of the 26 classes',
        workbook: () => sampleWorkbook({ edit: (d) => d.t03.push(['209', '未知支出', '10.00', '', '10.00', '', '', '']) }),
        expect: [{ severity: 'warning', cells: ['公开03表!C19'] }],
      },
    ],
    unchecked: [
      { name: 'no T01 in the workbook', ...noT01 },
      { name: 'no T03 to compare with', workbook: () => sampleWorkbook({ omit: ['T03'] }), uncheckedIncludes: '未找到支出决算表' },
    ],
  },

  'T01-8': {
    accept: [
      { name: 'the sample prints the 2023 labels', workbook: () => sampleWorkbook() },
      { name: 'a 2022 table keeps “使用非财政拨款结余”', workbook: () => t01WithLabels({ 28: '使用非财政拨款结余' }, '2022') },
      { name: 'without a year the 2022 wording of 行次28 is not judged', workbook: () => t01WithLabels({ 28: '使用非财政拨款结余' }, '') },
      { name: 'spaces and numbering are ignored', workbook: () => t01WithLabels({ 28: '使用非财政拨款结余和 专用结余', 60: '  年末结转和结余' }) },
      { name: '上海 2024 prints “使用非财政拨款结余（含专用结余）”', workbook: () => t01WithLabels({ 28: '使用非财政拨款结余（含专用结余）' }, '2024') },
      { name: 'the same variant with half-width brackets', workbook: () => t01WithLabels({ 28: '使用非财政拨款结余(含专用结余)' }) },
      { name: 'class rows of both 总表 with their numbering and “(类)”', workbook: () => t04WithLabels({ 46: '十四、资源勘探工业信息等支出（类）', 40: '  社会保障和就业支出' }), allowUnchecked: true },
    ],
    reject: [
      {
        name: 'seed 004 T04: “十四、资源勘探工业信息支出” (without 等), named like the T01 class rows',
        workbook: () => t04WithLabels({ 46: '十四、资源勘探工业信息支出' }),
        allowUnchecked: true,
        expect: [{ severity: 'info', cells: ['公开04表!D20'], messageIncludes: '资源勘探工业信息等支出' }],
      },
      {
        name: 'T01: an obsolete class name “医疗卫生与计划生育支出”',
        workbook: () => t01WithLabels({ 40: '九、医疗卫生与计划生育支出' }),
        expect: [{ severity: 'info', cells: ['D15'], messageIncludes: '已停用' }],
      },
      {
        name: 'seed 002: “年末结转与结余” in a 2023 table',
        workbook: () => t01WithLabels({ 60: '年末结转与结余' }),
        expect: [{ severity: 'info', cells: ['D35'], messageIncludes: '年末结转和结余' }],
      },
      {
        name: 'a 2023 table keeps the 2022 “使用非财政拨款结余”',
        workbook: () => t01WithLabels({ 28: '使用非财政拨款结余' }),
        expect: [{ severity: 'info', cells: ['A34'], messageIncludes: '使用非财政拨款结余和专用结余' }],
      },
      {
        name: 'without a year “年末结转与结余” is judged by itself',
        workbook: () => t01WithLabels({ 60: '年末结转与结余' }, ''),
        expect: [{ severity: 'info', cells: ['D35'] }],
      },
    ],
    unchecked: [{ name: 'no T01 in the workbook', ...noT01 }],
  },
};

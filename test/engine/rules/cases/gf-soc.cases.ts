import type { CaseBook } from '../../../helpers/rule-tester';
import { dropEmptyNote, findText, narrativeSheet, put, seedSheet } from '../../../helpers/gf-soc-grids';
import { cellOf, sampleWorkbook } from '../../../helpers/sample-workbook';
import type { CodeRow, SampleData } from '../../../helpers/sample-data';
import { sheet, workbook } from '../../../helpers/sheet';

/** 政府性基金 with data (万元): 229 其他支出 / 22960 彩票公益金安排的支出 / 2296002; 2 + 10 − 9 = 3, 9 = 4 + 5. */
function withFund(d: SampleData): void {
  const v = ['2.00', '10.00', '9.00', '4.00', '5.00', '3.00'];
  d.tgf = [
    ['合计', '', ...v],
    ['229', '其他支出', ...v],
    ['22960', '彩票公益金安排的支出', ...v],
    ['2296002', '用于社会福利的彩票公益金支出', ...v],
  ];
}

function fundRow(d: SampleData, code: string): CodeRow {
  return d.tgf.find((r) => r[0] === code)!;
}

/** 国有资本经营 with data (万元): 223 / 22301 / 2230199; 6 = 2 + 4. */
function withSoc(d: SampleData): void {
  const v = ['6.00', '2.00', '4.00'];
  d.tsoc = [
    ['合计', '', ...v],
    ['223', '国有资本经营预算支出', ...v],
    ['22301', '解决历史遗留问题及改革成本支出', ...v],
    ['2230199', '其他解决历史遗留问题及改革成本支出', ...v],
  ];
}

const fund = () => sampleWorkbook({ edit: withFund });
const soc = () => sampleWorkbook({ edit: withSoc });

/** 上海/四川/云南 国有资本经营预算财政拨款收入支出决算表: 6 栏次 as TGF. */
function socIncomeVariant(end = '1.00') {
  return workbook(
    sheet('国资', [
      ['国有资本经营预算财政拨款收入支出决算表'],
      [null, null, null, null, null, null, null, '公开09表'],
      ['部门名称：示例市社会保障服务中心', null, '2023年度', null, null, null, null, '金额单位：万元'],
      ['项目', null, '年初结转和结余', '本年收入', '本年支出', null, null, '年末结转和结余'],
      ['功能分类科目编码', '科目名称', null, null, '合计', '基本支出', '项目支出', null],
      ['栏次', null, '1', '2', '3', '4', '5', '6'],
      ['合计', null, '1.00', '5.00', '5.00', '2.00', '3.00', end],
      ['223', '国有资本经营预算支出', '1.00', '5.00', '5.00', '2.00', '3.00', end],
    ]),
  );
}

/** Seed 002 (河南 2023): TGF and TSOC print 0.00 with “我单位没有…，故本表无数据”; 三公 has 预算 0.20; no T10. */
const seed002 = () => workbook(seedSheet('002', '07-TGF'), seedSheet('002', '08-TSOC'), seedSheet('002', '09-T3G'));

/** Seed 000 (山西 2022, 元): all four tables empty with “说明：本表无数据”, and its 情况说明 with the 目录. */
const seed000 = () =>
  workbook(
    seedSheet('000', '07-T3G'),
    seedSheet('000', '08-TGF'),
    seedSheet('000', '09-TSOC'),
    seedSheet('000', '10-T10'),
    narrativeSheet([
      '七、政府性基金预算财政拨款收支决算情况说明.....',
      '八、国有资本经营预算财政拨款支出决算情况说明.....',
      '九、财政拨款“三公”经费支出决算情况说明.....',
      '七、政府性基金预算财政拨款收支决算情况说明',
      '本年度无此项支出。',
      '八、国有资本经营预算财政拨款支出决算情况说明',
      '本年度无此项支出。',
      '九、财政拨款“三公”经费支出决算情况说明',
      '（一）“三公”经费财政拨款支出决算总体情况说明',
      '2022年度“三公”经费财政拨款支出预算0元，支出决算0元，完成全年预算的0%。',
    ]),
  );

function withNarrative(wb: ReturnType<typeof sampleWorkbook>, fundText: string, socText = '本年度无此项支出。') {
  wb.sheets.push(
    narrativeSheet([
      '六、一般公共预算财政拨款基本支出决算情况说明',
      '2023年度财政拨款基本支出200.00万元。',
      '七、政府性基金预算财政拨款收支决算情况说明',
      fundText,
      '八、国有资本经营预算财政拨款支出决算情况说明',
      socText,
      '九、财政拨款“三公”经费支出决算情况说明',
    ]),
  );
  return wb;
}

export const cases: CaseBook = {
  'GF-1': {
    accept: [
      { name: 'the empty sample table', workbook: () => sampleWorkbook() },
      { name: '本年支出 9.00 = 基本 4.00 + 项目 5.00 on every row', workbook: fund },
      { name: 'seed 002 prints 0.00 everywhere', workbook: seed002 },
    ],
    reject: [
      {
        name: '项 row 本年支出 one 万元 above 基本 + 项目',
        workbook: () => sampleWorkbook({ edit: (d) => { withFund(d); fundRow(d, '2296002')[4] = '10.00'; } }),
        expect: [{ severity: 'error', cells: ['E10', 'F10', 'G10'] }],
      },
      {
        name: 'a 0.01 gap over two addends is an info 尾差',
        workbook: () => sampleWorkbook({ edit: (d) => { withFund(d); d.tgf[0][5] = '4.01'; } }),
        expect: [{ severity: 'info', cells: ['E7', 'F7', 'G7'], messageIncludes: '在尾差范围' }],
      },
    ],
    unchecked: [{ name: 'no TGF in the workbook', workbook: () => sampleWorkbook({ omit: ['TGF'] }), uncheckedIncludes: '未找到政府性基金' }],
  },
  'GF-2': {
    accept: [
      { name: 'the empty sample table', workbook: () => sampleWorkbook() },
      { name: '年末 3.00 = 年初 2.00 + 收入 10.00 − 支出 9.00', workbook: fund },
      { name: 'seed 002 prints 0.00 everywhere', workbook: seed002 },
    ],
    reject: [
      {
        name: '年末 of the 项 row ignores the spending',
        workbook: () => sampleWorkbook({ edit: (d) => { withFund(d); fundRow(d, '2296002')[7] = '12.00'; } }),
        expect: [{ severity: 'error', cells: ['H10', 'C10', 'D10', 'E10'], messageIncludes: '−E10' }],
      },
      {
        name: '年初 raised by 1.00 on the 合计 row',
        workbook: () => put(fund(), 'TGF', 'C7', '3.00'),
        expect: [{ severity: 'error', cells: ['H7', 'C7'] }],
      },
    ],
    unchecked: [{ name: 'no TGF in the workbook', workbook: () => sampleWorkbook({ omit: ['TGF'] }), uncheckedIncludes: '未找到政府性基金' }],
  },
  'GF-3': {
    accept: [
      { name: 'the empty sample table', workbook: () => sampleWorkbook() },
      { name: '合计 = 229 = 22960 = 2296002 in every column', workbook: fund },
    ],
    reject: [
      {
        name: '项 本年收入 one 万元 above its 款',
        workbook: () => sampleWorkbook({ edit: (d) => { withFund(d); fundRow(d, '2296002')[3] = '11.00'; } }),
        expect: [{ severity: 'error', cells: [cellOf(fund(), 'TGF', '22960', 2), cellOf(fund(), 'TGF', '2296002', 2)] }],
      },
      {
        name: '合计 基本支出 one 万元 above the class',
        workbook: () => put(fund(), 'TGF', 'F7', '5.00'),
        expect: [{ severity: 'error', cells: ['F7', 'F8'] }],
      },
    ],
    unchecked: [{ name: 'no TGF in the workbook', workbook: () => sampleWorkbook({ omit: ['TGF'] }), uncheckedIncludes: '未找到政府性基金' }],
  },
  'SOC-1': {
    accept: [
      { name: 'the empty sample table', workbook: () => sampleWorkbook() },
      { name: '合计 6.00 = 基本 2.00 + 项目 4.00, hierarchy closes', workbook: soc },
      { name: 'seed 002 prints 0.00 everywhere', workbook: seed002 },
      { name: '收入支出 variant: 5 = 2 + 3 and 年末 1 = 1 + 5 − 5', workbook: () => socIncomeVariant() },
    ],
    reject: [
      {
        name: '合计 one 万元 above 基本 + 项目 on the 项 row',
        workbook: () => sampleWorkbook({ edit: (d) => { withSoc(d); d.tsoc[3][2] = '7.00'; } }),
        expect: [{ severity: 'error', cells: ['C10', 'D10', 'E10'] }],
      },
      {
        name: '项目支出 of the class row differs from its 款',
        workbook: () => put(soc(), 'TSOC', 'E8', '5.00'),
        expect: [{ severity: 'error', cells: ['E8', 'E9'] }],
      },
      {
        name: '收入支出 variant: 年末 does not roll forward',
        workbook: () => socIncomeVariant('2.00'),
        expect: [{ severity: 'error', cells: ['H8', 'C8', 'D8', 'E8'] }],
      },
    ],
    unchecked: [{ name: 'no TSOC in the workbook', workbook: () => sampleWorkbook({ omit: ['TSOC'] }), uncheckedIncludes: '未找到国有资本经营' }],
  },
  'EMPTY-1': {
    accept: [
      { name: 'sample: empty TGF/TSOC carry “说明：本表无数据”, 三公 and T10 have data and no note', workbook: () => sampleWorkbook() },
      { name: 'seed 000: four empty tables with notes, narrative “本年度无此项支出。” after the 目录', workbook: seed000 },
      { name: 'seed 002: 0.00 tables with “我单位没有…，故本表无数据”; 三公 with 预算 0.20 and no note', workbook: seed002, allowUnchecked: true },
      {
        name: '河南 wording in the narrative',
        workbook: () => withNarrative(sampleWorkbook(), '我单位2023年度没有政府性基金收入，也没有使用政府性基金安排的支出。', '我单位2023年度没有国有资本经营收入，也没有使用国有资本经营安排的支出。'),
      },
      {
        name: 'one cell per line break: TGF figures in section 七, 国资 empty in section 八',
        workbook: () => {
          const wb = fund();
          wb.sheets.push(
            sheet('说明', [
              ['七、政府性基金预算财政拨款收支决算情况说明\n2023年度政府性基金预算财政拨款支出9.00万元。\n八、国有资本经营预算财政拨款支出决算情况说明\n本年度无此项支出。'],
            ]),
          );
          return wb;
        },
      },
      {
        name: 'the whole 情况说明 pasted into one line: section 七 stops where 八 begins',
        workbook: () => {
          const wb = fund();
          wb.sheets.push(
            sheet('说明', [
              ['七、政府性基金预算财政拨款收支决算情况说明2023年度政府性基金预算财政拨款支出9.00万元。八、国有资本经营预算财政拨款支出决算情况说明本年度无此项支出。'],
            ]),
          );
          return wb;
        },
      },
      {
        name: 'TGF with data, no note, narrative gives the figures',
        workbook: () => withNarrative(fund(), '2023年度政府性基金预算财政拨款收入10.00万元，支出9.00万元，年末结转和结余3.00万元。'),
      },
    ],
    reject: [
      {
        name: 'empty TGF without a 空表说明',
        workbook: () => dropEmptyNote(sampleWorkbook(), 'TGF'),
        expect: [{ severity: 'error', cells: ['A1'], messageIncludes: '没有空表说明' }],
      },
      {
        name: 'empty 三公 table without a 空表说明 (seed 003 style)',
        workbook: () => dropEmptyNote(sampleWorkbook({ edit: (d) => (d.t3g = d.t3g.map(() => '')) }), 'T3G'),
        expect: [{ severity: 'error', cells: ['公开09表!A1'] }],
      },
      {
        name: 'TSOC has a figure but still says 本表无数据',
        workbook: () => put(sampleWorkbook(), 'TSOC', 'D7', '1.00'),
        expect: [{ severity: 'error', cells: ['A8', 'D7'], messageIncludes: '称本表无数据' }],
      },
      {
        name: 'T10 has data and a “说明：本表无数据” line',
        workbook: () => {
          const wb = sampleWorkbook();
          return put(wb, 'T10', findText(wb, 'T10', /^注：/).replace(/^A(\d+)$/, (_, r) => `A${Number(r) + 1}`), '说明：本表无数据');
        },
        expect: [{ severity: 'error', cells: [cellOf(sampleWorkbook(), 'T10', 'L1', 1)] }],
      },
      {
        name: 'empty TGF but the narrative gives an amount',
        workbook: () => withNarrative(sampleWorkbook(), '2023年度政府性基金预算财政拨款支出10.00万元。'),
        expect: [{ severity: 'warning', cells: ['情况说明!A3'] }],
      },
      {
        name: 'TGF with data while the narrative says 本年度无此项支出',
        workbook: () => withNarrative(fund(), '本年度无此项支出。'),
        expect: [{ severity: 'error', cells: ['情况说明!A3', '公开07表!C7'], messageIncludes: '无此项支出' }],
      },
    ],
    unchecked: [{ name: 'no T10 (河南 has none)', workbook: seed002, uncheckedIncludes: '未找到部门决算公开相关信息统计表' }],
  },
};

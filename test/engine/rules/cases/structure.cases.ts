import { Decimal } from '../../../../src/engine/money/decimal';
import { buildT03 } from '../../../helpers/build-tables';
import type { CaseBook } from '../../../helpers/rule-tester';
import { sampleData, type SampleData } from '../../../helpers/sample-data';
import { cellOf, sampleWorkbook } from '../../../helpers/sample-workbook';
import { sheet, workbook, type CellInput } from '../../../helpers/sheet';
import { project, prose, selfEvalSummary, structureWorkbook } from '../../../helpers/structure-grids';

/** 山西 2022 numbering (seed 000): 07 三公, 08 政府性基金, 09 国有资本经营. */
const SHANXI_2022 = { T3G: '公开07表', TGF: '公开08表', TSOC: '公开09表' } as const;

/** 河南 (seed 002): no 公开10表, and the T01 note without 山西's “本套报表”. */
const henanNote = { T01: (rows: CellInput[][]) => (rows[rows.length - 1] = ['注：本表反映单位本年度的总收支和年末结转结余情况。本表金额转换为万元时，因四舍五入可能存在尾差。']) };

const TOC_2023 = ['目录', '一、收入支出决算总表', '二、收入决算表', '三、支出决算表', '四、财政拨款收入支出决算总表', '五、一般公共预算财政拨款支出决算表', '六、一般公共预算财政拨款基本支出决算明细表', '七、政府性基金预算财政拨款收入支出决算表', '八、国有资本经营预算财政拨款支出决算表', '九、财政拨款“三公”经费支出决算表', '十、部门决算公开相关信息统计表'];

/** Last year's 支出决算表 left in a hidden sheet (2022年度, also labelled 公开03表). */
function hiddenStaleCopy() {
  const data = sampleData();
  data.year = '2022';
  const t = buildT03(data);
  return sheet('2022支出', t.rows, { merges: t.merges, hidden: true });
}

/** Seed 004 §五(三) as printed: 元 amounts, and two amounts without a unit, in a 万元 document. */
const SEED_004_5_3 = '社会保障和就业支出3898065.04元，完成年初预算的87.5%；卫生健康支出165141.73，完成年初预算的100%；住房保障支出238847.93，完成年初预算的100%';

/** Every amount of the 公开 tables (not the 自评表) rewritten by `f`, printed with as many decimals as it has. */
function scaleTables(d: SampleData, f: (x: Decimal) => Decimal): void {
  const map = (v: string) => (/^-?\d+(\.\d+)?$/.test(v) ? f(new Decimal(v)).toFixed(Math.max(2, f(new Decimal(v)).decimalPlaces())) : v);
  const rows = (list: string[][]) => list.forEach((row) => row.forEach((v, i) => (i >= 2 ? (row[i] = map(v)) : undefined)));
  rows(d.t02);
  rows(d.t03);
  rows(d.t05);
  rows(d.tgf);
  rows(d.tsoc);
  for (const k of Object.keys(d.t01)) d.t01[Number(k)] = map(d.t01[Number(k)]);
  for (const k of Object.keys(d.t04)) d.t04[Number(k)] = d.t04[Number(k)].map(map);
  for (const k of Object.keys(d.t06)) d.t06[k] = map(d.t06[k]);
  d.t3g = d.t3g.map(map);
}

export const cases: CaseBook = {
  'L-1': {
    accept: [
      { name: 'every sheet maps to a table and the labels follow the 2023 numbering', workbook: () => sampleWorkbook() },
      { name: 'labels in the 山西 2022 numbering (07 三公, 08 政府性基金, 09 国有资本经营)', workbook: () => structureWorkbook({ labels: SHANXI_2022 }) },
      { name: 'a hidden stale copy does not make its label a duplicate', workbook: () => structureWorkbook({ after: [hiddenStaleCopy()] }) },
      { name: 'labels 01–06 only fit both numberings', workbook: () => structureWorkbook({ labels: { TGF: '', TSOC: '', T3G: '', T10: '' } }) },
    ],
    reject: [
      {
        name: 'a sheet that holds no standard table is reported with the reason',
        workbook: () => structureWorkbook({ after: [sheet('备用', [['人员名单'], ['张三', '李四']])] }),
        expect: [{ severity: 'warning', cells: ['备用!A1'], messageIncludes: '未找到任何标准表' }],
      },
      {
        name: 'a titled region that cannot be read names its title cell',
        workbook: () => structureWorkbook({ after: [sheet('附表', [['说明文字'], [], ['收入决算表'], ['（此处无表格）']])] }),
        expect: [{ severity: 'warning', cells: ['附表!A3'] }],
      },
      { name: 'an empty sheet is an info', workbook: () => structureWorkbook({ after: [sheet('Sheet3', [])] }), expect: [{ severity: 'info', cells: ['Sheet3!A1'] }] },
      {
        name: 'a 情况说明 sheet is an info, not a table that failed',
        workbook: () => structureWorkbook({ after: [prose('情况说明', ['一、收入支出决算总体情况说明', '2023年度收入总计330.00万元，支出总计330.00万元。'])] }),
        expect: [{ severity: 'info', cells: ['情况说明!A1'], messageIncludes: '文字页' }],
      },
      { name: 'a 目录 sheet is an info', workbook: () => structureWorkbook({ before: [prose('目录', TOC_2023)] }), expect: [{ severity: 'info', cells: ['目录!A1'], messageIncludes: '文字页' }] },
      {
        name: 'a sheet of figures that maps to no table is a warning even with a note under it, not a text page',
        workbook: () =>
          structureWorkbook({
            after: [
              sheet('其他明细', [
                ['类别', '本年数', '上年数'],
                ...['甲', '乙', '丙', '丁', '戊', '己'].map((name, i) => [name, 10 + i, 20 + i]),
                ['注：本表反映本单位其他收支的明细情况，按类别列示，金额单位为万元。'],
              ]),
            ],
          }),
        expect: [{ severity: 'warning', cells: ['其他明细!A1'], messageIncludes: '未找到任何标准表' }],
      },
      {
        name: 'a title naming one table over the headers of another',
        workbook: () => structureWorkbook({ patch: { T02: (rows) => (rows[0][0] = '支出决算表') } }),
        expect: [{ severity: 'warning', cells: ['公开02表!A1'], messageIncludes: '收入决算表' }],
      },
      {
        name: 'a 支出决算表 printed as 公开09表: duplicate label and wrong in the numbering',
        workbook: () => structureWorkbook({ labels: { T03: '公开09表' } }),
        expect: [
          { severity: 'warning', cells: ['公开03表!H2', '公开09表!L2'], messageIncludes: '用于 2 张表' },
          { severity: 'warning', cells: ['公开03表!H2'], messageIncludes: '应为“公开03表”' },
        ],
      },
      {
        name: '政府性基金 printed as 公开09表 in a 2023-numbered workbook',
        workbook: () => structureWorkbook({ labels: { TGF: '公开09表' } }),
        expect: [{ severity: 'warning', cells: ['公开07表!H2'], messageIncludes: '应为“公开07表”' }],
      },
      {
        name: '政府性基金 printed as 公开07表 in a 山西 2022 workbook (07 is 三公 there)',
        workbook: () => structureWorkbook({ labels: { ...SHANXI_2022, TGF: '公开07表' } }),
        expect: [{ severity: 'warning', cells: ['公开07表!H2'], messageIncludes: '应为“公开08表”' }],
      },
      {
        name: '收入决算表 printed as 公开05表 when only 01–06 are labelled: wrong in every numbering',
        workbook: () => structureWorkbook({ labels: { T02: '公开05表', TGF: '', TSOC: '', T3G: '', T10: '' } }),
        expect: [{ severity: 'warning', cells: ['公开02表!I2'], messageIncludes: '应为“公开02表”' }],
      },
      {
        name: 'seed 000: 行次 printed as “1.00”, “32.00” is an info',
        workbook: () =>
          structureWorkbook({
            patch: {
              T01: (rows) => {
                for (let r = 6; r < 37; r++) {
                  rows[r][1] = `${rows[r][1]}.00`;
                  rows[r][4] = `${rows[r][4]}.00`;
                }
              },
            },
          }),
        expect: [{ severity: 'info', cells: ['公开01表!B7', '公开01表!E7'], messageIncludes: '“32.00”' }],
      },
    ],
    unchecked: [
      {
        name: 'no table prints a 公开NN表 label',
        workbook: () => structureWorkbook({ labels: { T01: '', T02: '', T03: '', T04: '', T05: '', T06: '', TGF: '', TSOC: '', T3G: '', T10: '' } }),
        uncheckedIncludes: '未核对表号',
      },
    ],
  },

  'U-1': {
    accept: [
      { name: '万元 amounts with 2 decimals and 自评 figures that match (no unit doubt)', workbook: () => sampleWorkbook({ edit: (d) => scaleTables(d, (x) => x) }) },
      { name: 'a few 万元 amounts with 4 decimals among 2-decimal ones are not “throughout”', workbook: () => sampleWorkbook({ edit: (d) => (d.t05[0][3] = '200.0012') }) },
      { name: 'every table prints 金额单位：万元 and every amount is a number', workbook: () => sampleWorkbook() },
      {
        name: 'a 元 workbook (seed 000) with its 自评表 in 万元 is not mixed',
        workbook: () =>
          sampleWorkbook({
            edit: (d) => {
              d.unit = '元';
              scaleTables(d, (x) => x.times(10_000));
            },
          }),
      },
      { name: '“——” (not applicable) is not an unreadable cell', workbook: () => sampleWorkbook({ edit: (d) => (d.t02[1][4] = '——') }) },
    ],
    reject: [
      {
        name: 'a table without a unit line',
        workbook: () => structureWorkbook({ patch: { T02: (rows) => (rows[2][8] = null) } }),
        expect: [{ severity: 'warning', cells: ['公开02表!A1'], messageIncludes: '未找到金额单位' }],
      },
      {
        name: 'a workbook that prints no unit at all: one finding naming every table, not one per table',
        workbook: () => structureWorkbook({ patch: { T01: (rows) => (rows[2][5] = null), T02: (rows) => (rows[2][8] = null), T03: (rows) => (rows[2][7] = null) } }),
        expect: [{ severity: 'warning', cells: ['公开01表!A1', '公开02表!A1', '公开03表!A1'], messageIncludes: '3 张表未找到金额单位' }],
      },
      {
        name: 'an amount cell holding words',
        workbook: () => sampleWorkbook({ edit: (d) => (d.t02[0][2] = 'abc') }),
        expect: [{ severity: 'warning', cells: [`公开02表!${cellOf(sampleWorkbook(), 'T02', '合计', 1)}`], messageIncludes: '“abc”' }],
      },
      {
        name: 'an amount cell holding #REF!',
        workbook: () => sampleWorkbook({ edit: (d) => (d.t05[1][3] = '#REF!') }),
        expect: [{ severity: 'warning', cells: [`公开05表!${cellOf(sampleWorkbook(), 'T05', '208', 2)}`], messageIncludes: '#REF!' }],
      },
      {
        name: 'a 自评表 全年执行数 that is not a number',
        workbook: () => sampleWorkbook({ edit: (d) => (d.projects[0].funds[0].executed = '未执行') }),
        expect: [{ severity: 'warning', cells: ['自评表1!F7'], messageIncludes: '全年执行数' }],
      },
      {
        name: '元 amounts under 金额单位：万元 (every table 10,000× the 自评表 figures)',
        workbook: () => sampleWorkbook({ edit: (d) => scaleTables(d, (x) => x.times(10_000)) }),
        expect: [{ severity: 'warning', cells: [`公开05表!${cellOf(sampleWorkbook(), 'T05', '合计', 3)}`, '自评表1!F7'], messageIncludes: '约为项目支出绩效自评表全年执行数合计 105.00 万元的 10000 倍' }],
      },
      {
        name: '万元 amounts divided from 元 without rounding (4 decimals throughout)',
        workbook: () => sampleWorkbook({ edit: (d) => scaleTables(d, (x) => x.plus('0.0012')) }),
        expect: [{ severity: 'warning', messageIncludes: '个非零金额（几乎全部）都有 4 位以上小数' }],
      },
      {
        name: '元 and 万元 tables in one workbook is an info',
        workbook: () => structureWorkbook({ patch: { T3G: (rows) => (rows[2][11] = '金额单位：元') } }),
        expect: [{ severity: 'info', cells: ['公开01表!F3', '公开09表!L3'], messageIncludes: '元（财政拨款“三公”经费支出决算表）' }],
      },
    ],
    unchecked: [
      { name: 'a table without a unit is listed as not checked', workbook: () => structureWorkbook({ patch: { T02: (rows) => (rows[2][8] = null) } }), uncheckedIncludes: '收入决算表（公开02表）没有金额单位' },
      { name: 'a 自评表 workbook has no 公开 table', workbook: () => structureWorkbook({ omit: ['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'TGF', 'TSOC', 'T3G', 'T10'] }), uncheckedIncludes: '没有公开表' },
    ],
  },

  'S-1': {
    accept: [
      { name: '山西: the ten tables are present (empty 政府性基金/国有资本经营 tables keep their layout)', workbook: () => sampleWorkbook() },
      { name: '河南 (seed 002): nine tables, no 公开10表', workbook: () => structureWorkbook({ omit: ['T10'], patch: henanNote }) },
      { name: 'a 目录 listing the tables in the order of the body', workbook: () => structureWorkbook({ before: [prose('目录', TOC_2023)] }) },
      {
        name: 'a 目录 in the 山西 2022 order over a body in that order',
        workbook: () =>
          structureWorkbook({
            order: ['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T3G', 'TGF', 'TSOC', 'T10'],
            labels: SHANXI_2022,
            before: [prose('目录', [...TOC_2023.slice(0, 7), TOC_2023[9], TOC_2023[7], TOC_2023[8], TOC_2023[10]])],
          }),
      },
    ],
    reject: [
      { name: 'the 政府性基金 table is missing', workbook: () => sampleWorkbook({ omit: ['TGF'] }), expect: [{ severity: 'error', cells: ['公开01表!A1'], messageIncludes: '政府性基金预算财政拨款收入支出决算表' }] },
      { name: 'the 三公 table is missing', workbook: () => sampleWorkbook({ omit: ['T3G'] }), expect: [{ severity: 'error', cells: ['公开01表!A1'], messageIncludes: '“三公”' }] },
      { name: '山西 tables (note “本套报表”) without 公开10表', workbook: () => sampleWorkbook({ omit: ['T10'] }), expect: [{ severity: 'error', messageIncludes: '部门决算公开相关信息统计表' }] },
      {
        name: 'the 目录 lists a table the body lacks (seed 003: TOC lists 10, body has 8)',
        workbook: () => structureWorkbook({ omit: ['T10'], patch: henanNote, before: [prose('目录', TOC_2023)] }),
        expect: [{ severity: 'error', cells: ['目录!A11'], messageIncludes: '列有“十、部门决算公开相关信息统计表”' }],
      },
      {
        name: 'the body prints the tables in another order than the 目录',
        workbook: () => structureWorkbook({ order: ['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T3G', 'TGF', 'TSOC', 'T10'], before: [prose('目录', TOC_2023)] }),
        expect: [{ severity: 'warning', cells: ['公开09表!A1', '目录!A8'] }],
      },
    ],
    unchecked: [{ name: 'a workbook with only 自评表 is not an S-1 error', workbook: () => structureWorkbook({ omit: ['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'TGF', 'TSOC', 'T3G', 'T10'] }), uncheckedIncludes: '没有公开表' }],
  },

  'S-2': {
    accept: [
      { name: '2023年度 in every header and in the 自评表', workbook: () => sampleWorkbook() },
      { name: 'a hidden stale copy of last year’s table is not part of the document', workbook: () => structureWorkbook({ after: [hiddenStaleCopy()] }) },
      { name: 'a date in a caption (“2024年3月10日”) is not the report year', workbook: () => structureWorkbook({ patch: { T05: (rows) => (rows[2][2] = '编制日期：2024年3月10日') } }) },
    ],
    reject: [
      {
        name: 'one table header says 2022年度',
        workbook: () => structureWorkbook({ patch: { T03: (rows) => (rows[2][2] = '2022年度') } }),
        expect: [{ severity: 'error', cells: ['公开03表!C3', '公开01表!C3'] }],
      },
      {
        name: 'the 自评表 year line says (2022年度)',
        workbook: () => structureWorkbook({ patchSelfEval: (rows) => (rows[1][0] = '(2022年度)') }),
        expect: [{ severity: 'error', cells: ['自评表1!A2'], messageIncludes: '2022' }],
      },
    ],
    unchecked: [
      {
        name: 'no header prints a year',
        workbook: () => structureWorkbook({ omit: ['T02', 'T03', 'T04', 'T05', 'T06', 'TGF', 'TSOC', 'T3G', 'T10', 'PE'], patch: { T01: (rows) => (rows[2][2] = null) } }),
        uncheckedIncludes: '没有印年度',
      },
    ],
  },

  'S-3': {
    accept: [
      { name: 'tables and 自评表 预算单位 (after the code) name the same unit', workbook: () => sampleWorkbook() },
      {
        name: 'a 部门决算 (header = the 主管部门) with its subordinate unit’s 自评表',
        workbook: () => sampleWorkbook({ edit: (d) => (d.unitName = '示例市人力资源和社会保障局') }),
      },
      { name: 'full-width brackets and spaces do not count', workbook: () => structureWorkbook({ patch: { T04: (rows) => (rows[2][0] = '部门名称： 示例市社会保障服务中心（本级）') } }) },
    ],
    reject: [
      {
        name: 'seed 002: the 汇总表 names 焦作市居民卡服务中心, the tables 焦作市人力资源社会保障电子政务中心',
        workbook: () =>
          structureWorkbook({
            edit: (d) => (d.unitName = '焦作市人力资源社会保障电子政务中心'),
            omit: ['T10', 'PE'],
            after: [selfEvalSummary('302304', '焦作市居民卡服务中心', '焦作市人力资源和社会保障局', [['金保工程运转经费', '7.04', '7.04'], ['各项社会保险市级统筹数据整合及软件维护', '18.00', '18.00']])],
          }),
        expect: [{ severity: 'error', cells: ['自评汇总表!A4', '自评汇总表!A5'], messageIncludes: '焦作市居民卡服务中心' }],
      },
      {
        name: 'one table header names another unit',
        workbook: () => structureWorkbook({ patch: { T04: (rows) => (rows[2][0] = '部门名称：示例市社保中心') } }),
        expect: [{ severity: 'error', cells: ['公开04表!A3', '公开01表!A3'], messageIncludes: '示例市社保中心' }],
      },
      {
        name: 'a 自评表 预算单位 names another unit',
        workbook: () => sampleWorkbook({ edit: (d) => (d.projects[0].budgetUnit = '100002-示例市就业服务中心') }),
        expect: [{ severity: 'error', cells: ['自评表1!F4'], messageIncludes: '示例市就业服务中心' }],
      },
    ],
    unchecked: [
      {
        name: 'no header or 自评表 names the unit',
        workbook: () => structureWorkbook({ omit: ['T02', 'T03', 'T04', 'T05', 'T06', 'TGF', 'TSOC', 'T3G', 'T10', 'PE'], patch: { T01: (rows) => (rows[2][0] = null) } }),
        uncheckedIncludes: '没有印单位名称',
      },
    ],
  },

  'S-4': {
    accept: [
      {
        name: 'two 自评表 with the same unit code',
        workbook: () => sampleWorkbook({ edit: (d) => d.projects.push(project(d, '就业信息系统运维', '100001-示例市社会保障服务中心')) }),
      },
      {
        name: 'a code printed with a space instead of a dash is the same code',
        workbook: () => sampleWorkbook({ edit: (d) => d.projects.push(project(d, '就业信息系统运维', '100001 示例市社会保障服务中心')) }),
      },
    ],
    reject: [
      {
        name: 'seed 004: project 1 says 144001, projects 2 and 3 say 144004',
        workbook: () =>
          sampleWorkbook({
            edit: (d) => {
              d.projects[0].budgetUnit = '144001-晋城市人力资源和社会保障综合服务中心';
              d.projects.push(project(d, '机房设备整体托管经费', '144004-晋城市人力资源和社会保障综合服务中心'));
              d.projects.push(project(d, '信息系统运行维护费', '144004 晋城市人力资源和社会保障综合服务中心'));
            },
          }),
        expect: [{ severity: 'warning', cells: ['自评表1!F4', '自评表2!F4'], messageIncludes: '144001' }],
      },
    ],
    unchecked: [{ name: 'no 自评表', workbook: () => sampleWorkbook({ omit: ['PE'] }), uncheckedIncludes: '未核对单位编码' }],
  },

  'S-6': {
    accept: [
      { name: 'the sample has no placeholder', workbook: () => sampleWorkbook() },
      {
        name: 'real counts and words are not placeholders',
        workbook: () => structureWorkbook({ after: [prose('情况说明', ['本单位共10个项目开展绩效自评，自评等级为优。', '组织对2个项目开展了部门评价。', '使用Excel编制。'])] }),
      },
    ],
    reject: [
      {
        name: 'seed 000: “组织对无等0个0级项目开展了部门评价”',
        workbook: () => structureWorkbook({ after: [prose('情况说明', ['（四）部门评价项目绩效评价结果', '组织对无等0个0级项目开展了部门评价，涉及资金0元。'])] }),
        expect: [{ severity: 'warning', cells: ['情况说明!A2'], messageIncludes: '无等0个' }],
      },
      {
        name: 'seed 002: “选取我单位2023年度0项目开展重点绩效评价…等级为无”',
        workbook: () => structureWorkbook({ after: [prose('情况说明', ['财政评价选取我单位2023年度0项目开展重点绩效评价。该项目绩效评价得分为0分，等级为无。'])] }),
        expect: [{ severity: 'warning', cells: ['情况说明!A1'], messageIncludes: '“等级为无”' }],
      },
      { name: 'an XX slot left in the text', workbook: () => structureWorkbook({ after: [prose('情况说明', ['XX单位2023年度收入总计330.00万元。'])] }), expect: [{ severity: 'warning', cells: ['情况说明!A1'], messageIncludes: '“XX”' }] },
      {
        name: 'a 待填写 left in a 自评表 cell',
        workbook: () => sampleWorkbook({ edit: (d) => (d.projects[0].indicators[0].actual = '待填写') }),
        expect: [{ severity: 'warning', cells: ['自评表1!G12'] }],
      },
    ],
  },

  'S-7': {
    accept: [
      { name: 'the sample tables and captions', workbook: () => sampleWorkbook() },
      {
        name: 'correct punctuation, thousands separators and decimal points',
        workbook: () => structureWorkbook({ after: [prose('情况说明', ['2023年度收入总计1,475,018.17元，其中：财政拨款收入330.00万元。', '1.加强网络安全建设。'])] }),
      },
    ],
    reject: [
      {
        name: 'seed 000: “…核减了项目收入。。”',
        workbook: () => structureWorkbook({ after: [prose('情况说明', ['项目支出781,943.33元，下降33.24%，主要原因是由于2022年金保运维项目减少，核减了项目收入。。'])] }),
        expect: [{ severity: 'info', cells: ['情况说明!A1'], messageIncludes: '“。。”' }],
      },
      { name: 'a doubled comma', workbook: () => structureWorkbook({ after: [prose('情况说明', ['基本支出200.00万元，，项目支出125.00万元。'])] }), expect: [{ severity: 'info', cells: ['情况说明!A1'], messageIncludes: '“，，”' }] },
      {
        name: 'half-width commas in Chinese prose (seed 000 自评表), one finding per sheet',
        workbook: () => structureWorkbook({ after: [prose('情况说明', ['在网络安全建设方面,做好日常安全运营工作。', '按计划完成了项目的运维任务,信息系统全年无安全事故。'])] }),
        expect: [{ severity: 'info', cells: ['情况说明!A1', '情况说明!A2'], messageIncludes: '2 个单元格' }],
      },
      { name: 'full-width digits', workbook: () => structureWorkbook({ after: [prose('情况说明', ['２０２３年度收入总计330.00万元。'])] }), expect: [{ severity: 'info', cells: ['情况说明!A1'], messageIncludes: '全角数字' }] },
      {
        name: 'half-width commas on two sheets and doubled marks on two: one finding per kind for the workbook, with a count',
        workbook: () =>
          structureWorkbook({
            after: [
              prose('情况说明', ['在网络安全建设方面,做好日常安全运营工作。。', '按计划完成了项目的运维任务,信息系统全年无安全事故。']),
              prose('附注', ['综合管理全市人社系统信息,保障运行。。']),
            ],
          }),
        expect: [
          { severity: 'info', cells: ['情况说明!A1', '附注!A1'], messageIncludes: '2 个单元格标点重复' },
          { severity: 'info', cells: ['情况说明!A1', '情况说明!A2', '附注!A1'], messageIncludes: '3 个单元格' },
        ],
      },
    ],
  },

  'S-8': {
    accept: [
      {
        name: '万元 amounts in a 万元 document; counts, unit prices and percentages',
        workbook: () =>
          structureWorkbook({
            after: [prose('情况说明', ['2023年度收入总计330.00万元，比上年增长1.00%。', '单价100万元（含）以上设备0台（套），人均培训费500元/人。', '受理工伤鉴定2527件，已鉴定1922件。'])],
          }),
      },
      {
        name: 'a money word further back than the words before the number, and a unit price in 元',
        workbook: () => structureWorkbook({ after: [prose('情况说明', ['支出情况已在上表列明，编号 2023.01 的文件', '培训标准300元，每50元'])] }),
      },
      {
        name: 'seed 000: 元 amounts in a 元 document, and the 自评表 in 万元',
        workbook: () => structureWorkbook({ edit: (d) => (d.unit = '元'), after: [prose('情况说明', ['2022年度收入总计1,475,018.17元、支出总计1,475,018.17元。'])] }),
      },
    ],
    reject: [
      {
        name: 'seed 004 §五(三): 元 amounts in a 万元 document',
        workbook: () => structureWorkbook({ after: [prose('情况说明', [SEED_004_5_3])] }),
        expect: [{ severity: 'warning', cells: ['情况说明!A1'], messageIncludes: '3898065.04元' }],
      },
      {
        name: 'seed 004 §五(三): amounts without a unit',
        workbook: () => structureWorkbook({ after: [prose('情况说明', [SEED_004_5_3])] }),
        expect: [{ severity: 'warning', cells: ['情况说明!A1'], messageIncludes: '165141.73、238847.93' }],
      },
      {
        name: 'seed 000: “其中本年人员经费643,865.64，比上年增加13.20%” has no unit',
        workbook: () => structureWorkbook({ edit: (d) => (d.unit = '元'), after: [prose('情况说明', ['其中本年人员经费643,865.64，比上年增加13.20%。公用经费支出49,209.20，下降8.21%。', '三公经费支出合计：0.00，比上年持平。'])] }),
        expect: [{ severity: 'warning', cells: ['情况说明!A1'], messageIncludes: '643,865.64、49,209.20' }, { severity: 'warning', cells: ['情况说明!A2'], messageIncludes: '0.00' }],
      },
      {
        name: 'spaces between the money words and the number still name money',
        workbook: () => structureWorkbook({ edit: (d) => (d.unit = '元'), after: [prose('情况说明', ['前文很长的一段说明文字，人员经费数共计：   643,865.64，比上年增加。'])] }),
        expect: [{ severity: 'warning', cells: ['情况说明!A1'], messageIncludes: '643,865.64' }],
      },
      {
        name: 'seed 004 §六: items in 元 inside a 万元 document',
        workbook: () => structureWorkbook({ after: [prose('情况说明', ['人员经费262.67万元，主要包括：基本工资790728元、津贴补贴226,800.00元。'])] }),
        expect: [{ severity: 'warning', cells: ['情况说明!A1'], messageIncludes: '790728元' }],
      },
    ],
    unchecked: [
      {
        name: 'no table prints a unit',
        workbook: () => workbook(prose('情况说明', ['2023年度收入总计330.00万元。'])),
        uncheckedIncludes: '未核对文字中的金额单位',
      },
    ],
  },

  'S-9': {
    accept: [
      {
        name: 'every share and rate with two decimals; targets such as ≥90% are not shares',
        workbook: () => structureWorkbook({ after: [prose('情况说明', ['社会保障和就业支出占比94.94%，比上年下降17.76%。', '满意度≥90%，实际达到95%。'])] }),
      },
      {
        name: 'a document consistently in one decimal (as 广东 prints) is not mixed',
        workbook: () => structureWorkbook({ after: [prose('情况说明', ['完成年初预算的87.5%，占比3.8%。'])] }),
      },
    ],
    reject: [
      {
        name: 'seed 000: “占比0%” next to “占比100.00%”',
        workbook: () => structureWorkbook({ after: [prose('情况说明', ['财政拨款收入1,475,018.17元，占比100.00%；', '上级补助收入0元，占比0%；事业收入0元，占比0%。'])] }),
        expect: [{ severity: 'info', cells: ['情况说明!A2'], messageIncludes: '“0%”' }],
      },
      {
        name: 'seed 002: “完成年初预算的100%” next to “99.76%”',
        workbook: () =>
          structureWorkbook({
            after: [prose('情况说明', ['一般公共预算财政拨款支出217.46万元，占本年支出合计的99.99%。', '支出决算为217.46万元，完成年初预算的99.76%。', '年初预算为40.18万元，支出决算为40.18万元，完成年初预算的100%。', '年初预算为8.18万元，支出决算为7.91万元，完成年初预算的96.7%。'])],
          }),
        expect: [
          { severity: 'info', cells: ['情况说明!A3'], messageIncludes: '“100%”' },
          { severity: 'info', cells: ['情况说明!A4'], messageIncludes: '“96.7%”' },
        ],
      },
    ],
  },
};

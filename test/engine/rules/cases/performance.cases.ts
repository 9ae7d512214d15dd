import type { CaseBook } from '../../../helpers/rule-tester';
import { peCell, seedSelfEvals, seedSummary } from '../../../helpers/performance-grids';
import { sampleWorkbook } from '../../../helpers/sample-workbook';

// The sample 自评表 (test/helpers/build-tables.ts buildSelfEval) sits on sheet 自评表1: funds rows 7
// (资金总额) and 8 (市县区财政资金) with C 目标申报数, D 预算编制数, E 全年预算数, F 全年执行数,
// G 资金结(转)余, H 执行率, I 得分; goal B10; indicators rows 12–17 (H 分值, I 得分); 总分 H18,
// 等级 I18; analysis texts C19–C22. The seed grids are described in test/helpers/performance-grids.ts.

const sample = () => sampleWorkbook();
const noSelfEval = () => sampleWorkbook({ omit: ['PE'] });
const summaryOnly = () => seedSummary();
/** Seed 004 project 2, its 成本指标 row (分值 10) printed under 效益指标: 产出 40 / 效益 40 as printed. */
export const misgroupedCost = () => seedSelfEvals('004', { only: [2], edit: (p) => (p[1].indicators[4].level1 = '效益指标') });
const NO_PE = { name: 'no 自评表 in the workbook', workbook: noSelfEval, uncheckedIncludes: '未找到项目支出绩效自评表' };
const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
/** 资金总额's 得分 left blank, as accountants often do; `source` is the 市县区财政资金 line's 得分. */
const blankTotalScore = (seed: '000' | '004', source?: string) =>
  seedSelfEvals(seed, {
    edit: (projects) =>
      projects.forEach((p) => {
        p.funds[0].score = '';
        if (source !== undefined) p.funds[1].score = source;
      }),
  });

export const cases: CaseBook = {
  'PE-1': {
    accept: [
      { name: 'the sample: 105 / 105 = 100.00', workbook: sample },
      { name: 'seed 000: 78.194 / 100.794 = 77.58', workbook: () => seedSelfEvals('000') },
      { name: 'seed 004: the three tables print 100', workbook: () => seedSelfEvals('004') },
      { name: 'seed 002 汇总表: rates typed as 100%', workbook: summaryOnly },
      { name: 'a rate printed with one decimal is compared at one decimal (77.6)', workbook: () => seedSelfEvals('000', { edit: (p) => (p[0].funds[0].rate = '77.6') }) },
      {
        name: 'a blank 上年结转资金 line has nothing to compute',
        workbook: () => sampleWorkbook({ edit: (d) => d.projects[0].funds.push({ label: '上年结转资金', declared: '', compiled: '', annualBudget: '', executed: '', balance: '', rate: '', score: '' }) }),
      },
    ],
    reject: [
      {
        name: '全年执行数 raised by 1.00: 106 / 105 = 100.95 ≠ 100.00',
        workbook: () => sampleWorkbook({ edit: (d) => (d.projects[0].funds[0].executed = '106') }),
        expect: [{ severity: 'error', cells: ['H7', 'F7', 'E7'] }],
      },
      {
        name: 'seed 000 with 全年执行数 79.194: 78.57 expected, 77.58 printed',
        workbook: () => seedSelfEvals('000', { edit: (p) => (p[0].funds[1].executed = '79.194') }),
        expect: [{ severity: 'error', cells: ['H8', 'F8', 'E8'] }],
      },
      {
        name: 'a truncated rate (77.57 for 77.578) is info',
        workbook: () => seedSelfEvals('000', { edit: (p) => (p[0].funds[0].rate = '77.57') }),
        expect: [{ severity: 'info', cells: ['H7'], messageIncludes: '截断' }],
      },
      {
        name: 'one step off in the second decimal (77.59) is a 尾差 info',
        workbook: () => seedSelfEvals('000', { edit: (p) => (p[0].funds[0].rate = '77.59') }),
        expect: [{ severity: 'info', cells: ['H7', 'F7', 'E7'], messageIncludes: '尾差' }],
      },
      {
        name: 'seed 002 汇总表 row with 全年执行数 39 against 38: 102.63% ≠ 100%',
        workbook: () => seedSummary((rows) => (rows[3][8] = '39')),
        expect: [{ severity: 'error', cells: [peCell(seedSummary(), 2, (pe) => pe.funds[0].executed)] }],
      },
      {
        name: '全年预算数 0 with money spent: the rate cannot be computed',
        workbook: () => sampleWorkbook({ edit: (d) => (d.projects[0].funds[0].annualBudget = '0') }),
        expect: [{ severity: 'error', cells: ['E7', 'F7', 'H7'], messageIncludes: '无法计算' }],
      },
      {
        name: '资金总额 without a rate',
        workbook: () => sampleWorkbook({ edit: (d) => (d.projects[0].funds[0].rate = '') }),
        expect: [{ severity: 'error', cells: ['H7'] }],
      },
    ],
    unchecked: [
      NO_PE,
      { name: 'a rate written in words', workbook: () => sampleWorkbook({ edit: (d) => (d.projects[0].funds[0].rate = '见说明') }), uncheckedIncludes: '不是数字' },
    ],
  },

  'PE-2': {
    accept: [
      { name: 'the sample: 100 % → 10.00', workbook: sample },
      { name: 'seed 000: 77.578 % → 7.76', workbook: () => seedSelfEvals('000') },
      { name: 'seed 004: 10 on every line', workbook: () => seedSelfEvals('004') },
      { name: 'seed 004 with 资金总额 得分 blank: the fill fills it, no error here', workbook: () => blankTotalScore('004') },
      { name: 'seed 000 with every 得分 of the funds block blank', workbook: () => blankTotalScore('000', '') },
      {
        name: 'spending above the budget still scores 10 (capped)',
        workbook: () => sampleWorkbook({ edit: (d) => Object.assign(d.projects[0].funds[0], { executed: '110', rate: '104.76', score: '10.00' }) }),
      },
    ],
    reject: [
      {
        name: 'seed 000 with 7.80 for 7.76',
        workbook: () => seedSelfEvals('000', { edit: (p) => (p[0].funds[0].score = '7.80') }),
        expect: [{ severity: 'error', cells: ['I7', 'F7', 'E7'] }],
      },
      {
        name: 'a score 0.01 off (from the rounded rate) is info',
        workbook: () => seedSelfEvals('000', { edit: (p) => (p[0].funds[0].score = '7.75') }),
        expect: [{ severity: 'info', cells: ['I7'] }],
      },
      {
        name: 'spending above the budget scored above 10',
        workbook: () => sampleWorkbook({ edit: (d) => Object.assign(d.projects[0].funds[0], { executed: '110', rate: '104.76', score: '10.48' }) }),
        expect: [{ severity: 'error', cells: ['I7'] }],
      },
    ],
    unchecked: [NO_PE, { name: 'the 汇总表 has no 得分 per fund line', workbook: summaryOnly, uncheckedIncludes: '汇总表没有预算执行得分栏' }],
  },

  'PE-3': {
    accept: [
      { name: 'the sample: 105 − 105 = 0', workbook: sample },
      { name: 'seed 000: 100.794 − 78.194 = 22.6', workbook: () => seedSelfEvals('000') },
      { name: 'seed 004: 0 on every line', workbook: () => seedSelfEvals('004') },
    ],
    reject: [
      {
        name: '全年执行数 raised by 1.00',
        workbook: () => sampleWorkbook({ edit: (d) => (d.projects[0].funds[0].executed = '106') }),
        expect: [{ severity: 'error', cells: ['G7', 'E7', 'F7'] }],
      },
      {
        name: 'a 0.01 gap in 万元 is a 尾差 info',
        workbook: () => seedSelfEvals('000', { edit: (p) => (p[0].funds[0].balance = '22.61') }),
        expect: [{ severity: 'info', cells: ['G7', 'E7', 'F7'] }],
      },
    ],
    unchecked: [NO_PE, { name: 'the 汇总表 has no 结余', workbook: summaryOnly, uncheckedIncludes: '汇总表没有资金结(转)余栏' }],
  },

  'PE-4': {
    accept: [
      { name: 'the sample: one source equal to the total', workbook: sample },
      { name: 'seed 004: one source per table', workbook: () => seedSelfEvals('004') },
      {
        name: 'two sources adding up',
        workbook: () =>
          sampleWorkbook({
            edit: (d) => {
              Object.assign(d.projects[0].funds[1], { declared: '90', compiled: '90', annualBudget: '90', executed: '90' });
              d.projects[0].funds.push({ label: '上年结转资金', declared: '15', compiled: '15', annualBudget: '15', executed: '15', balance: '0', rate: '100.00', score: '10.00' });
            },
          }),
      },
    ],
    reject: [
      {
        name: 'the source line executed 100 under a 资金总额 of 105',
        workbook: () => sampleWorkbook({ edit: (d) => (d.projects[0].funds[1].executed = '100') }),
        expect: [{ severity: 'error', cells: ['F7', 'F8'] }],
      },
      {
        name: '资金总额 全年执行数 raised by 1.00',
        workbook: () => sampleWorkbook({ edit: (d) => (d.projects[0].funds[0].executed = '106') }),
        expect: [{ severity: 'error', cells: ['F7', 'F8'] }],
      },
      {
        name: '预算编制数 of the source differs (read from its own column, not 目标申报数)',
        workbook: () => sampleWorkbook({ edit: (d) => (d.projects[0].funds[1].compiled = '100') }),
        expect: [{ severity: 'error', cells: ['D7', 'D8'] }],
      },
      {
        name: 'two sources 5 short of the total',
        workbook: () =>
          sampleWorkbook({
            edit: (d) => {
              Object.assign(d.projects[0].funds[1], { annualBudget: '85' });
              d.projects[0].funds.push({ label: '上年结转资金', declared: '', compiled: '', annualBudget: '15', executed: '', balance: '', rate: '', score: '' });
            },
          }),
        expect: [{ severity: 'error', cells: ['E7', 'E8', 'E9'] }],
      },
    ],
    unchecked: [NO_PE, { name: 'the 汇总表 has no source lines', workbook: summaryOnly, uncheckedIncludes: '没有资金来源行' }],
  },

  'PE-5': {
    accept: [
      { name: 'the sample: 50 / 30 / 10', workbook: sample },
      { name: 'seed 004: 90 with 50 / 30 / 10 in all three', workbook: () => seedSelfEvals('004') },
      {
        name: 'newer templates: 成本指标 as a 一级指标 (counted with 产出) and 可持续影响指标 under 效益指标',
        workbook: () =>
          seedSelfEvals('004', {
            only: [2],
            edit: (p) => {
              Object.assign(p[1].indicators[4], { level1: '成本指标', level2: '经济成本指标' });
              Object.assign(p[1].indicators[5], { level2: '可持续影响指标' });
            },
          }),
      },
      {
        name: 'no 满意度 indicator: its 10 moved to 效益',
        workbook: () =>
          sampleWorkbook({
            edit: (d) => {
              const p = d.projects[0];
              p.indicators.pop();
              Object.assign(p.indicators[4], { weight: '40', score: '40' });
            },
          }),
      },
    ],
    reject: [
      {
        name: 'seed 004 project 2 with its 成本指标 row printed under 效益指标: named as mis-grouped',
        workbook: misgroupedCost,
        expect: [{ severity: 'warning', cells: [peCell(misgroupedCost(), 0, (pe) => pe.indicators[4].weight)], messageIncludes: '属于产出指标' }],
      },
      {
        name: 'seed 000: Σ 分值 87 (产出 47)',
        workbook: () => seedSelfEvals('000'),
        expect: [
          { severity: 'error', cells: ['H12', 'H13', 'H14', 'H15', 'H16', 'H17', 'H18', 'H19', 'H20'] },
          { severity: 'warning', cells: ['H12', 'H16'], messageIncludes: '产出' },
        ],
      },
      {
        name: '90 in all, split 60 / 20 / 10',
        workbook: () =>
          sampleWorkbook({
            edit: (d) => {
              const p = d.projects[0];
              Object.assign(p.indicators[0], { weight: '30', score: '30' });
              Object.assign(p.indicators[4], { weight: '20', score: '20' });
            },
          }),
        expect: [
          { severity: 'warning', cells: ['H12', 'H13', 'H14', 'H15'], messageIncludes: '产出' },
          { severity: 'warning', cells: ['H16'], messageIncludes: '效益' },
        ],
      },
    ],
    unchecked: [
      NO_PE,
      { name: 'the 汇总表 has no indicators', workbook: summaryOnly, uncheckedIncludes: '汇总表没有绩效指标分值' },
      { name: 'a 分值 written in words', workbook: () => sampleWorkbook({ edit: (d) => (d.projects[0].indicators[0].weight = '二十') }), uncheckedIncludes: '不是数字' },
    ],
  },

  'PE-6': {
    accept: [
      { name: 'the sample', workbook: sample },
      { name: 'seed 000 (2.9 of 3, 3.9 of 4)', workbook: () => seedSelfEvals('000') },
      { name: 'seed 004 (0 of 2.5 allowed)', workbook: () => seedSelfEvals('004') },
      { name: 'seed 002 汇总表: 自评得分 100', workbook: summaryOnly },
    ],
    reject: [
      {
        name: '得分 25 for 分值 20',
        workbook: () => sampleWorkbook({ edit: (d) => (d.projects[0].indicators[0].score = '25') }),
        expect: [{ severity: 'error', cells: ['I12', 'H12'] }],
      },
      {
        name: 'a negative 得分',
        workbook: () => sampleWorkbook({ edit: (d) => (d.projects[0].indicators[1].score = '-1') }),
        expect: [{ severity: 'error', cells: ['I13'] }],
      },
      {
        name: '预算执行得分 above 10',
        workbook: () => sampleWorkbook({ edit: (d) => (d.projects[0].funds[0].score = '10.5') }),
        expect: [{ severity: 'error', cells: ['I7'] }],
      },
      {
        name: '汇总表 自评得分 105',
        workbook: () => seedSummary((rows) => (rows[1][16] = '105')),
        expect: [{ severity: 'error', cells: [peCell(seedSummary(), 0, (pe) => pe.total)] }],
      },
    ],
    unchecked: [NO_PE],
  },

  'PE-7': {
    accept: [
      { name: 'the sample: 90 + 10 = 100', workbook: sample },
      { name: 'seed 004: 80 + 10 = 90, 85 + 10 = 95, 85 + 10 = 95', workbook: () => seedSelfEvals('004') },
      { name: 'seed 004 with 资金总额 得分 blank: the 市县区财政资金 line’s 10.00 is the 预算执行得分', workbook: () => blankTotalScore('004') },
      { name: 'seed 004 with both 得分 of the funds block blank: the rate gives 10', workbook: () => blankTotalScore('004', '') },
    ],
    reject: [
      {
        name: 'seed 000: 86.8 + 7.76 = 94.56 ≠ 96.76',
        workbook: () => seedSelfEvals('000'),
        expect: [{ severity: 'error', cells: ['H21', 'I7', 'I12', 'I13', 'I14', 'I15', 'I16', 'I17', 'I18', 'I19', 'I20'] }],
      },
      {
        name: 'seed 000 with 资金总额 得分 blank: 86.8 + the source line’s 7.76 = 94.56 ≠ 96.76',
        workbook: () => blankTotalScore('000'),
        expect: [{ severity: 'error', cells: ['H21', 'I8', 'I12'], messageIncludes: '资金总额未填，取市县区财政资金 I8' }],
      },
      {
        name: 'seed 000 with both funds 得分 blank: 86.8 + 7.76 (from the rate) = 94.56 ≠ 96.76',
        workbook: () => blankTotalScore('000', ''),
        expect: [{ severity: 'error', cells: ['H21', 'I7', 'I12'], messageIncludes: '按执行率计算' }],
      },
      {
        name: 'seed 004 with 资金总额 得分 blank and the source line’s 得分 lowered to 6: 80 + 6 ≠ 90',
        workbook: () => blankTotalScore('004', '6'),
        expect: [{ severity: 'error', cells: ['自评表1!H27', '自评表1!I8'] }],
      },
      {
        name: 'one indicator 得分 lowered by 1',
        workbook: () => sampleWorkbook({ edit: (d) => (d.projects[0].indicators[2].score = '9') }),
        expect: [{ severity: 'error', cells: ['H18', 'I14'] }],
      },
      {
        name: 'a total 0.01 off is info',
        workbook: () => seedSelfEvals('000', { edit: (p) => (p[0].total = '94.57') }),
        expect: [{ severity: 'info', cells: ['H21'] }],
      },
    ],
    unchecked: [
      NO_PE,
      { name: 'the 汇总表 has only 自评得分', workbook: summaryOnly, uncheckedIncludes: '汇总表只有自评得分' },
      { name: 'no 总分 printed', workbook: () => sampleWorkbook({ edit: (d) => (d.projects[0].total = '') }), uncheckedIncludes: '未读到总分' },
    ],
  },

  'PE-8': {
    accept: [
      { name: 'the sample: 100 优', workbook: sample },
      { name: 'seed 004: 90 is 优', workbook: () => seedSelfEvals('004') },
      { name: 'seed 000: 96.76 and the recomputed 94.56 are both 优', workbook: () => seedSelfEvals('000') },
      { name: 'seed 004 with 资金总额 得分 blank: 80 + the source line’s 10 = 90 is 优 (no knock-on of the blank)', workbook: () => blankTotalScore('004') },
      {
        name: '89.99 is 良',
        workbook: () =>
          sampleWorkbook({
            edit: (d) => {
              const p = d.projects[0];
              Object.assign(p, { total: '89.99', grade: '良' });
              p.indicators[4].score = '19.99';
            },
          }),
      },
    ],
    reject: [
      {
        name: 'seed 004 project 1: 90 graded 良',
        workbook: () => seedSelfEvals('004', { only: [1], edit: (p) => (p[0].grade = '良') }),
        expect: [{ severity: 'error', cells: ['I27', 'H27'] }],
      },
      {
        name: '85 graded 优',
        workbook: () => sampleWorkbook({ edit: (d) => Object.assign(d.projects[0], { total: '85' }) }),
        expect: [{ severity: 'error', cells: ['I18', 'H18'] }],
      },
      {
        name: 'the printed 100 is 优, the scores add up to 85 (良)',
        workbook: () => sampleWorkbook({ edit: (d) => (d.projects[0].indicators[4].score = '15') }),
        expect: [{ severity: 'error', cells: ['I18', 'H18', 'I16'], messageIncludes: '重算' }],
      },
      {
        name: 'no grade printed',
        workbook: () => sampleWorkbook({ edit: (d) => (d.projects[0].grade = '') }),
        expect: [{ severity: 'warning', cells: ['H18'] }],
      },
    ],
    unchecked: [NO_PE, { name: 'the 汇总表 has no grade', workbook: summaryOnly, uncheckedIncludes: '汇总表没有等级栏' }],
  },

  'PE-9': {
    accept: [
      { name: 'the sample: 全年预算数 = 预算编制数 = 105', workbook: sample },
      { name: 'seed 000: 100.794 below 158.774, the note says “年初预算已核减”', workbook: () => seedSelfEvals('000') },
    ],
    reject: [
      {
        name: 'seed 004: 全年预算数 set to 全年执行数 below the 年初 budget, three times',
        workbook: () => seedSelfEvals('004'),
        expect: [
          { severity: 'warning', cells: ['自评表1!E7', '自评表1!F7', '自评表1!D7', '自评表1!D28'], messageIncludes: '69.28%' },
          { severity: 'warning', cells: ['自评表2!E7', '自评表2!F7', '自评表2!D7', '自评表2!D20'], messageIncludes: '99.93%' },
          { severity: 'warning', cells: ['自评表3!E7', '自评表3!F7', '自评表3!D7', '自评表3!D23'], messageIncludes: '57.47%' },
        ],
      },
      {
        name: 'the analysis gives a 全年预算 of 120 against 105 in the table',
        workbook: () => sampleWorkbook({ edit: (d) => (d.projects[0].analysis[0][1] = '全年预算120万元，实际执行105万元，预算执行率为87.5%。') }),
        expect: [{ severity: 'warning', cells: ['C19', 'E7'] }],
      },
      {
        name: 'seed 000 without the note on the 核减: an undocumented adjustment (info)',
        workbook: () => seedSelfEvals('000', { edit: (p) => p[0].indicators.forEach((i) => (i.note = '')) }),
        expect: [{ severity: 'info', cells: ['E7', 'D7'] }],
      },
    ],
    unchecked: [
      NO_PE,
      { name: 'the 汇总表 has no 年初预算数', workbook: summaryOnly, uncheckedIncludes: '汇总表没有年初预算数' },
      {
        name: 'no 年初预算数 on the 资金总额 line',
        workbook: () => sampleWorkbook({ edit: (d) => Object.assign(d.projects[0].funds[0], { declared: '', compiled: '' }) }),
        uncheckedIncludes: '未填或不是数字',
      },
    ],
  },

  'PE-10': {
    accept: [
      { name: 'the sample: “全年预算105万元，实际执行105万元，预算执行率为100%”', workbook: sample },
      { name: 'seed 000 with the 年度目标 total corrected to 148.97', workbook: () => seedSelfEvals('000', { edit: (p) => (p[0].goal = p[0].goal.replace('158.8万元', '148.97万元')) }) },
      {
        name: 'correctly rounded figures in the 偏差原因分析 of the funds line, in 万元 and in 元 (seed 000: 78.194 万元, 77.58%)',
        workbook: () => seedSelfEvals('000', { edit: (p) => (p[0].funds[0].note = '实际完成78.19万元，完成率77.6%；实际支出781943.33元。') }),
        // The 年度目标's open list (…等) stays an info.
        allowInfo: true,
      },
      {
        name: 'a 完成率 without an amount spent is an indicator’s, not the budget’s',
        workbook: () => seedSelfEvals('000', { edit: (p) => (p[0].funds[0].note = '巡检完成率95%。') }),
        allowInfo: true,
      },
    ],
    reject: [
      {
        name: 'seed 004: rates 69% / 99.92% / 57.5% against 100, 99.92 truncated',
        workbook: () => seedSelfEvals('004'),
        expect: [
          { severity: 'warning', cells: ['自评表1!D28', '自评表1!H7'], messageIncludes: '69%' },
          { severity: 'warning', cells: ['自评表2!D20', '自评表2!H7'], messageIncludes: '99.92%' },
          { severity: 'info', cells: ['自评表2!D20'], messageIncludes: '截断' },
          { severity: 'warning', cells: ['自评表3!D23', '自评表3!H7'], messageIncludes: '57.5%' },
        ],
      },
      {
        name: 'seed 000 年度目标: 158.8 ≠ 49.88 + 8.4 + 90.69 = 148.97, a list ending in 等 (info)',
        workbook: () => seedSelfEvals('000'),
        expect: [{ severity: 'info', cells: ['B10'], messageIncludes: '148.97' }],
      },
      {
        name: 'the same list closed (no 等): a warning',
        workbook: () => seedSelfEvals('000', { edit: (p) => (p[0].goal = p[0].goal.replace(/等(?=[^等]*$)/, '')) }),
        expect: [{ severity: 'warning', cells: ['B10'], messageIncludes: '148.97' }],
      },
      {
        name: '偏差原因分析 of the funds line: “实际完成80.194万元，完成率79.56%” against 78.194 and 77.58',
        workbook: () => seedSelfEvals('000', { edit: (p) => (p[0].funds[0].note = '实际完成80.194万元，完成率79.56%。') }),
        expect: [
          { severity: 'warning', cells: ['J7', 'F7'], messageIncludes: '偏差原因分析及改进措施 J7' },
          { severity: 'warning', cells: ['J7', 'H7'], messageIncludes: '79.56%' },
        ],
      },
      {
        name: 'an amount in 元 in an indicator’s 偏差原因: 实际支出801943.33元 against 78.194 万元',
        workbook: () => seedSelfEvals('000', { edit: (p) => (p[0].indicators[3].note = '线路实际支出801943.33元。') }),
        expect: [{ severity: 'warning', cells: ['J15', 'F7'], messageIncludes: '78.194 万元' }],
      },
      {
        name: 'the analysis says 实际执行100万元 against 105',
        workbook: () => sampleWorkbook({ edit: (d) => (d.projects[0].analysis[0][1] = '全年预算105万元，实际执行100万元，预算执行率为100%。') }),
        expect: [{ severity: 'warning', cells: ['C19', 'F7'] }],
      },
    ],
    unchecked: [NO_PE, { name: 'the 汇总表 has no texts', workbook: summaryOnly, uncheckedIncludes: '汇总表没有分析文字' }],
  },

  'PE-12': {
    accept: [
      { name: 'the sample: one table', workbook: sample },
      { name: 'seed 004: three different projects', workbook: () => seedSelfEvals('004') },
      { name: 'seed 002 汇总表: four different projects', workbook: summaryOnly },
    ],
    reject: [
      {
        name: 'the same 自评表 twice',
        workbook: () => seedSelfEvals('004', { only: [1, 2], edit: (p) => (p[1] = copy(p[0])) }),
        expect: [{ severity: 'warning', cells: ['自评表2!C3', '自评表1!C3'] }],
      },
      {
        name: 'the same project name with other figures (info)',
        workbook: () => seedSelfEvals('004', { only: [1, 2], edit: (p) => (p[1] = { ...copy(p[0]), total: '91' }) }),
        expect: [{ severity: 'info', cells: ['自评表2!C3', '自评表1!C3'] }],
      },
      {
        name: 'the same project name, one indicator scored otherwise (info)',
        workbook: () =>
          seedSelfEvals('004', {
            only: [1, 2],
            edit: (p) => {
              p[1] = copy(p[0]);
              p[1].indicators[2] = { ...p[1].indicators[2], score: String(Number(p[1].indicators[2].score) - 1) };
            },
          }),
        expect: [{ severity: 'info', cells: ['自评表2!C3', '自评表1!C3'] }],
      },
    ],
    unchecked: [NO_PE],
  },

  'PE-13': {
    accept: [
      { name: 'the sample: 运维成本 ≤105万元', workbook: sample },
      { name: 'seed 000: 成本 indicators with targets', workbook: () => seedSelfEvals('000') },
    ],
    reject: [
      {
        name: 'seed 004: 成本指标 “未填报” scored 5 of 10, three times',
        workbook: () => seedSelfEvals('004'),
        expect: [
          { severity: 'info', cells: ['自评表1!D22', '自评表1!H22', '自评表1!I22'] },
          { severity: 'info', cells: ['自评表2!D16', '自评表2!I16'] },
          { severity: 'info', cells: ['自评表3!D19', '自评表3!I19'] },
        ],
      },
    ],
    unchecked: [NO_PE, { name: 'the 汇总表 has no indicators', workbook: summaryOnly, uncheckedIncludes: '汇总表没有绩效指标' }],
  },

  'PE-14': {
    accept: [
      { name: 'the sample: “=3个” met, “≥95%” met, full scores', workbook: sample },
      { name: 'seed 000: cost caps beaten (≤25.65 of ≤49.88), a reduced score is allowed', workbook: () => seedSelfEvals('000') },
      { name: 'seed 004: “≥24次” vs “≥24次”, “≤5%” vs “≤5%”', workbook: () => seedSelfEvals('004') },
      {
        name: '90% of ≥95% scored 10 × 90 / 95 = 9.47',
        workbook: () => sampleWorkbook({ edit: (d) => Object.assign(d.projects[0].indicators[1], { actual: '90%', score: '9.47' }) }),
      },
    ],
    reject: [
      {
        name: '90% of ≥95% scored in full',
        workbook: () => sampleWorkbook({ edit: (d) => Object.assign(d.projects[0].indicators[1], { actual: '90%' }) }),
        expect: [{ severity: 'warning', cells: ['I13', 'H13'], messageIncludes: '9.47' }],
      },
      {
        name: 'a reverse indicator ≤5% at 10% scored in full: 10 × 5 / 10 = 5',
        workbook: () => sampleWorkbook({ edit: (d) => Object.assign(d.projects[0].indicators[1], { target: '≤5%', actual: '10%' }) }),
        expect: [{ severity: 'warning', cells: ['I13'], messageIncludes: '10 × 5 / 10' }],
      },
      {
        name: '“=3个” met exactly but scored 15 of 20',
        workbook: () => sampleWorkbook({ edit: (d) => (d.projects[0].indicators[0].score = '15') }),
        expect: [{ severity: 'warning', cells: ['I12', 'H12'] }],
      },
    ],
    unchecked: [NO_PE, { name: 'the 汇总表 has no indicators', workbook: summaryOnly, uncheckedIncludes: '汇总表没有绩效指标' }],
  },
};

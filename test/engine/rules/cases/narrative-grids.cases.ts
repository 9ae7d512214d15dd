// Narrative rule cases on small grids: one or two tables and a few sentences, so each case shows
// the one relation it tests (the seed cases are in narrative.cases.ts).
import type { WorkbookSnapshot } from '../../../../src/engine/model/snapshot';
import { generateNarrative } from '../../../../src/engine/narrative/generate';
import { recognizeWorkbook } from '../../../../src/engine/recognize/recognize-workbook';
import { narrativeGrid, NARRATIVE, type GridOptions } from '../../../helpers/narrative-grids';
import type { CaseBook, RejectCase, AcceptCase } from '../../../helpers/rule-tester';
import type { CellInput } from '../../../helpers/sheet';

const grid =
  (tables: Parameters<typeof narrativeGrid>[0], lines: string[], options?: GridOptions): (() => WorkbookSnapshot) =>
  () =>
    narrativeGrid(tables, lines, options);

// ---- 七、政府性基金 / 八、国有资本经营 against TGF / TSOC -------------------------------------

/** TGF 合计: 年初 1.00, 本年收入 10.00, 本年支出 8.00 (基本 3.00, 项目 5.00), 年末 3.00; TSOC 合计 6.00 = 1.00 + 5.00. */
const FUNDS: GridOptions = {
  edit: (d) => {
    d.tgf = [['合计', '', '1.00', '10.00', '8.00', '3.00', '5.00', '3.00']];
    d.tsoc = [['合计', '', '6.00', '1.00', '5.00']];
  },
};
const GF = '七、政府性基金预算财政拨款收支决算情况说明';
const SOC = '八、国有资本经营预算财政拨款支出决算情况说明';
const gf = (body: string) => grid(['TGF', 'TSOC'], [GF, body, SOC, '2023年度国有资本经营预算财政拨款支出6.00万元，其中：基本支出1.00万元，项目支出5.00万元。'], FUNDS);
const soc = (body: string) => grid(['TGF', 'TSOC'], [GF, '2023年度政府性基金预算财政拨款收入10.00万元，政府性基金预算财政拨款支出8.00万元。', SOC, body], FUNDS);
const GF_OK = '2023年度政府性基金预算财政拨款年初结转和结余1.00万元，本年收入10.00万元，支出8.00万元，其中：基本支出3.00万元，项目支出5.00万元；年末结转和结余3.00万元。上年政府性基金预算财政拨款收入9.00万元。';

// ---- 三公 vehicle counts ---------------------------------------------------------------------

const T10_ROWS: CellInput[][] = [
  ['授予中小企业合同金额', '18', '1.50'],
  ['其中：授予小微企业合同金额', '19', '0.80'],
  ['公务用车购置数(辆)', '20', '1'],
  ['公务用车保有量(辆)', '21', '1'],
];
const SG = ['九、财政拨款“三公”经费支出决算情况说明', '（二）“三公”经费财政拨款支出决算具体情况说明'];
const vehicles = (sentence: string, options: GridOptions = { t10Extra: T10_ROWS }) => grid(['T3G', 'T10'], [...SG, sentence], options);
/** A 三公 table that prints 公务用车购置数 / 保有量 (栏次13, 14) and no 相关信息统计表. */
const t3gVehicles = (sentence: string) => grid(['T3G'], [...SG, sentence], { t3gCounts: [['公务用车购置数（辆）', '1'], ['公务用车保有量（辆）', '2']] });
const ASSETS = ['十、其他重要事项情况说明', '（三）国有资产占用情况说明'];
const assets = (sentence: string) => grid(['T10'], [...ASSETS, sentence]);

// ---- 政府采购 中小企业 / 小微企业 ------------------------------------------------------------

const PURCHASE = ['十、其他重要事项情况说明', '（二）政府采购情况说明'];
/** T10 政府采购支出总额 2.00 (货物 2.00); with T10_ROWS the table also holds 中小企业 1.50 and 小微企业 0.80. */
const purchase = (sentence: string, rows: CellInput[][] | null = T10_ROWS) => grid(['T10'], [...PURCHASE, sentence], rows ? { t10Extra: rows } : {});
const PURCHASE_OK = '2023年度政府采购支出总额2.00万元，其中：政府采购货物支出2.00万元、政府采购工程支出0.00万元、政府采购服务支出0.00万元。政府采购授予中小企业合同金额1.50万元，占政府采购支出总额的75.00%。其中：授予小微企业合同金额0.80万元，占政府采购支出总额的40.00%。';
const PURCHASE_HENAN = '2023年度政府采购支出总额2.00万元。授予中小企业合同金额1.50万元，占政府采购支出总额的75.00%，其中：授予小微企业合同金额0.80万元，占授予中小企业合同金额的53.33%。';

// ---- 预算绩效: coverage of 项目支出 and project names (PE-11) ---------------------------------

const PERFORMANCE = ['十、其他重要事项情况说明', '（四）预算绩效情况说明'];
/** The sample's one 自评表 (社会保险经办信息系统运维, 全年执行数 105) and T05 项目支出 105, or as edited. */
const performance = (lines: string[], spending = '105.00', annualBudget = '105') =>
  grid(['T05'], [...PERFORMANCE, ...lines], {
    selfEvals: true,
    edit: (d) => {
      d.t05[0][4] = spending;
      d.projects[0].funds.forEach((f) => (f.annualBudget = annualBudget));
    },
  });

const accept = (name: string, workbook: () => WorkbookSnapshot): AcceptCase => ({ name, workbook });
const reject = (name: string, workbook: () => WorkbookSnapshot, cells: string[], messageIncludes?: string, severity: RejectCase['expect'][number]['severity'] = 'error'): RejectCase => ({
  name,
  workbook,
  expect: [{ severity, cells: cells.map((c) => (c.includes('!') ? c : `${NARRATIVE}!${c}`)), ...(messageIncludes ? { messageIncludes } : {}) }],
});

export const gridCases: CaseBook = {
  'N-AMT-1': {
    accept: [
      accept('the generator’s text for 政府性基金, 国有资本经营, 三公具体, 政府采购 and 国有资产 from these tables', generatedOnGrid),
      accept('政府性基金: 年初、收入、支出、基本、项目、年末 all as in TGF; a prior-year figure is not this year’s', gf(GF_OK)),
      accept('政府性基金 in 元 (100,000.00元 = 10.00万元)', gf('2023年度政府性基金预算财政拨款收入100,000.00元，政府性基金预算财政拨款支出80,000.00元。')),
      accept('国有资本经营 支出、基本、项目 as in TSOC', soc('2023年度国有资本经营预算财政拨款支出6.00万元，其中：基本支出1.00万元，项目支出5.00万元。')),
      accept('empty 政府性基金 table and the prescribed sentence', grid(['TGF'], [GF, '本年度无此项支出。'])),
      accept('购置 1 辆, 保有量 1 辆 as the 相关信息统计表 rows', vehicles('使用财政拨款共购置公务用车1辆。3. 公务用车运行维护费支出0.80万元，使用财政拨款负担的公务用车保有量共1辆车。')),
      accept('保有量 1 辆 ≤ 车辆数合计 1 (no 保有量 row)', vehicles('使用财政拨款负担的公务用车保有量共1辆车。', {})),
      accept('保有量 0 辆 ≤ 车辆数合计 1: some vehicles are not paid from 财政拨款', vehicles('使用财政拨款负担的公务用车保有量共0辆车。', {})),
      accept('购置 1 辆 / 保有量 2 辆 as the 三公 table’s 栏次13/14', t3gVehicles('购置公务用车1辆，公务用车保有量为2辆。')),
      accept('国有资产: 共有车辆 1 辆, 其他用车 1 辆, 设备 0 台（套）', assets('截至2023年12月31日，本部门共有车辆1辆。其中：副部（省）级及以上领导用车0辆、主要负责人用车0辆、其他用车1辆；单价100万元（含）以上设备（不含车辆）0台（套）。')),
      accept('政府采购: 中小企业 1.50 and 小微企业 0.80 as the 相关信息统计表 rows', purchase(PURCHASE_OK)),
      accept('政府采购: amounts the table does not hold are inputs (no T10 rows), within 总额', purchase('政府采购支出总额2.00万元。政府采购授予中小企业合同金额1.20万元，占政府采购支出总额的60.00%。其中：授予小微企业合同金额0.30万元，占政府采购支出总额的15.00%。', null)),
      accept('政府采购 in 元: 15,000.00元 = 1.50万元', purchase('政府采购支出总额20,000.00元。政府采购授予中小企业合同金额15,000.00元，占政府采购支出总额的75.00%。')),
    ],
    reject: [
      reject('政府性基金 收入 10.00 written 12.00', gf('2023年度政府性基金预算财政拨款收入12.00万元，政府性基金预算财政拨款支出8.00万元。'), ['A2', '公开07表!D7'], '本年收入 12.00万元'),
      reject('政府性基金 项目支出 5.00 written 4.00', gf('2023年度政府性基金预算财政拨款支出8.00万元，其中：基本支出3.00万元，项目支出4.00万元。'), ['A2', '公开07表!G7'], '项目支出 4.00万元'),
      reject('政府性基金 年末结转和结余 3.00 written 2.00', gf('年末结转和结余2.00万元。'), ['A2', '公开07表!H7'], '年末结转和结余'),
      reject('国有资本经营 支出 6.00 written 60.00', soc('2023年度国有资本经营预算财政拨款支出60.00万元。'), ['A4', '公开08表!C7'], '本年支出 60.00万元'),
      reject('国有资本经营 基本支出 1.00 written 5.00', soc('其中：基本支出5.00万元，项目支出5.00万元。'), ['A4', '公开08表!D7'], '基本支出 5.00万元'),
      reject('购置 2 辆 where the 相关信息统计表 holds 1', vehicles('使用财政拨款共购置公务用车2辆。'), ['A3', '公开10表!C26'], '购置公务用车 2 辆'),
      reject('保有量 3 辆 where the 保有量 row holds 1', vehicles('使用财政拨款负担的公务用车保有量共3辆车。'), ['A3', '公开10表!C27'], '公务用车保有量 3 辆'),
      reject('保有量 2 辆 more than the 1 vehicle the unit has (车辆数合计)', vehicles('使用财政拨款负担的公务用车保有量共2辆车。', {}), ['A3', '公开10表!C14'], '多于'),
      reject('保有量 0 辆 where the 三公 table’s 栏次14 holds 2', t3gVehicles('公务用车保有量为0辆。'), ['A3', '公开09表!N8'], '公务用车保有量 0 辆'),
      reject('国有资产: 共有车辆 2 辆 for 1', assets('本部门共有车辆2辆。'), ['A3', '公开10表!C14'], '车辆数合计 2 辆'),
      reject('国有资产: 其他用车 0 辆 for 1', assets('本部门共有车辆1辆。其中：其他用车0辆。'), ['A3', '公开10表!C22'], '其他用车 0 辆'),
      reject('政府采购: 中小企业 1.50 written 1.05', purchase(PURCHASE_OK.replace('合同金额1.50万元', '合同金额1.05万元').replace('75.00%', '52.50%')), ['A3', '公开10表!C24'], '授予中小企业合同金额 1.05万元'),
      reject('政府采购: 小微企业 0.80 written 0.08', purchase(PURCHASE_OK.replace('0.80万元', '0.08万元').replace('40.00%', '4.00%')), ['A3', '公开10表!C25'], '授予小微企业合同金额 0.08万元'),
      reject('政府采购: 中小企业 (an input) more than 政府采购支出总额', purchase('政府采购支出总额2.00万元。政府采购授予中小企业合同金额2.50万元，占政府采购支出总额的125.00%。', null), ['A3', '公开10表!C6'], '大于政府采购支出总额'),
      reject('政府采购: 小微企业 more than 中小企业', purchase('政府采购授予中小企业合同金额1.00万元，占政府采购支出总额的50.00%。其中：授予小微企业合同金额1.20万元，占政府采购支出总额的60.00%。', null), ['A3'], '大于授予中小企业合同金额'),
    ],
  },
  'N-SHARE-1': {
    accept: [
      accept('the generator’s text for 政府采购 from a 相关信息统计表 with 中小企业 rows', generatedOnGrid),
      accept('政府采购: 中小企业 75.00% and 小微企业 40.00% of 政府采购支出总额', purchase(PURCHASE_OK)),
      accept('政府采购 (河南): 小微企业 53.33% of 中小企业', purchase(PURCHASE_HENAN)),
      accept('政府采购: shares of inputs against the printed 总额 where there is no 相关信息统计表', grid(['T03'], [...PURCHASE, '政府采购支出总额4.00万元。授予中小企业合同金额1.00万元，占政府采购支出总额的25.00%。'])),
    ],
    reject: [
      reject('政府采购: 中小企业 share 70.00% for 1.50 ÷ 2.00', purchase(PURCHASE_OK.replace('75.00%', '70.00%')), ['A3', '公开10表!C24', '公开10表!C6'], '70.00'),
      reject('政府采购 (河南): 小微企业 40.00% written where 占授予中小企业合同金额 means 53.33%', purchase(PURCHASE_HENAN.replace('53.33%', '40.00%')), ['A3'], '授予中小企业合同金额'),
      reject('政府采购: share of an input against the 总额', purchase('政府采购支出总额2.00万元。授予中小企业合同金额1.00万元，占政府采购支出总额的60.00%。', null), ['A3', '公开10表!C6'], '60.00'),
    ],
  },
};

Object.assign(gridCases, {
  'PE-11': {
    accept: [
      accept('资金 105.00万元 is all of 项目支出 105.00: 100%', performance(['组织对项目资金全面开展了绩效自评，涉及项目1个，共涉及资金105.00万元，占本部门（单位）项目支出总额的100%，实现绩效自评“100%”。'])),
      accept('coverage 87.50% stated as such', performance(['共涉及资金105.00万元，占本部门项目支出总额的87.50%。'], '120.00')),
      accept(
        'one project, one name (“…运维项目” and “…运维费项目” are the same name)',
        performance(['1、社会保险经办信息系统运维费项目105.00万元。', '社会保险经办信息系统运维项目以《社会保险经办规程》为依据。主要用于系统运行维护。']),
      ),
      accept('the next sentence is about another matter, not the project', performance(['1、社会保险经办信息系统运维项目105.00万元。', '主要用于系统运行维护。'])),
    ],
    reject: [
      reject('000-11: 资金 (全年预算 120.00) 占项目支出总额的100% while 项目支出 is 105.00: the denominator is ambiguous', performance(['二级项目1个，共涉及资金120.00万元，占本部门（单位）项目支出总额的100%。'], '105.00', '120'), ['A3', '公开05表!E7', '自评表1!F7'], '114.29', 'info'),
      reject('002-7: 实现绩效自评“100%” while 105.00 of 120.00 is 87.50%', performance(['涉及预算资金105.00万元，占部门预算项目支出总额的87.50%，实现绩效自评“100%”。'], '120.00'), ['A3', '公开05表!E7', '自评表1!F7'], '87.50%', 'info'),
      reject(
        '002-8: “社会保险经办信息系统运维项目” then “社会保险经办系统升级项目”',
        performance(['1、社会保险经办信息系统运维项目105.00万元。', '社会保险经办系统升级项目以《社会保险经办规程》为依据。']),
        ['A3', 'A4', '自评表1!B3'],
        '社会保险经办系统升级项目',
        'info',
      ),
    ],
  },
} satisfies CaseBook);

/** Cases of one code: the seed cases, then the grid cases. */
export function withGridCases(book: CaseBook): CaseBook {
  const out: CaseBook = { ...book };
  for (const [code, extra] of Object.entries(gridCases)) {
    const base = out[code] ?? { accept: [], reject: [] };
    out[code] = { ...base, accept: [...base.accept, ...extra.accept], reject: [...base.reject, ...extra.reject], unchecked: [...(base.unchecked ?? []), ...(extra.unchecked ?? [])] };
  }
  return out;
}

/** The generator's own text (static) from a grid with non-empty 政府性基金 / 国有资本经营, 中小企业 rows and vehicle counts. */
export function generatedOnGrid(): WorkbookSnapshot {
  const options: GridOptions = { ...FUNDS, t10Extra: T10_ROWS, t3gCounts: [['公务用车购置数（辆）', '1'], ['公务用车保有量（辆）', '1']] };
  const base = narrativeGrid(['TGF', 'TSOC', 'T3G', 'T10'], [], options);
  const rows = generateNarrative(recognizeWorkbook(base), { mode: 'static', sections: ['政府性基金', '国有资本经营', '三公具体', '政府采购', '国有资产'] }).rows;
  return narrativeGrid(['TGF', 'TSOC', 'T3G', 'T10'], rows.map((r) => r.text), options);
}

import { FUNCTION_CLASSES } from '../../src/engine/dictionary/function-classes';
import type { CellInput } from './sheet';
import type { CodeRow, ProjectData, SampleData } from './sample-data';

/** Rows of one table as an accountant's sheet prints it: title, label, caption, headers, body, notes. */
export interface TableRows {
  rows: CellInput[][];
  merges: string[];
}

const CN = '一二三四五六七八九十';
function chineseNumber(n: number): string {
  if (n <= 10) return CN[n - 1] === '十' && n === 10 ? '十' : CN[n - 1];
  if (n < 20) return `十${CN[n - 11]}`;
  return `${CN[Math.floor(n / 10) - 1]}十${n % 10 ? CN[(n % 10) - 1] : ''}`;
}

function caption(data: SampleData, title: string, label: string, width: number): CellInput[][] {
  const pad = (cells: CellInput[]) => [...cells, ...Array<CellInput>(Math.max(0, width - cells.length)).fill(null)];
  return [
    pad([title]),
    pad([...Array<CellInput>(width - 1).fill(null), label]),
    pad([`部门名称：${data.unitName}`, null, `${data.year}年度`, ...Array<CellInput>(Math.max(0, width - 4)).fill(null), `金额单位：${data.unit}`]),
  ];
}

const T01_INCOME = ['一、一般公共预算财政拨款收入', '二、政府性基金预算财政拨款收入', '三、国有资本经营预算财政拨款收入', '四、上级补助收入', '五、事业收入', '六、经营收入', '七、附属单位上缴收入', '八、其他收入'];

export function buildT01(data: SampleData, label = '公开01表'): TableRows {
  const incomeLabel = (n: number) => (n <= 8 ? T01_INCOME[n - 1] : ({ 27: '本年收入合计', 28: '使用非财政拨款结余和专用结余', 29: '年初结转和结余', 31: '总计' } as Record<number, string>)[n] ?? '');
  const expenseLabel = (n: number) => (n <= 57 ? `${chineseNumber(n - 31)}、${FUNCTION_CLASSES[n - 32].name}` : ({ 58: '本年支出合计', 59: '结余分配', 60: '年末结转和结余', 62: '总计' } as Record<number, string>)[n] ?? '');
  const rows: CellInput[][] = [
    ...caption(data, '收入支出决算总表', label, 6),
    ['收入', null, null, '支出', null, null],
    ['项目', '行次', '决算数', '项目', '行次', '决算数'],
    ['栏次', null, '1', '栏次', null, '2'],
  ];
  for (let i = 1; i <= 31; i++) rows.push([incomeLabel(i), String(i), data.t01[i] ?? '', expenseLabel(31 + i), String(31 + i), data.t01[31 + i] ?? '']);
  rows.push(['注：本表反映部门本年度的总收支和年末结转结余情况。本套报表金额单位转换时可能存在尾数误差。']);
  return { rows, merges: ['A1:F1', 'A4:C4', 'D4:F4'] };
}

function codeTable(data: SampleData, title: string, label: string, headers: string[], body: CodeRow[], extraHeader?: CellInput[]): TableRows {
  const width = 2 + headers.length;
  const rows: CellInput[][] = [
    ...caption(data, title, label, width),
    ['项目', null, ...(extraHeader ?? headers)],
    ['功能分类科目编码', '科目名称', ...(extraHeader ? headers : headers.map(() => null))],
    ['栏次', null, ...headers.map((_, i) => String(i + 1))],
    ...body.map(([code, name, ...values]) => [code === '合计' ? '合计' : code, code === '合计' ? null : name, ...values]),
  ];
  return { rows, merges: [`A1:${String.fromCharCode(64 + width)}1`, 'A4:B4'] };
}

export function buildT02(data: SampleData, label = '公开02表'): TableRows {
  return codeTable(data, '收入决算表', label, ['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'], data.t02);
}

export function buildT03(data: SampleData, label = '公开03表'): TableRows {
  return codeTable(data, '支出决算表', label, ['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'], data.t03);
}

export function buildT05(data: SampleData, label = '公开05表'): TableRows {
  return codeTable(data, '一般公共预算财政拨款支出决算表', label, ['小计', '基本支出', '项目支出'], data.t05, ['本年支出', null, null]);
}

export function buildTGF(data: SampleData, label = '公开07表'): TableRows {
  const t = codeTable(data, '政府性基金预算财政拨款收入支出决算表', label, ['年初结转和结余', '本年收入', '小计', '基本支出', '项目支出', '年末结转和结余'], data.tgf, [
    '年初结转和结余',
    '本年收入',
    '本年支出',
    null,
    null,
    '年末结转和结余',
  ]);
  if (data.tgf.every(([, , ...v]) => v.every((x) => !x))) t.rows.push(['说明：本表无数据']);
  return t;
}

export function buildTSOC(data: SampleData, label = '公开08表'): TableRows {
  const t = codeTable(data, '国有资本经营预算财政拨款支出决算表', label, ['合计', '基本支出', '项目支出'], data.tsoc, ['本年支出', null, null]);
  if (data.tsoc.every(([, , ...v]) => v.every((x) => !x))) t.rows.push(['说明：本表无数据']);
  return t;
}

const T04_INCOME: Record<number, string> = { 1: '一、一般公共预算财政拨款', 2: '二、政府性基金预算财政拨款', 3: '三、国有资本经营预算财政拨款', 27: '本年收入合计', 28: '年初财政拨款结转和结余', 29: '一般公共预算财政拨款', 30: '政府性基金预算财政拨款', 31: '国有资本经营预算财政拨款', 32: '收入总计' };

export function buildT04(data: SampleData, label = '公开04表'): TableRows {
  const expenseLabel = (n: number) => (n <= 58 ? `${chineseNumber(n - 32)}、${FUNCTION_CLASSES[n - 33].name}` : ({ 59: '本年支出合计', 60: '年末财政拨款结转和结余', 64: '总计' } as Record<number, string>)[n] ?? '');
  const rows: CellInput[][] = [
    ...caption(data, '财政拨款收入支出决算总表', label, 9),
    ['收入', null, null, '支出', null, null, null, null, null],
    ['项目', '行次', '金额', '项目', '行次', '合计', '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'],
    ['栏次', null, '1', '栏次', null, '2', '3', '4', '5'],
  ];
  for (let i = 1; i <= 32; i++) {
    const e = 32 + i;
    const v = data.t04[e] ?? [];
    rows.push([T04_INCOME[i] ?? '', String(i), data.t04[i]?.[0] ?? '', expenseLabel(e), String(e), v[0] ?? '', v[1] ?? '', v[2] ?? '', v[3] ?? '']);
  }
  rows.push(['注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。']);
  return { rows, merges: ['A1:I1', 'A4:C4', 'D4:I4'] };
}

const T06_BLOCKS: [string, string][][] = [
  [
    ['301', '工资福利支出'], ['30101', '基本工资'], ['30102', '津贴补贴'], ['30103', '奖金'], ['30106', '伙食补助费'], ['30107', '绩效工资'],
    ['30108', '机关事业单位基本养老保险缴费'], ['30109', '职业年金缴费'], ['30110', '职工基本医疗保险缴费'], ['30111', '公务员医疗补助缴费'],
    ['30112', '其他社会保障缴费'], ['30113', '住房公积金'], ['30199', '其他工资福利支出'], ['303', '对个人和家庭的补助'], ['30301', '离休费'],
    ['30302', '退休费'], ['30309', '奖励金'], ['30399', '其他对个人和家庭的补助'],
  ],
  [
    ['302', '商品和服务支出'], ['30201', '办公费'], ['30202', '印刷费'], ['30207', '邮电费'], ['30211', '差旅费'], ['30212', '因公出国（境）费用'],
    ['30213', '维修（护）费'], ['30215', '会议费'], ['30216', '培训费'], ['30217', '公务接待费'], ['30226', '劳务费'], ['30228', '工会经费'],
    ['30229', '福利费'], ['30231', '公务用车运行维护费'], ['30299', '其他商品和服务支出'],
  ],
  [
    ['307', '债务利息及费用支出'], ['30701', '国内债务付息'], ['310', '资本性支出'], ['31002', '办公设备购置'], ['31013', '公务用车购置'],
    ['312', '对企业补助'], ['31299', '其他对企业补助'], ['313', '对社会保障基金补助'], ['31302', '对社会保险基金补助'], ['399', '其他支出'], ['39999', '其他支出'],
  ],
];

/** 2023 layout: three blocks of (科目编码, 科目名称, 决算数); footer 人员经费合计 / 公用经费合计. */
export function buildT06(data: SampleData, label = '公开06表'): TableRows {
  const height = Math.max(...T06_BLOCKS.map((b) => b.length));
  const rows: CellInput[][] = [
    ...caption(data, '一般公共预算财政拨款基本支出决算明细表', label, 9),
    ['人员经费', null, null, '公用经费', null, null, null, null, null],
    ['科目编码', '科目名称', '决算数', '科目编码', '科目名称', '决算数', '科目编码', '科目名称', '决算数'],
  ];
  for (let i = 0; i < height; i++) {
    rows.push(T06_BLOCKS.flatMap((block) => (block[i] ? [block[i][0], block[i][1], data.t06[block[i][0]] ?? ''] : [null, null, null])));
  }
  rows.push([null, '人员经费合计', data.t06['人员经费合计'] ?? '', null, null, null, null, '公用经费合计', data.t06['公用经费合计'] ?? '']);
  rows.push(['注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。']);
  return { rows, merges: ['A1:I1', 'A4:C4', 'D4:I4'] };
}

export function buildT3G(data: SampleData, label = '公开09表'): TableRows {
  const rows: CellInput[][] = [
    ...caption(data, '财政拨款“三公”经费支出决算表', label, 12),
    ['预算数', null, null, null, null, null, '决算数', null, null, null, null, null],
    ['合计', '因公出国（境）费', '公务用车购置及运行维护费', null, null, '公务接待费', '合计', '因公出国（境）费', '公务用车购置及运行维护费', null, null, '公务接待费'],
    [null, null, '小计', '公务用车购置费', '公务用车运行维护费', null, null, null, '小计', '公务用车购置费', '公务用车运行维护费', null],
    ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'],
    data.t3g,
    ['注：本表反映部门本年度“三公”经费支出预决算情况。'],
  ];
  if (data.t3g.every((v) => !v)) rows.push(['说明：本表无数据']);
  return { rows, merges: ['A1:L1', 'A4:F4', 'G4:L4', 'C5:E5', 'I5:K5'] };
}

const T10_LINES: [string, number | null][] = [
  ['一、政府采购情况', null], ['项目', null], ['合计', 1], ['货物', 2], ['工程', 3], ['服务', 4], ['二、机关运行经费', null], ['(一) 行政单位', 5],
  ['(二) 参照公务员法管理事业单位', 6], ['三、国有资产占用情况', null], ['(一) 车辆数合计(辆)', 7], ['1. 副部(省)级及以上领导用车', 8], ['2. 主要负责人用车', 9],
  ['3. 机要通信用车', 10], ['4. 应急保障用车', 11], ['5. 执法执勤用车', 12], ['6. 特种专业技术用车', 13], ['7. 离退休干部服务用车', 14], ['8. 其他用车', 15],
  ['(二) 单价100万元(含)以上设备(不含车辆)', 17],
];

export function buildT10(data: SampleData, label = '公开10表'): TableRows {
  const rows: CellInput[][] = [...caption(data, '部门决算公开相关信息统计表', label, 3)];
  for (const [name, line] of T10_LINES) {
    if (name === '项目') rows.push(['项目', '行次', '统计数']);
    else rows.push([name, line === null ? null : String(line), line === null ? null : data.t10[line] ?? '']);
  }
  rows.push(['注：本表反映部门本年度政府采购、机关运行经费和国有资产占用情况。']);
  return { rows, merges: ['A1:C1'] };
}

/** 山西 项目支出绩效自评表 (domain-rules.md §6.2). */
export function buildSelfEval(project: ProjectData): TableRows {
  const rows: CellInput[][] = [
    [project.title],
    ['(2023年度)'],
    ['项目名称', project.projectName],
    ['主管部门及代码', project.department, null, null, '预算单位', project.budgetUnit],
    ['项目资金预算安排及执行进度(万元)', null, '年初预算数', null, '全年预算数', '全年执行数', '资金结(转)余', '执行率', '得分', '偏差原因分析及改进措施'],
    [null, null, '目标申报数', '预算编制数'],
    ...project.funds.map((f) => [null, f.label, f.declared, f.compiled, f.annualBudget, f.executed, f.balance, f.rate, f.score]),
    ['项目年度绩效目标', '年度目标', null, null, null, '实际完成情况'],
    [null, project.goal, null, null, null, project.achieved],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '年初指标值', '调整后指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    ...project.indicators.map((i) => [null, i.level1, i.level2, i.level3, i.target, i.target, i.actual, i.weight, i.score]),
    ['总分', null, null, null, null, null, null, project.total, project.grade],
    ...project.analysis.map(([labelText, text], k) => [k === 0 ? '项目绩效自评结果分析' : null, labelText, text]),
    ['备注：1.“年初预算数”项下的“目标申报数”和“预算编制数”为并列关系。'],
  ];
  return { rows, merges: ['A1:J1', 'C5:D5'] };
}

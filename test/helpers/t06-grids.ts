/**
 * 基本支出明细表 grids the sample builders cannot make: the full 山西 layout of seeds 000/004 with
 * the 309/311 基本建设 rows printed “——”, in the 2023 form (科目编码, 科目名称, 决算数) and in the
 * 山西 2022 form (科目编码, 科目名称, 金额, 其中：基本支出), four blocks side by side.
 */
import type { WorkbookSnapshot } from '../../src/engine/model/snapshot';
import { sheet, workbook, type CellInput } from './sheet';

type Item = [code: string, name: string];

/** The four blocks as seed 000 (公开06表) prints them. */
const BLOCKS: Item[][] = [
  [
    ['301', '工资福利支出'], ['30101', '基本工资'], ['30102', '津贴补贴'], ['30103', '奖金'], ['30106', '伙食补助费'], ['30107', '绩效工资'],
    ['30108', '机关事业单位基本养老保险缴费'], ['30109', '职业年金缴费'], ['30110', '职工基本医疗保险缴费'], ['30111', '公务员医疗补助缴费'],
    ['30112', '其他社会保障缴费'], ['30113', '住房公积金'], ['30114', '医疗费'], ['30199', '其他工资福利支出'], ['303', '对个人和家庭的补助'],
    ['30301', '离休费'], ['30302', '退休费'], ['30303', '退职（役）费'], ['30304', '抚恤金'], ['30305', '生活补助'], ['30306', '救济费'],
    ['30307', '医疗费补助'], ['30308', '助学金'], ['30309', '奖励金'], ['30310', '个人农业生产补贴'], ['30311', '代缴社会保险费'],
    ['30399', '其他对个人和家庭的补助'],
  ],
  [
    ['302', '商品和服务支出'], ['30201', '办公费'], ['30202', '印刷费'], ['30203', '咨询费'], ['30204', '手续费'], ['30205', '水费'], ['30206', '电费'],
    ['30207', '邮电费'], ['30208', '取暖费'], ['30209', '物业管理费'], ['30211', '差旅费'], ['30212', '因公出国（境）费用'], ['30213', '维修（护）费'],
    ['30214', '租赁费'], ['30215', '会议费'], ['30216', '培训费'], ['30217', '公务接待费'], ['30218', '专用材料费'], ['30224', '被装购置费'],
    ['30225', '专用燃料费'], ['30226', '劳务费'], ['30227', '委托业务费'], ['30228', '工会经费'], ['30229', '福利费'], ['30231', '公务用车运行维护费'],
    ['30239', '其他交通费用'], ['30240', '税金及附加费用'], ['30299', '其他商品和服务支出'],
  ],
  [
    ['307', '债务利息及费用支出'], ['30701', '国内债务付息'], ['30702', '国外债务付息'], ['30703', '国内债务发行费用'], ['30704', '国外债务发行费用'],
    ['309', '资本性支出（基本建设）'], ['30901', '房屋建筑物构建'], ['30902', '办公设备购置'], ['30903', '专用设备购置'], ['30905', '基础设施建设'],
    ['30906', '大型修缮'], ['30907', '信息网络及软件购置更新'], ['30908', '物资储备'], ['30913', '公务用车购置'], ['30919', '其他交通工具购置'],
    ['30921', '文物和陈列品购置'], ['30922', '无形资产购置'], ['30999', '其他资本性支出'], ['310', '资本性支出'], ['31001', '房屋建筑物构建'],
    ['31002', '办公设备购置'], ['31003', '专用设备购置'], ['31005', '基础设施建设'], ['31006', '大型修缮'], ['31007', '信息网络及软件购置更新'],
    ['31008', '物资储备'], ['31009', '土地补偿'], ['31010', '安置补助'],
  ],
  [
    ['31011', '地上附着物和青苗补偿'], ['31012', '拆迁补偿'], ['31013', '公务用车购置'], ['31019', '其他交通工具购置'], ['31021', '文物和陈列品购置'],
    ['31022', '无形资产购置'], ['31099', '其他资本性支出'], ['311', '对企业补助（基本建设）'], ['31101', '资本金注入'], ['31199', '其他对企业补助'],
    ['312', '对企业补助'], ['31201', '资本金注入'], ['31203', '政府投资基金股权投资'], ['31204', '费用补贴'], ['31205', '利息补贴'], ['31299', '其他对企业补助'],
    ['313', '对社会保障基金补助'], ['31302', '对社会保险基金补助'], ['31303', '补充全国社会保障基金'], ['31304', '对机关事业单位职业年金的补助'],
    ['399', '其他支出'], ['39907', '国家赔偿费用支出'], ['39908', '对民间非营利组织和群众性自治组织补贴'], ['39909', '经常性赠与'], ['39910', '资本性赠与'],
    ['39999', '其他支出'],
  ],
];

/** Amounts by code (or '人员经费合计' / '公用经费合计'), one string per amount column. */
export type T06Values = Record<string, CellInput[]>;

export interface T06GridOptions {
  unit?: '元' | '万元';
  year?: string;
  sheetName?: string;
}

const isCapitalConstruction = (code: string) => code.startsWith('309') || code.startsWith('311');

function build(values: T06Values, full: boolean, options: T06GridOptions): WorkbookSnapshot {
  const amountCols = full ? 2 : 1;
  const blockWidth = 2 + amountCols;
  const width = blockWidth * BLOCKS.length;
  const pad = (cells: CellInput[]) => [...cells, ...Array<CellInput>(Math.max(0, width - cells.length)).fill(null)];
  const basicHeader = full ? ['金额', '其中：基本支出'] : ['决算数'];
  const rows: CellInput[][] = [
    pad([full ? '一般公共预算财政拨款支出决算明细表' : '一般公共预算财政拨款基本支出决算明细表']),
    pad([...Array<CellInput>(width - 1).fill(null), '公开06表']),
    pad(['部门名称：示例市社会保障服务中心', null, `${options.year ?? (full ? '2022' : '2023')}年度`, ...Array<CellInput>(width - 4).fill(null), `金额单位：${options.unit ?? '万元'}`]),
    pad(['人员经费', ...Array<CellInput>(blockWidth - 1).fill(null), '公用经费']),
    BLOCKS.flatMap(() => ['科目编码', '科目名称', ...basicHeader]),
  ];
  const height = Math.max(...BLOCKS.map((b) => b.length));
  for (let i = 0; i < height; i++) {
    rows.push(
      BLOCKS.flatMap((block) => {
        const item = block[i];
        if (!item) return Array<CellInput>(blockWidth).fill(null);
        const given = values[item[0]] ?? [];
        // 基本建设 classes are not 基本支出: the template prints “——” in their 基本支出 cell.
        const amounts = Array.from({ length: amountCols }, (_, k) =>
          given[k] !== undefined ? given[k] : isCapitalConstruction(item[0]) && k === amountCols - 1 ? '——' : null,
        );
        return [item[0], item[1], ...amounts];
      }),
    );
  }
  const personnel = values['人员经费合计'] ?? [];
  const publicTotal = values['公用经费合计'] ?? [];
  const footer: CellInput[] = Array<CellInput>(width).fill(null);
  footer[full ? 0 : 1] = '人员经费合计';
  for (let k = 0; k < amountCols; k++) footer[2 + k] = personnel[k] ?? null;
  footer[full ? blockWidth : width - blockWidth + 1] = '公用经费合计';
  for (let k = 0; k < amountCols; k++) footer[width - amountCols + k] = publicTotal[k] ?? null;
  rows.push(footer);
  rows.push([full ? '注：本表反映部门本年度一般公共预算财政拨款支出明细情况（其中包括基本支出明细情况）。' : '注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。']);
  return workbook(sheet(options.sheetName ?? '公开06表', rows, { merges: [`A1:${columnLetter(width)}1`] }));
}

function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** 2023 基本支出决算明细表 (山西 004 layout): one 决算数 column per block. */
export function t06Workbook2023(values: T06Values, options: T06GridOptions = {}): WorkbookSnapshot {
  return build(values, false, options);
}

/** 山西 2022 一般公共预算财政拨款支出决算明细表 (seed 000 layout): 金额 + 其中：基本支出 per block. */
export function t06Workbook2022(values: T06Values, options: T06GridOptions = {}): WorkbookSnapshot {
  return build(values, true, { unit: '元', ...options });
}

/** Seed 000 公开06表 (元): every printed amount, [金额, 其中：基本支出]. It closes exactly. */
export function seed000T06(): T06Values {
  return {
    '301': ['641065.64', '641065.64'],
    '30101': ['276726.00', '276726.00'],
    '30102': ['23832.00', '23832.00'],
    '30107': ['155702.00', '155702.00'],
    '30108': ['64553.12', '64553.12'],
    '30110': ['28006.58', '28006.58'],
    '30112': ['3473.94', '3473.94'],
    '30113': ['46700.00', '46700.00'],
    '30199': ['42072.00', '42072.00'],
    '303': ['2800.00', '2800.00'],
    '30302': ['2800.00', '2800.00'],
    '302': ['831152.53', '49209.20'],
    '30201': ['7025.80', '7025.80'],
    '30206': ['71615.69', null],
    '30207': ['2000.00', '2000.00'],
    '30211': ['2096.00', '2096.00'],
    '30213': ['154330.00', null],
    '30214': ['256520.00', null],
    '30226': ['184043.64', null],
    '30228': ['5092.72', '5092.72'],
    '30229': ['10837.64', '10837.64'],
    '30299': ['137591.04', '22157.04'],
    人员经费合计: ['643865.64', '643865.64'],
    公用经费合计: ['831152.53', '49209.20'],
  };
}

/** Seed 004 公开06表 (万元, 2023): its 301 prints 262.49 while its 款 add up to 262.48. */
export function seed004T06(): T06Values {
  return {
    '301': ['262.49'],
    '30101': ['79.07'],
    '30102': ['10.38'],
    '30107': ['91.17'],
    '30108': ['27.73'],
    '30109': ['2.02'],
    '30110': ['11.30'],
    '30111': ['5.22'],
    '30112': ['0.58'],
    '30113': ['23.88'],
    '30199': ['11.13'],
    '303': ['0.18'],
    '30309': ['0.18'],
    '302': ['26.01'],
    '30201': ['17.69'],
    '30208': ['0.91'],
    '30211': ['0.11'],
    '30226': ['0.06'],
    '30228': ['2.63'],
    '30229': ['4.61'],
    人员经费合计: ['262.67'],
    公用经费合计: ['26.01'],
  };
}

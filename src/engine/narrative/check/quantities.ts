import type { AmountUnit } from '../../money/unit';
import type { Table } from '../../tables/table';
import { Facts } from '../facts';
import type { SectionId } from '../paragraph';
import { figureOf, type Figure } from './printed';

/** A table quantity a section names: the words before the amount, the figure, and its share base. */
export interface Quantity {
  name: string;
  /** Regex source of the words directly before the amount. */
  label: string;
  figure: Figure | undefined;
  /** The fixed denominator of §5.3 N-SHARE-1 when a share follows (“，占比x%”). */
  whole?: { name: string; figure: Figure | undefined };
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A class name as printed: “社会保障和就业支出”, “社会保障和就业（类）支出”, “社会保障和就业支出(类)”. */
export function classLabel(name: string): string {
  const base = escape(name.replace(/支出$/, ''));
  return `${base}(?:支出)?(?:[（(]类[)）])?(?:支出)?`;
}

/** The quantities each section names (domain-rules §5.2), with the table cell behind each. */
export function quantities(f: Facts, unit: AmountUnit): Partial<Record<SectionId, Quantity[]>> {
  const fig = (...cells: Parameters<typeof figureOf>[0]) => figureOf(cells, unit);
  const t03 = (col: number) => fig(f.t03?.value('合计', col));
  const incomeTotal = { name: '本年收入合计', figure: fig(f.t01Line(27, 1)) };
  const spendingTotal = { name: '本年支出合计', figure: t03(1) };
  const t05Total = { name: '一般公共预算财政拨款支出合计', figure: fig(f.t05?.value('合计', 1)) };
  const classes = f.t05Rows(3).map((row) => ({ name: row.label, label: classLabel(row.label.replace(/\s+/g, '')), figure: fig(row.values.get(1)), whole: t05Total }));
  const t10 = (...lines: number[]) => (f.t10 ? fig(...lines.map((l) => f.t10Line(l))) : undefined);
  return {
    收入支出总体: [
      { name: '收入总计', label: '收入总计|收入支出总计|收、支总计', figure: fig(f.t01Line(31, 1)) },
      { name: '支出总计', label: '(?<!收入)支出总计', figure: fig(f.t01Line(62, 2)) },
    ],
    收入: [
      { name: '本年收入合计', label: '收入合计', figure: incomeTotal.figure },
      { name: '财政拨款收入', label: '财政拨款收入', figure: fig(f.t01Line(1, 1), f.t01Line(2, 1), f.t01Line(3, 1)), whole: incomeTotal },
      { name: '上级补助收入', label: '上级补助收入', figure: fig(f.t01Line(4, 1)), whole: incomeTotal },
      { name: '事业收入', label: '事业收入', figure: fig(f.t01Line(5, 1)), whole: incomeTotal },
      { name: '经营收入', label: '经营收入', figure: fig(f.t01Line(6, 1)), whole: incomeTotal },
      { name: '附属单位上缴收入', label: '附属单位上缴收入', figure: fig(f.t01Line(7, 1)), whole: incomeTotal },
      { name: '其他收入', label: '其他收入', figure: fig(f.t01Line(8, 1)), whole: incomeTotal },
    ],
    支出: [
      { name: '本年支出合计', label: '支出合计', figure: spendingTotal.figure },
      { name: '基本支出', label: '基本支出', figure: t03(2), whole: spendingTotal },
      { name: '项目支出', label: '项目支出', figure: t03(3), whole: spendingTotal },
      { name: '上缴上级支出', label: '上缴上级支出', figure: t03(4), whole: spendingTotal },
      { name: '经营支出', label: '(?<!对附属单位补助|上缴上级)经营支出', figure: t03(5), whole: spendingTotal },
      { name: '对附属单位补助支出', label: '对附属单位补助支出', figure: t03(6), whole: spendingTotal },
    ],
    财政拨款收支总体: [
      { name: '财政拨款收入总计', label: '财政拨款收入总计|财政拨款收、支总计|收、支总计', figure: fig(f.t04Line(32, 1)) },
      { name: '财政拨款支出总计', label: '(?<!收入)支出总计', figure: fig(f.t04Line(64, 2)) },
    ],
    一般公共预算总体: [
      { name: '一般公共预算财政拨款支出', label: '(?:一般公共预算)?财政拨款(?:决算)?支出', figure: t05Total.figure, whole: { name: '本年支出合计', figure: fig(f.t01Line(58, 2)) } },
      { name: '人员经费', label: '人员经费', figure: fig(f.t06('人员经费合计')), whole: t05Total },
      { name: '公用经费', label: '(?:日常)?公用经费', figure: fig(f.t06('公用经费合计')), whole: t05Total },
    ],
    一般公共预算结构: [{ name: '一般公共预算财政拨款支出', label: '(?:一般公共预算)?财政拨款支出', figure: t05Total.figure }, ...classes],
    基本支出: [
      { name: '基本支出', label: '基本支出', figure: fig(f.t05?.value('合计', 2)) },
      { name: '人员经费', label: '人员经费', figure: fig(f.t06('人员经费合计')) },
      { name: '公用经费', label: '公用经费', figure: fig(f.t06('公用经费合计')) },
    ],
    政府性基金: fundQuantities(f.tgf, fig),
    国有资本经营: fundQuantities(f.tsoc, fig),
    机关运行经费: f.t10 ? [{ name: '机关运行经费', label: '机关运行经费(?:支出)?', figure: t10(5, 6) }] : [],
    政府采购: f.t10
      ? [
          { name: '政府采购支出总额', label: '政府采购支出总额', figure: t10(1) },
          { name: '政府采购货物支出', label: '货物支出', figure: t10(2) },
          { name: '政府采购工程支出', label: '工程支出', figure: t10(3) },
          { name: '政府采购服务支出', label: '服务支出', figure: t10(4) },
        ]
      : [],
  };
}

/** Not a figure of the year: “上年…收入”, “比上年…支出”. */
const NOT_PRIOR = '(?<!上年[^，。；;\\d]{0,12})';

/**
 * 七、政府性基金 / 八、国有资本经营 (§5.2): the 合计 row of TGF, or of TSOC (3 栏次: 合计, 基本,
 * 项目; the 收入支出 variant has TGF's 6: 年初, 本年收入, 本年支出 小计/基本/项目, 年末).
 * Specific labels come first: an amount is taken by the first quantity that names it.
 */
function fundQuantities(table: Table | undefined, fig: (...cells: Parameters<typeof figureOf>[0]) => Figure | undefined): Quantity[] {
  if (!table) return [];
  const at = (col: number) => fig(table.value('合计', col));
  const balance = table.id === 'TGF' || table.columns.length === 6;
  const spending: Quantity[] = [
    { name: '基本支出', label: `${NOT_PRIOR}基本支出`, figure: at(balance ? 4 : 2) },
    { name: '项目支出', label: `${NOT_PRIOR}项目支出`, figure: at(balance ? 5 : 3) },
    { name: '本年支出', label: `${NOT_PRIOR}(?<!基本|项目)支出(?:决算)?(?:合计|小计)?`, figure: at(balance ? 3 : 1) },
  ];
  if (!balance) return spending;
  return [
    { name: '年初结转和结余', label: '年初(?:财政拨款)?结转(?:和|与)?结余', figure: at(1) },
    { name: '年末结转和结余', label: '年末(?:财政拨款)?结转(?:和|与)?结余', figure: at(6) },
    ...spending,
    { name: '本年收入', label: `${NOT_PRIOR}收入(?:决算)?(?:合计)?`, figure: at(2) },
  ];
}

/** 三公 items: 决算 栏次, 预算 栏次, and how the narrative names them. */
export const THREE_PUBLIC_ITEMS: Array<{ name: string; label: string; final: number; budget: number }> = [
  { name: '因公出国（境）费', label: '因公出国[（(]?境[)）]?费?', final: 8, budget: 2 },
  { name: '公务用车购置及运行维护费', label: '公务用车购置及运行(?:维护)?费', final: 9, budget: 3 },
  { name: '公务用车购置费', label: '公务用车购置(?!及)费?', final: 10, budget: 4 },
  { name: '公务用车运行维护费', label: '公务用车运行(?:维护)?费?', final: 11, budget: 5 },
  { name: '公务接待费', label: '(?<!国内|外事|外宾|其他国内)公务接待费?', final: 12, budget: 6 },
];

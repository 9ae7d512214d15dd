import { FUNCTION_CLASSES } from '../../dictionary/function-classes';

/**
 * 行次 of a row label, for templates that print no 行次 (上海 2024: “无行次”). `seen` holds the
 * lines already read on that side: T04 prints 一般公共预算财政拨款 twice, as 本年收入 (1) and,
 * after 年初财政拨款结转和结余, as 年初 by type (29).
 */
export type LineOfLabel = (side: number, label: string, seen: ReadonlySet<number>) => number | undefined;

/** “一、一般公共服务支出” → “一般公共服务支出”; “(二)…” and “1.…” likewise. */
export function stripEnumerator(label: string): string {
  return label.replace(/^([一二三四五六七八九十]+[、.]|\(?[一二三四五六七八九十\d]+\)|\d+[.、])/, '').replace(/\((类|款|项)\)$/, '');
}

/** A class name with or without its “等” (seed 004's 财政拨款总表 prints “资源勘探工业信息支出”): T01-8 names the variant. */
const loose = (name: string) => name.replace(/等(?=支出$)/, '');

function classLine(label: string, first: number): number | undefined {
  const i = FUNCTION_CLASSES.findIndex((c) => c.name === label || loose(c.name) === label);
  return i < 0 ? undefined : first + i;
}

const T01_INCOME: [RegExp, number][] = [
  [/^一般公共预算财政拨款收入$/, 1],
  [/^政府性基金预算财政拨款收入$/, 2],
  [/^国有资本经营预算财政拨款收入$/, 3],
  [/^上级补助收入$/, 4],
  [/^事业收入$/, 5],
  [/^经营收入$/, 6],
  [/^附属单位上缴收入$/, 7],
  [/^其他收入$/, 8],
  [/^本年收入合计$/, 27],
  [/^使用非财政拨款结余/, 28],
  [/^年初结转和结余$/, 29],
  [/^(收入)?总计$/, 31],
];

const T01_EXPENDITURE: [RegExp, number][] = [
  [/^本年支出合计$/, 58],
  [/^结余分配$/, 59],
  [/^年末结转(和|与)结余$/, 60],
  [/^(支出)?总计$/, 62],
];

function byPatterns(patterns: [RegExp, number][], label: string): number | undefined {
  return patterns.find(([re]) => re.test(label))?.[1];
}

export const t01LineOfLabel: LineOfLabel = (side, label) =>
  side === 0 ? byPatterns(T01_INCOME, label) : (classLine(label, 32) ?? byPatterns(T01_EXPENDITURE, label));

const T04_TYPES = ['一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'];

export const t04LineOfLabel: LineOfLabel = (side, label, seen) => {
  if (side === 0) {
    const type = T04_TYPES.indexOf(label);
    if (type >= 0) return (seen.has(28) ? 29 : 1) + type;
    return byPatterns([[/^本年收入合计$/, 27], [/^年初财政拨款结转和结余$/, 28], [/^(收入)?总计$/, 32]], label);
  }
  return classLine(label, 33) ?? byPatterns([[/^本年支出合计$/, 59], [/^年末财政拨款结转和结余$/, 60], [/^(支出)?总计$/, 64]], label);
};

const T10_LINES: [RegExp, number][] = [
  [/^合计$/, 1],
  [/^货物$/, 2],
  [/^工程$/, 3],
  [/^服务$/, 4],
  [/^行政单位$/, 5],
  [/^参照公务员法管理事业单位$/, 6],
  [/^车辆数合计/, 7],
  [/^副部\(省\)级及以上领导用车$/, 8],
  [/^(主要负责人|主要领导干部)用车$/, 9],
  [/^机要通信用车$/, 10],
  [/^应急保障用车$/, 11],
  [/^执法执勤用车$/, 12],
  [/^特种专业技术用车$/, 13],
  [/^离退休干部(服务)?用车$/, 14],
  [/^其他用车$/, 15],
  [/^单价100万元/, 17],
];

/** 部门决算公开相关信息统计表 without 行次 (domain-rules.md §2.3 T10 lines). */
export const t10LineOfLabel: LineOfLabel = (_side, label) => byPatterns(T10_LINES, label);

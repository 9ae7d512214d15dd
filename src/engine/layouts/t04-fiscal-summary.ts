import { t04LineOfLabel } from './common/line-labels';
import { lines, parseLineTable } from './common/line-table';
import type { Layout } from './layout';

/** 财政拨款收入支出决算总表: income 行次 1–32 in 栏次 1; expenditure 行次 33–64 in 栏次 2–5. */
export const t04Layout: Layout = {
  id: 'T04',
  titles: [/财政拨款收入支出决算总表$/, /财政拨款收支决算总表$/],
  keywords: ['一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款', '本年收入合计', '本年支出合计', '年初财政拨款结转和结余', '年末财政拨款结转和结余', '项目'],
  parse: (region, confidence) =>
    parseLineTable(region, { id: 'T04', defaultColumns: [[1], [2, 3, 4, 5]], headerWords: ['收入', '支出', '项目'], expectedLines: lines(1, 64), labels: { lineOf: t04LineOfLabel, valueHeaders: [[['金额', '决算数']], [['合计'], ['一般公共预算财政拨款'], ['政府性基金预算财政拨款'], ['国有资本经营预算财政拨款']]] } }, confidence),
};

import { t01LineOfLabel } from './common/line-labels';
import { lines, parseLineTable } from './common/line-table';
import type { Layout } from './layout';

/** 公开01 收入支出决算总表: income 行次 1–31 in 栏次 1, expenditure 行次 32–62 in 栏次 2. */
export const t01Layout: Layout = {
  id: 'T01',
  titles: [/收入支出决算总表$/, /收支决算总表$/, /^(部门|单位)?收入支出决算表$/],
  keywords: ['本年收入合计', '本年支出合计', '上级补助收入', '事业收入', '年初结转和结余', '结余分配', '总计', '项目'],
  parse: (region, confidence) => parseLineTable(region, { id: 'T01', defaultColumns: [[1], [2]], headerWords: ['收入', '支出', '项目'], expectedLines: lines(1, 62), labels: { lineOf: t01LineOfLabel, valueHeaders: [[['决算数', '金额']], [['决算数', '金额']]] } }, confidence),
};

import { parseCodeTable } from './common/code-table';
import type { Layout } from './layout';

/** 收入决算表: 栏次 1 本年收入合计, 2 财政拨款收入, 3 上级补助收入, 4 事业收入, 5 经营收入, 6 附属单位上缴收入, 7 其他收入. */
export const t02Layout: Layout = {
  id: 'T02',
  titles: [/收入决算表$/],
  keywords: ['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入', '科目名称'],
  parse: (region, confidence) =>
    parseCodeTable(region, { id: 'T02', columnHeaders: [['本年收入合计', '合计'], ['财政拨款收入'], ['上级补助收入'], ['事业收入'], ['经营收入'], ['附属单位上缴收入'], ['其他收入']] }, confidence),
};

/** 支出决算表: 栏次 1 本年支出合计, 2 基本支出, 3 项目支出, 4 上缴上级支出, 5 经营支出, 6 对附属单位补助支出. */
export const t03Layout: Layout = {
  id: 'T03',
  titles: [/支出决算表$/], // tried last: the other 支出决算表 titles are more specific
  keywords: ['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出', '科目名称'],
  parse: (region, confidence) =>
    parseCodeTable(region, { id: 'T03', columnHeaders: [['本年支出合计', '合计'], ['基本支出'], ['项目支出'], ['上缴上级支出'], ['经营支出'], ['对附属单位补助支出']] }, confidence),
};

/** 一般公共预算财政拨款支出决算表: 栏次 1 小计, 2 基本支出, 3 项目支出. */
export const t05Layout: Layout = {
  id: 'T05',
  titles: [/一般公共预算财政拨款(收入)?支出决算表$/],
  // The fund's name tells it from the 国有资本经营 table when no title is printed (its note names it).
  keywords: ['本年支出', '小计', '基本支出', '项目支出', '科目名称', '一般公共预算'],
  parse: (region, confidence) => parseCodeTable(region, { id: 'T05', columnHeaders: [['小计', '合计'], ['基本支出'], ['项目支出']] }, confidence),
};

/** 政府性基金预算财政拨款收入支出决算表: 1 年初结转和结余, 2 本年收入, 3 本年支出小计, 4 基本, 5 项目, 6 年末结转和结余. */
export const tgfLayout: Layout = {
  id: 'TGF',
  titles: [/政府性基金预算财政拨款(收入)?支出决算表$/, /政府性基金预算财政拨款收支决算表$/],
  keywords: ['年初结转和结余', '本年收入', '本年支出', '基本支出', '项目支出', '年末结转和结余'],
  parse: (region, confidence) =>
    parseCodeTable(
      region,
      { id: 'TGF', columnHeaders: [['年初结转和结余'], ['本年收入'], ['小计', '合计'], ['基本支出'], ['项目支出'], ['年末结转和结余']] },
      confidence,
    ),
};

/** 国有资本经营预算财政拨款支出决算表: 1 合计/小计, 2 基本支出, 3 项目支出. */
export const tsocLayout: Layout = {
  id: 'TSOC',
  titles: [/国有资本经营预算财政拨款(收入)?支出决算表$/],
  // Its headers are the 一般公共预算 table's: without a printed title, only the fund's name (in its note) tells them apart.
  keywords: ['本年支出', '基本支出', '项目支出', '科目名称', '国有资本经营'],
  parse: (region, confidence) => parseCodeTable(region, { id: 'TSOC', columnHeaders: [['合计', '小计'], ['基本支出'], ['项目支出']] }, confidence),
};

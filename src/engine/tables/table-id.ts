/** Canonical table ids (domain-rules.md §2.1). Never the printed 公开NN number. */
export type TableId = 'T01' | 'T02' | 'T03' | 'T04' | 'T05' | 'T06' | 'TGF' | 'TSOC' | 'T3G' | 'T10' | 'PE';

export const TABLE_NAMES: Record<TableId, string> = {
  T01: '收入支出决算总表',
  T02: '收入决算表',
  T03: '支出决算表',
  T04: '财政拨款收入支出决算总表',
  T05: '一般公共预算财政拨款支出决算表',
  T06: '一般公共预算财政拨款基本支出决算明细表',
  TGF: '政府性基金预算财政拨款收入支出决算表',
  TSOC: '国有资本经营预算财政拨款支出决算表',
  T3G: '财政拨款“三公”经费支出决算表',
  T10: '部门决算公开相关信息统计表',
  PE: '项目支出绩效自评表',
};

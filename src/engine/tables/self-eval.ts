import type { RangeRect } from '../model/snapshot';
import type { ValueCell } from '../values/value-cell';
import type { PrintedText, TableMeta } from './table';

/** One line of the funds block: 资金总额 or a source (市县区财政资金, 上年结转…). */
export interface FundRow {
  label: PrintedText;
  declared?: ValueCell; // 年初预算数·目标申报数
  compiled?: ValueCell; // 年初预算数·预算编制数
  annualBudget?: ValueCell; // 全年预算数
  executed?: ValueCell; // 全年执行数
  balance?: ValueCell; // 资金结(转)余
  rate?: ValueCell; // 执行率 (percent figure: 77.58 means 77.58 %)
  score?: ValueCell; // 得分
}

export interface Indicator {
  level1: string;
  level2: string;
  level3: PrintedText;
  initialTarget: string;
  adjustedTarget: string;
  actual: string;
  weight: ValueCell; // 分值
  score: ValueCell; // 得分
}

/**
 * A 项目支出绩效自评表 (山西 template, one project) or one project row of a
 * 项目单位自评汇总表 (河南): the summary variant has only funds totals and the 自评得分.
 */
export interface SelfEval {
  sheet: string;
  range: RangeRect;
  meta: TableMeta;
  variant: 'project' | 'summary';
  confidence: number;
  projectName?: PrintedText;
  department?: PrintedText;
  budgetUnit?: PrintedText;
  funds: FundRow[];
  goal?: PrintedText;
  achieved?: PrintedText;
  indicators: Indicator[];
  total?: ValueCell;
  grade?: PrintedText;
  analysis: PrintedText[];
  analysisLabels: string[];
}

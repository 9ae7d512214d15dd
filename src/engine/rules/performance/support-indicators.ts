import type { Indicator, SelfEval } from '../../tables/self-eval';

export type IndicatorGroup = '产出' | '效益' | '满意度';

/** 一级指标 of an indicator; 成本指标 (a first-level indicator in newer templates) counts with 产出. */
export function groupOf(indicator: Indicator): IndicatorGroup | undefined {
  const level1 = indicator.level1.replace(/\s+/g, '');
  if (/产出|成本/.test(level1)) return '产出';
  if (/效益/.test(level1)) return '效益';
  if (/满意/.test(level1)) return '满意度';
  return undefined;
}

/** A 预算执行率 line listed among the indicators (some templates score it there, not in the funds block). */
export function isExecutionIndicator(indicator: Indicator): boolean {
  return /执行率/.test(`${indicator.level1}${indicator.level2}${indicator.level3.text}`);
}

/** 预算执行得分 is in the funds block when its 资金总额 line has a 得分 cell. */
export function scoresExecutionInFunds(pe: SelfEval): boolean {
  return pe.funds[0]?.score !== undefined && !pe.indicators.some(isExecutionIndicator);
}

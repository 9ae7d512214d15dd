import type { Decimal } from '../../money/decimal';
import type { Indicator, SelfEval } from '../../tables/self-eval';
import type { ValueCell } from '../../values/value-cell';
import { executionRate, executionScore } from './support-self-eval';

export type IndicatorGroup = '产出' | '效益' | '满意度';

function folded(text: string): string {
  return text.replace(/\s+/g, '');
}

/** 一级指标 as printed; 成本指标 (a first-level indicator in newer templates) counts with 产出. */
export function printedGroupOf(indicator: Indicator): IndicatorGroup | undefined {
  const level1 = folded(indicator.level1);
  if (/产出|成本/.test(level1)) return '产出';
  if (/效益/.test(level1)) return '效益';
  if (/满意/.test(level1)) return '满意度';
  return undefined;
}

/**
 * The standard indicator tree of 财预〔2020〕10号 附件: 产出指标 → 数量/质量/时效/成本指标;
 * 效益指标 → 经济/社会/生态效益指标, 可持续影响指标; 满意度指标 → 服务对象满意度指标.
 * The 二级指标 decides where a row belongs; undefined when it names none of them.
 */
export function standardGroupOf(indicator: Indicator): IndicatorGroup | undefined {
  const level2 = folded(indicator.level2);
  if (/满意/.test(level2)) return '满意度';
  if (/效益|可持续影响/.test(level2)) return '效益';
  if (/数量|质量|时效|成本/.test(level2)) return '产出';
  return undefined;
}

/** Where the row belongs: its 二级指标's place in the standard tree, else its printed 一级指标. */
export function groupOf(indicator: Indicator): IndicatorGroup | undefined {
  return standardGroupOf(indicator) ?? printedGroupOf(indicator);
}

/** A row printed under another 一级指标 than its 二级指标 belongs to (成本指标 under 效益指标). */
export function isMisgrouped(indicator: Indicator): boolean {
  const printed = printedGroupOf(indicator);
  const standard = standardGroupOf(indicator);
  return printed !== undefined && standard !== undefined && printed !== standard;
}

/**
 * How a message names an indicator: “成本指标“线路租赁成本””, or just “成本指标” when the 三级指标
 * is blank or repeats its level (seed 004 writes 成本指标 | 成本指标): never “成本指标“成本指标””.
 */
export function indicatorName(indicator: Indicator, kind = '三级指标'): string {
  const name = folded(indicator.level3.text);
  const level2 = folded(indicator.level2);
  if (!name) return level2 || kind;
  if (name === level2 || name === kind) return name;
  return `${kind}“${indicator.level3.text.trim()}”`;
}

/** A 预算执行率 line listed among the indicators (some templates score it there, not in the funds block). */
export function isExecutionIndicator(indicator: Indicator): boolean {
  return /执行率/.test(`${indicator.level1}${indicator.level2}${indicator.level3.text}`);
}

/** 预算执行得分 is in the funds block when its 资金总额 line has a 得分 cell. */
export function scoresExecutionInFunds(pe: SelfEval): boolean {
  return pe.funds[0]?.score !== undefined && !pe.indicators.some(isExecutionIndicator);
}

export interface ExecutionScore {
  /** The cell the score is read from (the blank 资金总额 得分 when `computed`). */
  cell: ValueCell;
  value: Decimal;
  /** How the score was found, for messages: '' when read from 资金总额. */
  source: 'total' | 'sourceRow' | 'computed';
  /** The funds line that carries it (市县级财政资金) when `source` is 'sourceRow'. */
  line?: string;
}

const isBlank = (cell: ValueCell | undefined) => cell !== undefined && (cell.kind === 'blank' || cell.kind === 'na');

/**
 * 预算执行得分 for 总分 and 等级 (PE-7, PE-8), as accountants fill the table: the 资金总额 line's
 * 得分; when that is left blank, the one funds-source line that carries a score (市县级财政资金);
 * when none does, the score the rate gives (the blank is the fill's to fill, not an error here).
 * Undefined when the table scores 执行率 among its indicators, or the cell holds words.
 */
export function executionScoreOf(pe: SelfEval): ExecutionScore | undefined {
  if (!scoresExecutionInFunds(pe)) return undefined;
  const [total, ...sources] = pe.funds;
  const cell = total.score!;
  if (cell.kind === 'number') return { cell, value: cell.value, source: 'total' };
  if (!isBlank(cell)) return undefined;
  const scored = sources.filter((s) => s.score?.kind === 'number');
  if (scored.length === 1) return { cell: scored[0].score!, value: scored[0].score!.value, source: 'sourceRow', line: scored[0].label.text.replace(/[:：\s]+$/u, '').trim() };
  const { executed, annualBudget } = total;
  if (scored.length > 1 || executed?.kind !== 'number' || annualBudget?.kind !== 'number' || annualBudget.value.isZero()) return undefined;
  return { cell, value: executionScore(executionRate(executed.value, annualBudget.value)).toDecimalPlaces(2), source: 'computed' };
}

import type { Rule } from '../rule';
import { peExecutionRate } from './pe-1-execution-rate';
import { peExecutionScore } from './pe-2-execution-score';
import { peBalance } from './pe-3-balance';
import { peFundSources } from './pe-4-fund-sources';
import { peIndicatorWeights } from './pe-5-indicator-weights';
import { peScoreRange } from './pe-6-score-range';
import { peTotalScore } from './pe-7-total-score';
import { peGrade } from './pe-8-grade';
import { peBudgetBasis } from './pe-9-budget-basis';
import { peQuotedFigures } from './pe-10-quoted-figures';
import { peDuplicates } from './pe-12-duplicates';
import { peCostIndicator } from './pe-13-cost-indicator';
import { peQuantitativeScores } from './pe-14-quantitative-scores';

export const PERFORMANCE_RULES: readonly Rule[] = [
  peExecutionRate,
  peExecutionScore,
  peBalance,
  peFundSources,
  peIndicatorWeights,
  peScoreRange,
  peTotalScore,
  peGrade,
  peBudgetBasis,
  peQuotedFigures,
  peDuplicates,
  peCostIndicator,
  peQuantitativeScores,
];

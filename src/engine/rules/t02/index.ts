import type { Rule } from '../rule';
import { t02RowSums } from './t02-1-row-sums';
import { t02Hierarchy } from './t02-2-hierarchy';
import { t02Codes } from './t02-3-codes';
import { t02NonNegative } from './t02-4-non-negative';

export const T02_RULES: readonly Rule[] = [t02RowSums, t02Hierarchy, t02Codes, t02NonNegative];

import type { Rule } from '../rule';
import { t05RowSums } from './t05-1-row-sums';
import { t05Hierarchy } from './t05-2-hierarchy';

export const T05_RULES: readonly Rule[] = [t05RowSums, t05Hierarchy];

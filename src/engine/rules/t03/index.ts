import type { Rule } from '../rule';
import { t03RowSums } from './t03-1-row-sums';
import { t03Hierarchy } from './t03-2-hierarchy';
import { t03Relations } from './t03-3-relations';

export const T03_RULES: readonly Rule[] = [t03RowSums, t03Hierarchy, t03Relations];

import type { Rule } from '../rule';
import { t01IncomeTotal } from './t01-1-income-total';

export const T01_RULES: readonly Rule[] = [t01IncomeTotal];

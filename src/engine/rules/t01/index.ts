import type { Rule } from '../rule';
import { t01IncomeTotal } from './t01-1-income-total';
import { t01IncomeGrandTotal } from './t01-2-income-grand-total';
import { t01ExpenditureTotal } from './t01-3-expenditure-total';
import { t01ExpenditureGrandTotal } from './t01-4-expenditure-grand-total';
import { t01Balance } from './t01-5-balance';
import { t01NonNegative } from './t01-6-non-negative';
import { t01ClassesMatchT03 } from './t01-7-classes-match-t03';
import { t01RowLabels } from './t01-8-row-labels';

export const T01_RULES: readonly Rule[] = [
  t01IncomeTotal,
  t01IncomeGrandTotal,
  t01ExpenditureTotal,
  t01ExpenditureGrandTotal,
  t01Balance,
  t01NonNegative,
  t01ClassesMatchT03,
  t01RowLabels,
];

import type { Rule } from '../rule';
import { t04IncomeTotal } from './t04-1-income-total';
import { t04OpeningBalance } from './t04-2-opening-balance';
import { t04IncomeGrandTotal } from './t04-3-income-grand-total';
import { t04RowByType } from './t04-4-row-by-type';
import { t04ExpenditureTotal } from './t04-5-expenditure-total';
import { t04ExpenditureGrandTotal } from './t04-6-expenditure-grand-total';
import { t04Balance } from './t04-7-balance';
import { t04BalanceByType } from './t04-8-balance-by-type';
import { t04ClosingSplit } from './t04-9-closing-split';

export const T04_RULES: readonly Rule[] = [
  t04IncomeTotal,
  t04OpeningBalance,
  t04IncomeGrandTotal,
  t04RowByType,
  t04ExpenditureTotal,
  t04ExpenditureGrandTotal,
  t04Balance,
  t04BalanceByType,
  t04ClosingSplit,
];

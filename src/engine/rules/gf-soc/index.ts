import type { Rule } from '../rule';
import { emptyTableNote } from './empty-1-empty-table-note';
import { gfSpendingSplit } from './gf-1-spending-split';
import { gfBalanceRoll } from './gf-2-balance-roll';
import { gfHierarchy } from './gf-3-hierarchy';
import { socSums } from './soc-1-soc-sums';

export const GF_SOC_RULES: readonly Rule[] = [gfSpendingSplit, gfBalanceRoll, gfHierarchy, socSums, emptyTableNote];

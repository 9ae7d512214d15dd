import type { Rule } from '../rule';
import { t06ClassSums } from './t06-1-class-sums';
import { t06PersonnelTotal } from './t06-2-personnel-total';
import { t06PublicTotal } from './t06-3-public-total';
import { t06CapitalConstruction } from './t06-4-capital-construction';
import { t06BasicWithinTotal } from './t06-5-basic-within-total';
import { t06LargeCapitalItems } from './t06-6-large-capital-items';

export const T06_RULES: readonly Rule[] = [t06ClassSums, t06PersonnelTotal, t06PublicTotal, t06CapitalConstruction, t06BasicWithinTotal, t06LargeCapitalItems];

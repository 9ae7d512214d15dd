import type { Rule } from '../rule';
import { procurementTotal } from './t10-1-procurement-total';
import { vehicleTotal } from './t10-2-vehicle-total';
import { runningCostKind } from './t10-3-running-cost-kind';
import { countsAreWhole } from './t10-4-counts';

export const T10_RULES: readonly Rule[] = [procurementTotal, vehicleTotal, runningCostKind, countsAreWhole];

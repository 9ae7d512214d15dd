import type { Rule } from '../rule';
import { x1IncomeTotalT02 } from './x-1-income-total-t02';
import { x2ExpenditureTotalT03 } from './x-2-expenditure-total-t03';
import { x3ClassesT03 } from './x-3-classes-t03';
import { x4IncomeSources } from './x-4-income-sources';
import { x5FiscalIncomeT04 } from './x-5-fiscal-income-t04';
import { x6T04T05 } from './x-6-t04-t05';
import { x7BasicT06 } from './x-7-basic-t06';
import { x8T04Tgf } from './x-8-t04-tgf';
import { x9T04Tsoc } from './x-9-t04-tsoc';
import { x10EmptyFundTables } from './x-10-empty-fund-tables';
import { x11ScopeOrder } from './x-11-scope-order';
import { x12FiscalIncomeByClass } from './x-12-fiscal-income-by-class';
import { x13OfficeRunningCosts } from './x-13-office-running-costs';
import { x14ThreePublicItems } from './x-14-three-public-items';
import { x15Vehicles } from './x-15-vehicles';
import { x16FunctionEconomic } from './x-16-function-economic';
import { x17SelfEvalCoverage } from './x-17-self-eval-coverage';
import { x18DepartmentPerformance } from './x-18-department-performance';

/** 表间 rules X-1 … X-18 (domain-rules.md §4.10). */
export const CROSS_RULES: readonly Rule[] = [
  x1IncomeTotalT02,
  x2ExpenditureTotalT03,
  x3ClassesT03,
  x4IncomeSources,
  x5FiscalIncomeT04,
  x6T04T05,
  x7BasicT06,
  x8T04Tgf,
  x9T04Tsoc,
  x10EmptyFundTables,
  x11ScopeOrder,
  x12FiscalIncomeByClass,
  x13OfficeRunningCosts,
  x14ThreePublicItems,
  x15Vehicles,
  x16FunctionEconomic,
  x17SelfEvalCoverage,
  x18DepartmentPerformance,
];

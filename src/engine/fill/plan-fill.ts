import type { TableSet } from '../tables/table-set';
import { FillBuilder } from './fill-builder';
import type { FillPlan } from './fill-item';
import type { FillOptions } from './fill-options';
import { planSelfEval, planSummaryRow } from './self-eval-fill';
import { planTableTotals } from './table-totals';

/**
 * The derived cells of a recognized workbook: every 自评表's 结余, 执行率, 得分, 总分, 等级,
 * the 汇总表's 执行率, and the blank totals of the 公开 tables. Pure: plans, never writes.
 */
export function planFill(tables: TableSet, options: FillOptions = {}): FillPlan {
  const b = new FillBuilder(tables, options);
  for (const pe of tables.selfEvals) {
    if (pe.variant === 'summary') planSummaryRow(b, pe, tables.selfEvals);
    else planSelfEval(b, pe, options.grades);
  }
  planTableTotals(b, tables);
  return b.plan();
}

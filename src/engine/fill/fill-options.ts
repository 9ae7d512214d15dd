import type { GradeScale } from './grade-bands';

export interface FillOptions {
  /**
   * Grade labels: a scale, or undefined to follow the table (合格/不合格 printed → 上海 labels,
   * otherwise 优/良/中/差).
   */
  grades?: GradeScale;
  /** Conflicting cells the user chose to replace: 'all', or the item keys (`sheet!A1`). */
  replace?: 'all' | readonly string[];
  /** Also write the formula over cells that already show the right value. */
  replaceSame?: boolean;
  /**
   * Plan the blank cells only (the audit's “未填，可填充为 …”): a cell that holds something is
   * neither computed nor compared, and the cells computed from it read it as it is — which is
   * what a plan without replacements does anyway.
   */
  blanksOnly?: boolean;
}

import type { Severity } from '../finding';
import type { Decimal } from '../money/decimal';
import type { TableSet } from '../tables/table-set';
import type { ValueCell } from '../values/value-cell';
import type { CellLocation } from '../finding';
import type { CommonMessageId } from './support/common-messages';

export type RuleGroup = 'structure' | 'table' | 'cross-table' | 'performance' | 'narrative';

/** Where a finding points: a parsed value cell, or a plain location (a label, a text cell). */
export type FindingCell = ValueCell | CellLocation;

export interface ReportInput<M extends string> {
  messageId: M | CommonMessageId;
  /** Defaults to the rule's severity. */
  severity?: Severity;
  /** The total (or the checked cell) first. */
  cells: FindingCell[];
  data: Record<string, string | number>;
  expected?: Decimal | string;
  actual?: Decimal | string;
  difference?: Decimal | string;
  tolerance?: Decimal | string;
  rounding?: boolean;
}

/** 单位类型: decides which 机关运行经费 line applies (X-13, T10-3). */
export type UnitType = '行政单位' | '参公事业单位' | '事业单位';

export const UNIT_TYPES: readonly UnitType[] = ['行政单位', '参公事业单位', '事业单位'];

export interface AuditOptions {
  /** Unit type for 机关运行经费 (X-13, T10-3) when the workbook does not say. */
  unitType?: UnitType;
}

export interface RuleContext<M extends string = string> {
  readonly tables: TableSet;
  readonly options: AuditOptions;
  report(input: ReportInput<M>): void;
  /** The check could not run: never silently skipped (architecture convention 7). */
  unchecked(reason: string, sheet?: string): void;
}

/**
 * A rule is one self-describing module: catalog code, Chinese title, severity, message
 * templates with {named} placeholders, and a check that only reports.
 */
export interface Rule<M extends string = string> {
  code: string;
  title: string;
  severity: Severity;
  group: RuleGroup;
  /** Short Chinese statement of the identity or condition. */
  description: string;
  messages: Record<M, string>;
  check(ctx: RuleContext<M>): void;
}

/** Ties message ids to the rule's templates at compile time (as typescript-eslint's createRule). */
export function defineRule<M extends string = never>(rule: Rule<M>): Rule<M> {
  return rule;
}

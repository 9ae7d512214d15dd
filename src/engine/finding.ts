import type { AmountUnit } from './money/unit';

export type Severity = 'error' | 'warning' | 'info';

/**
 * What expected / actual / difference measure, so every renderer formats them alike: amounts
 * with 千分位 in the table's unit, rates with %, counts as whole numbers, text as it is.
 */
export type FigureKind = 'amount' | 'rate' | 'count' | 'score' | 'number' | 'text';

export interface CellLocation {
  sheet: string;
  /** A1 address inside `sheet`. */
  cell: string;
}

/**
 * A finding is data, rendered late: the CLI, the JSON report, the cell note and the task pane
 * each render it their own way; `message` is the engine's Chinese rendering with the arithmetic.
 */
export interface Finding {
  code: string;
  title: string;
  severity: Severity;
  /** Sheet of the first cell. */
  sheet: string;
  /** Every cell of the failed identity, the total first; cells on other sheets as 'Sheet'!A1. */
  cells: string[];
  locations: CellLocation[];
  expected?: string;
  actual?: string;
  difference?: string;
  tolerance?: string;
  /** True when the difference is within the rounding envelope (尾差). */
  rounding?: boolean;
  /** How to show expected/actual/difference (set by runRules from the cells, never by a rule). */
  kind?: FigureKind;
  /** The amount unit of expected/actual/difference when kind is amount. */
  unit?: AmountUnit;
  /** Decimal places of expected/actual/difference (the table's, at least 2 for amounts). */
  decimals?: number;
  message: string;
  messageId: string;
  data: Record<string, string>;
}

/** A check that could not run, and why (table missing, cell unreadable, unit unknown). */
export interface Unchecked {
  code: string;
  title: string;
  reason: string;
  sheet?: string;
}

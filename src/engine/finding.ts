export type Severity = 'error' | 'warning' | 'info';

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

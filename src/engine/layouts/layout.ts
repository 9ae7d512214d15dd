import type { Region } from '../recognize/region';
import type { SelfEval } from '../tables/self-eval';
import type { Table } from '../tables/table';
import type { TableId } from '../tables/table-id';

export type LayoutOutcome = { table: Table } | { selfEvals: SelfEval[] } | { failure: string };

/** How to recognize one canonical table and read it into a typed table. */
export interface Layout {
  id: TableId;
  /** Title patterns, tested on normalized text (NFKC, no spaces), most specific layouts first. */
  titles: RegExp[];
  /** Words that distinguish its headers and row labels (normalized). */
  keywords: string[];
  parse(region: Region, confidence: number): LayoutOutcome;
}

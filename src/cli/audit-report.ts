import type { AuditResult } from '../engine/audit';

/** What the CLI keeps of one audit: the engine's result without the typed tables. */
export type AuditReport = Omit<AuditResult, 'tableSet'>;

/** One input file: its audit, or why it could not be audited; and where its marked copy went. */
export interface FileReport {
  file: string;
  report?: AuditReport;
  /** Chinese, for the user: the file could not be read or audited. */
  error?: string;
  /** Path of the annotated copy, when one was written. */
  annotated?: string;
  /** Chinese: why the annotated copy could not be written. */
  annotateError?: string;
}

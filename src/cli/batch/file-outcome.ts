import type { FileReport } from '../audit-report';
import { auditFile } from '../audit-file';
import { writeFailure } from '../file-error';
import { formatJsonEntry, formatJsonLine } from '../format-json';
import { formatTextFile } from '../format-text';
import type { CliIo } from '../io';
import type { AuditFormat, UnitType } from '../parse-args';
import { NO_COUNTS, summaryCounts, type SummaryCounts } from '../summary-counts';

/** One file of a batch, as a worker thread receives it (plain data: it is posted between threads). */
export interface FileTask {
  file: string;
  format: AuditFormat;
  unitType?: UnitType;
  /** Where the annotated copy goes, when one was asked for. */
  annotateTo?: string;
  /** Replace an existing annotated copy (--force). */
  force?: boolean;
}

/** What one file adds to the exit code and to the batch total: four flags, nothing of the report. */
export interface FileVerdict {
  /** Read and audited: it has a report (its annotated copy may still have failed). */
  audited: boolean;
  /** The file could not be read, or its annotated copy not written. */
  unusable: boolean;
  /** At least one error-level finding. */
  errorsFound: boolean;
  /** Read, but no table was recognized in it (未审核). */
  noTables: boolean;
}

/**
 * What is left of one audited file once it is printed: its output, its error lines, its counts
 * and its verdict. The report is dropped here — not even its table list is kept (strings read
 * from the file can hold the whole text they were cut from) — so what a batch holds does not
 * grow with the number of files.
 */
export interface FileOutcome {
  /** The file's block (text), array entry (json, without separators) or line (jsonl). */
  output: string;
  /** For stderr, in order: the read failure, the annotate failure. */
  errors: string[];
  verdict: FileVerdict;
  counts: SummaryCounts;
}

function render(entry: FileReport, format: AuditFormat): string {
  if (format === 'json') return formatJsonEntry(entry);
  if (format === 'jsonl') return formatJsonLine(entry);
  return formatTextFile(entry);
}

/** Reads, audits, annotates (if asked) and formats one file. Never throws. */
export async function auditToOutcome(task: FileTask, io: CliIo): Promise<FileOutcome> {
  const { entry, bytes } = await auditFile(task.file, io, { unitType: task.unitType });
  const errors: string[] = [];
  if (entry.error) errors.push(entry.error);
  if (task.annotateTo !== undefined && entry.report && bytes) {
    try {
      // The writer (and its .xlsx library) is loaded only when a copy is asked for.
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy, as in execute.ts
      const { annotateWorkbook } = require('../annotate') as typeof import('../annotate');
      await io.writeFile(task.annotateTo, annotateWorkbook(bytes, entry.report, task.file), { inputs: [task.file], force: task.force === true });
      entry.annotated = task.annotateTo;
    } catch (error) {
      entry.annotateError = writeFailure(task.annotateTo, error);
      errors.push(entry.annotateError);
    }
  }
  return outcomeOf(entry, task.format, errors);
}

/** The printed form of a file's entry and the little the batch keeps of it. */
export function outcomeOf(entry: FileReport, format: AuditFormat, errors: string[]): FileOutcome {
  const report = entry.report;
  const verdict: FileVerdict = {
    audited: report !== undefined,
    unusable: entry.error !== undefined || entry.annotateError !== undefined,
    errorsFound: (report?.summary.error ?? 0) > 0,
    noTables: report !== undefined && report.tables.length === 0,
  };
  return { output: render(entry, format), errors, verdict, counts: report ? summaryCounts(report) : NO_COUNTS };
}

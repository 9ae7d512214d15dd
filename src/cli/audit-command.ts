import { ArgumentError } from './argument-error';
import { expandInputs } from './batch/expand-inputs';
import { auditToOutcome, type FileOutcome, type FileTask, type FileVerdict } from './batch/file-outcome';
import { JSON_HEAD, JSON_SEPARATOR, JSON_TAIL } from './format-json';
import { writeFailure } from './file-error';
import { formatTextTotalOf } from './format-text';
import type { CliIo } from './io';
import { annotatedPaths } from './output-paths';
import type { Command } from './parse-args';
import { addCounts, NO_COUNTS } from './summary-counts';

export type AuditCommand = Extract<Command, { kind: 'audit' }>;

/** What the exit code needs of a whole batch: whether any file was unusable, had errors, had no table. */
export type BatchVerdict = Omit<FileVerdict, 'audited'>;

/**
 * `juesuan audit`: audits the files (folders expanded), in worker threads when there are several
 * jobs, and prints each file's result in input order as soon as it and those before it are done
 * (JSON as an array written entry by entry, JSON Lines a line per file). Each report is dropped
 * once printed: memory does not grow with the number of files. Returns what the exit code needs;
 * throws ArgumentError before reading anything when the inputs
 * or output paths are unusable.
 */
export async function runAudit(command: AuditCommand, io: CliIo): Promise<BatchVerdict> {
  const files = await expandInputs(command.files, io);
  const outputs = command.annotate === undefined ? undefined : annotatedPaths(files, command.annotate);
  const force = command.force === true;
  // Before any work: an output that is an input by any path, or exists (without --force), is refused.
  if (outputs) {
    try {
      await io.checkOutputs?.(outputs, { inputs: files, force });
    } catch (error) {
      throw new ArgumentError(writeFailure((error as { target?: string }).target ?? outputs[0], error));
    }
  }
  const task = (i: number): FileTask => ({ file: files[i], format: command.format, unitType: command.unitType, annotateTo: outputs?.[i], force });
  const jobs = Math.max(1, Math.min(command.jobs ?? io.cores ?? 1, files.length));
  const pool = jobs > 1 && io.startPool ? await io.startPool(jobs) : undefined;
  // A worker never waits for the printer, but no more than two files per worker wait to be printed.
  const ahead = pool ? jobs * 2 : 1;
  const started = new Map<number, Promise<FileOutcome>>();
  const start = (i: number) => started.set(i, pool ? pool.run(task(i)) : auditToOutcome(task(i), io));
  const batch: BatchVerdict = { unusable: false, errorsFound: false, noTables: false };
  let total = NO_COUNTS;
  let failed = 0;
  let unaudited = 0;
  let next = 0;
  try {
    for (let i = 0; i < files.length; i++) {
      while (next < files.length && next < i + ahead) start(next++);
      const outcome = await started.get(i)!;
      started.delete(i);
      // A file-level error is printed once: on stderr in text mode, inside the JSON otherwise.
      if (command.format === 'text') for (const line of outcome.errors) io.stderr(`${line}\n`);
      if (command.format === 'json') io.stdout(`${i === 0 ? JSON_HEAD : JSON_SEPARATOR}${outcome.output}`);
      else if (command.format === 'jsonl') io.stdout(outcome.output);
      else io.stdout(`${i > 0 ? '\n' : ''}${outcome.output}`);
      const { verdict } = outcome;
      batch.unusable ||= verdict.unusable;
      batch.errorsFound ||= verdict.errorsFound;
      batch.noTables ||= verdict.noTables;
      if (verdict.audited) total = addCounts(total, outcome.counts);
      else failed++;
      if (verdict.noTables) unaudited++;
      if (files.length > 1) io.progress?.(i + 1, files.length);
    }
  } finally {
    await pool?.close();
  }
  if (command.format === 'json') io.stdout(JSON_TAIL);
  else if (command.format === 'text' && files.length > 1) io.stdout(`\n${formatTextTotalOf(files.length, failed, total, unaudited)}`);
  return batch;
}

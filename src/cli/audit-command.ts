import type { FileReport } from './audit-report';
import { annotateWorkbook } from './annotate';
import { auditFile } from './audit-file';
import { writeFailure } from './file-error';
import { formatJson } from './format-json';
import { formatTextFile, formatTextTotal } from './format-text';
import type { CliIo } from './io';
import { annotatedPaths } from './output-paths';
import type { Command } from './parse-args';

export type AuditCommand = Extract<Command, { kind: 'audit' }>;

/**
 * `juesuan audit`: audits each file in turn (text is printed as each file is done; JSON once at
 * the end), writes the annotated copies, and returns what happened; `execute` picks the exit code.
 * Throws ArgumentError before reading anything when the output paths are unusable.
 */
export async function runAudit(command: AuditCommand, io: CliIo): Promise<FileReport[]> {
  const outputs = command.annotate === undefined ? undefined : annotatedPaths(command.files, command.annotate);
  const entries: FileReport[] = [];
  for (const [i, file] of command.files.entries()) {
    const { entry, bytes } = await auditFile(file, io, { unitType: command.unitType });
    // A file-level error is printed once: on stderr in text mode, inside the JSON in JSON mode.
    const toStderr = command.format === 'text';
    if (entry.error && toStderr) io.stderr(`${entry.error}\n`);
    if (outputs && entry.report && bytes) {
      try {
        await io.writeFile(outputs[i], await annotateWorkbook(bytes, entry.report, file));
        entry.annotated = outputs[i];
      } catch (error) {
        entry.annotateError = writeFailure(outputs[i], error);
        if (toStderr) io.stderr(`${entry.annotateError}\n`);
      }
    }
    if (command.format === 'text') io.stdout(`${i > 0 ? '\n' : ''}${formatTextFile(entry)}`);
    entries.push(entry);
  }
  if (command.format === 'json') io.stdout(formatJson(entries));
  else if (entries.length > 1) io.stdout(`\n${formatTextTotal(entries)}`);
  return entries;
}

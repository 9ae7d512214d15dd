import { RULES } from '../engine/rules';
import { ArgumentError } from './argument-error';
import { runAudit } from './audit-command';
import type { FileReport } from './audit-report';
import { runFill } from './fill-command';
import { formatRules } from './format-rules';
import type { CliIo } from './io';
import { parseArgs, type Command } from './parse-args';
import { USAGE } from './usage';

export type { CliIo } from './io';

/** Exit codes: the only place that decides them. */
export const EXIT_OK = 0;
export const EXIT_ERRORS_FOUND = 1;
export const EXIT_UNUSABLE = 2;

function auditExitCode(entries: readonly FileReport[]): number {
  if (entries.some((e) => e.error !== undefined || e.annotateError !== undefined)) return EXIT_UNUSABLE;
  if (entries.some((e) => (e.report?.summary.error ?? 0) > 0)) return EXIT_ERRORS_FOUND;
  return EXIT_OK;
}

/**
 * The whole command line, given its arguments and the outside world: 0 when no file has an
 * error-level finding, 1 when one has, 2 when a file could not be read or written or the
 * arguments are wrong. Never throws and never touches `process`.
 */
export async function execute(argv: readonly string[], io: CliIo): Promise<number> {
  let command: Command;
  try {
    command = parseArgs(argv);
    switch (command.kind) {
      case 'help':
        if (command.explicit) {
          io.stdout(USAGE);
          return EXIT_OK;
        }
        io.stderr(USAGE);
        return EXIT_UNUSABLE;
      case 'rules':
        io.stdout(formatRules(RULES, command.format));
        return EXIT_OK;
      case 'audit':
        return auditExitCode(await runAudit(command, io));
      case 'fill':
        return (await runFill(command, io)).exit;
    }
  } catch (error) {
    if (error instanceof ArgumentError) {
      io.stderr(`错误：${error.message}\n运行 juesuan --help 查看用法。\n`);
      return EXIT_UNUSABLE;
    }
    io.stderr(`决算助手内部错误，请把这条信息反馈给开发者：${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT_UNUSABLE;
  }
}

import { ArgumentError } from './argument-error';
import type { BatchVerdict } from './audit-command';
import type { CliIo } from './io';
import { parseArgs, type Command } from './parse-args';
import { USAGE } from './usage';

export type { CliIo } from './io';

/** Exit codes: the only place that decides them. */
export const EXIT_OK = 0;
export const EXIT_ERRORS_FOUND = 1;
export const EXIT_UNUSABLE = 2;
/** Read, but no table recognized in some file: nothing was checked there, which is not “all clear”. */
export const EXIT_UNAUDITED = 3;

function auditExitCode(batch: BatchVerdict): number {
  if (batch.unusable) return EXIT_UNUSABLE;
  if (batch.errorsFound) return EXIT_ERRORS_FOUND;
  if (batch.noTables) return EXIT_UNAUDITED;
  return EXIT_OK;
}

/**
 * The whole command line, given its arguments and the outside world: 0 when no file has an
 * error-level finding, 1 when one has, 2 when a file could not be read or written or the
 * arguments are wrong, 3 when a file was read but no table was recognized in it (未审核). Never throws and never touches `process`.
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
      // Each command loads its own modules: `--help` loads neither the rules nor the .xlsx reader.
      case 'rules': {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy, as for audit below
        const { ruleSummaries } = require('./rule-catalog') as typeof import('./rule-catalog');
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy, as for audit below
        const { formatRules } = require('./format-rules') as typeof import('./format-rules');
        io.stdout(formatRules(ruleSummaries(), command.format));
        return EXIT_OK;
      }
      case 'audit': {
        // Lazy require, not import(): tsx (a development checkout) keeps import() as native ESM,
        // which cannot resolve .ts files; compiled to CommonJS both are the same require.
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { runAudit } = require('./audit-command') as typeof import('./audit-command');
        return auditExitCode(await runAudit(command, io));
      }
      case 'fill': {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy, as for audit above
        const { runFill } = require('./fill-command') as typeof import('./fill-command');
        return (await runFill(command, io)).exit;
      }
      case 'narrative': {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy, as for audit above
        const { runNarrative } = require('./narrative-command') as typeof import('./narrative-command');
        return (await runNarrative(command, io)).exit;
      }
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

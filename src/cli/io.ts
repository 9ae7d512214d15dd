import type { AuditPool } from './batch/audit-pool';
import type { OutputCheck } from './safe-write';

/**
 * Everything the CLI needs from the outside world. `main.ts` wires the real process and file
 * system; tests pass an in-memory one, so `execute` never touches `process` itself.
 */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Rejects with a Node-style error (`code: 'ENOENT'`…) when the file cannot be read. */
  readFile(path: string): Promise<Uint8Array>;
  /**
   * Creates missing parent folders. The real one (safe-write.ts) refuses an input or an existing
   * file (unless `check.force`) and replaces the target only with a complete file.
   */
  writeFile(path: string, bytes: Uint8Array, check?: OutputCheck): Promise<void>;
  /** Refuses output paths before any work (an input by any path, or existing without force). */
  checkOutputs?(paths: readonly string[], check: OutputCheck): Promise<void>;
  /**
   * The .xlsx/.xlsm files under a folder, sorted; undefined when `path` is not a folder.
   * Absent: every argument is taken as a file.
   */
  listWorkbooks?(path: string): Promise<string[] | undefined>;
  /** Worker threads for `audit --jobs`; absent: files are audited one after another here. */
  startPool?(jobs: number): Promise<AuditPool>;
  /** The default number of jobs (the core count); absent: 1. */
  cores?: number;
  /** A batch's progress, after each file is printed (main.ts draws a bar on a terminal). */
  progress?(done: number, total: number): void;
}

import type { FileOutcome, FileTask } from './file-outcome';

/** Worker threads auditing files: `run` resolves when a worker has finished that file. */
export interface AuditPool {
  run(task: FileTask): Promise<FileOutcome>;
  close(): Promise<void>;
}

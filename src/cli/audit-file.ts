import { audit } from '../engine/audit';
import type { AuditOptions } from '../engine/rules/rule';
import type { FileReport } from './audit-report';
import { readFailure } from './file-error';
import type { CliIo } from './io';
import { readXlsx } from './read-xlsx';
import { withoutToolSheets } from './tool-sheets';

export interface AuditedFile {
  entry: FileReport;
  /** The bytes read, for the annotated copy; absent when the file could not be read. */
  bytes?: Uint8Array;
}

/**
 * Reads and audits one file. Never throws: a file we cannot read, or an engine failure on it,
 * becomes `entry.error`, so the other files of the call are still audited.
 */
export async function auditFile(file: string, io: CliIo, options: AuditOptions): Promise<AuditedFile> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch (error) {
    return { entry: { file, error: readFailure(file, error) } };
  }
  let snapshot;
  try {
    snapshot = withoutToolSheets(await readXlsx(bytes, file), bytes);
  } catch (error) {
    return { entry: { file, error: readFailure(file, error) } };
  }
  try {
    // The typed tables are dropped: only the findings are reported, and many files may be audited.
    const { tableSet: _tables, ...report } = audit(snapshot, options);
    return { entry: { file, report }, bytes };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { entry: { file, error: `审核 ${file} 时程序内部出错，未能完成审核：${why}（请把这个文件反馈给开发者）` } };
  }
}

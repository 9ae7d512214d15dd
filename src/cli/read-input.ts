import { promises as fs, constants } from 'fs';
import { MAX_FILE_BYTES } from './read-xlsx';

/** A Node-style error with a code file-error.ts turns into Chinese. */
function failure(code: string, message: string, size?: number): NodeJS.ErrnoException & { size?: number } {
  return Object.assign(new Error(message), { code, size });
}

/**
 * Reads an input workbook: refuses, before opening it for reading, anything that is not a
 * regular file (a FIFO named .xlsx would block forever, a device never ends) and any file
 * above the size limit. O_NONBLOCK makes even the open of a FIFO return at once.
 */
export async function readInputFile(file: string): Promise<Uint8Array> {
  const info = await fs.stat(file);
  if (info.isDirectory()) throw failure('EISDIR', 'directory');
  if (!info.isFile()) throw failure('ENOTREG', 'not a regular file');
  if (info.size > MAX_FILE_BYTES) throw failure('EFBIG', 'too large', info.size);
  // The file may have been replaced between stat and open: check the opened one again.
  const handle = await fs.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) throw failure('ENOTREG', 'not a regular file');
    if (opened.size > MAX_FILE_BYTES) throw failure('EFBIG', 'too large', opened.size);
    return new Uint8Array(await handle.readFile());
  } finally {
    await handle.close();
  }
}

import { promises as fs } from 'fs';
import * as path from 'path';
import type { CliIo } from './io';
import { checkOutputs, safeWriteFile } from './safe-write';


const WORKBOOK = /\.(xlsx|xlsm)$/i;

/** Workbooks under a folder, depth first in name order; hidden entries and ~$ lock files left out. */
async function listWorkbooks(folder: string): Promise<string[] | undefined> {
  let stat;
  try {
    stat = await fs.stat(folder);
  } catch {
    return undefined; // not there: reported as an unreadable file
  }
  if (!stat.isDirectory()) return undefined;
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name.startsWith('~$')) continue;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) await walk(full);
      else if (WORKBOOK.test(e.name)) found.push(full);
    }
  };
  await walk(folder);
  return found;
}

/** The real file system, for the main thread and the worker threads alike. */
export const nodeFiles: Pick<CliIo, 'readFile' | 'writeFile' | 'checkOutputs' | 'listWorkbooks'> = {
  // The checked read (regular files only, size limit) loads with the reader: not for --help.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy, as in execute.ts
  readFile: (file) => (require('./read-input') as typeof import('./read-input')).readInputFile(file),
  // Never over an input, never over an existing file without --force, never a half-written file.
  writeFile: (file, bytes, check) => safeWriteFile(file, bytes, check ?? { inputs: [], force: false }),
  checkOutputs,
  listWorkbooks,
};

/** Node only: the host's workbook from an .xlsx on disk (the browser passes bytes to loadXlsx). */
import { readFile } from 'node:fs/promises';
import { loadXlsx } from './load-xlsx';
import type { WorkbookModel } from './workbook-model';

export async function loadXlsxFile(path: string): Promise<WorkbookModel> {
  return loadXlsx(new Uint8Array(await readFile(path)));
}

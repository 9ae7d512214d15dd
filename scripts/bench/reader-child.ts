// One reader in its own process (node -r tsx/cjs): reads a workbook `times` times and prints the
// process's peak resident memory before and after, so each reader's memory is measured alone.
import { readFileSync } from 'node:fs';
import { readXlsx } from '../../src/cli/read-xlsx';
import { readXlsxWithExcelJs } from './exceljs-reader';

async function main(): Promise<void> {
  const [reader, file, times] = process.argv.slice(2);
  const bytes = new Uint8Array(readFileSync(file));
  const read = reader === 'exceljs' ? readXlsxWithExcelJs : (b: Uint8Array) => readXlsx(b, file);
  const before = process.resourceUsage().maxRSS;
  for (let i = 0; i < Number(times); i++) await read(bytes);
  process.stdout.write(JSON.stringify({ baseMb: before / 1024, peakMb: process.resourceUsage().maxRSS / 1024 }));
}

void main();

// The CLI's reader (src/cli/xlsx: fflate + saxes + numfmt) against ExcelJS's full load, the
// reader it replaced: median ms per workbook (warm, in this process) and peak resident memory
// above the process's own (a child process per reader and workbook, so neither sees the other's heap).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readXlsx } from '../../src/cli/read-xlsx';
import { readXlsxWithExcelJs } from './exceljs-reader';
import { standardWorkbook } from './standard-workbook';

const ROOT = join(__dirname, '..', '..');

/** Median ms of each reader, the two alternating so a busy machine slows both alike. */
async function medianMs(readers: (() => Promise<unknown>)[], times: number): Promise<number[]> {
  for (let i = 0; i < 3; i++) for (const read of readers) await read();
  const samples: number[][] = readers.map(() => []);
  for (let i = 0; i < times; i++) {
    for (const [k, read] of readers.entries()) {
      const start = process.hrtime.bigint();
      await read();
      samples[k].push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return samples.map((list) => list.sort((x, y) => x - y)[Math.floor(list.length / 2)]);
}

function peakMb(reader: 'new' | 'exceljs', file: string, times: number): { baseMb: number; peakMb: number } {
  const run = spawnSync(process.execPath, ['-r', 'tsx/cjs', join(__dirname, 'reader-child.ts'), reader, file, String(times)], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`读取子进程失败：${run.stderr}`);
  return JSON.parse(run.stdout) as { baseMb: number; peakMb: number };
}

/** Prints one line per workbook: ms and peak MB for each reader, and the speed-up. */
export async function readerComparison(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'juesuan-readers-'));
  try {
    const workbooks: [string, Uint8Array, number][] = [
      ['seed-000', new Uint8Array(readFileSync(join(ROOT, 'test/fixtures/seed-000.xlsx'))), 30],
      ['seed-002', new Uint8Array(readFileSync(join(ROOT, 'test/fixtures/seed-002.xlsx'))), 30],
      ['seed-004', new Uint8Array(readFileSync(join(ROOT, 'test/fixtures/seed-004.xlsx'))), 30],
      ['标准工作簿', new Uint8Array(await standardWorkbook(1)), 20],
      ['10 倍工作簿', new Uint8Array(await standardWorkbook(10)), 5],
    ];
    for (const [name, bytes, times] of workbooks) {
      const file = join(dir, `${name}.xlsx`);
      writeFileSync(file, bytes);
      const [msNew, msOld] = await medianMs([() => readXlsx(bytes, name), () => readXlsxWithExcelJs(bytes)], times);
      const memNew = peakMb('new', file, 3);
      const memOld = peakMb('exceljs', file, 3);
      console.log(
        `读取器：${name}（${Math.round(bytes.length / 1024)} KB）新读取器 ${msNew.toFixed(1)} ms、内存峰值 +${(memNew.peakMb - memNew.baseMb).toFixed(0)} MB；ExcelJS ${msOld.toFixed(1)} ms、+${(memOld.peakMb - memOld.baseMb).toFixed(0)} MB；快 ${(msOld / msNew).toFixed(1)} 倍`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void readerComparison();

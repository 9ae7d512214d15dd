// The benchmark's workbooks: the “standard” one is seed 004 (10 公开 tables) with its three
// 自评表 copied up to 11, as a unit with eleven projects has; “×N” repeats every sheet N times.
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SEED = join(__dirname, '../../test/fixtures/seed-004.xlsx');

function copySheet(wb: ExcelJS.Workbook, from: ExcelJS.Worksheet, name: string): void {
  const to = wb.addWorksheet(name);
  to.model = { ...from.model, id: to.id, name } as ExcelJS.WorksheetModel;
}

/** Bytes of the standard workbook, repeated `times` (1 = 10 tables + 11 自评表). */
export async function standardWorkbook(times = 1): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(SEED) as unknown as ArrayBuffer);
  const originals = [...wb.worksheets];
  const projects = originals.filter((ws) => ws.name.startsWith('自评表'));
  for (let k = projects.length; k < 11; k++) copySheet(wb, projects[k % projects.length], `自评表${k + 1}`);
  const base = [...wb.worksheets];
  for (let t = 2; t <= times; t++) for (const ws of base) copySheet(wb, ws, `${ws.name}-${t}`);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

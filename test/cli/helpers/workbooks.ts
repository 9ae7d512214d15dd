import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { buildFixtures } from '../../../scripts/fixtures/workbooks';

export type FixtureName = 'seed-000.xlsx' | 'seed-002.xlsx' | 'seed-004.xlsx';

const FIXTURES_DIR = path.join(__dirname, '..', '..', 'fixtures');
let built: Promise<string> | undefined;

/** The committed fixture, or (when missing) one built from the seeds into a temp folder. */
async function fixturePath(name: FixtureName): Promise<string> {
  const committed = path.join(FIXTURES_DIR, name);
  if (fs.existsSync(committed)) return committed;
  built ??= (async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-cli-fixtures-'));
    await buildFixtures(dir);
    return dir;
  })();
  return path.join(await built, name);
}

/** A fresh copy of the fixture's bytes (tests may compare against it later). */
export async function fixtureBytes(name: FixtureName): Promise<Uint8Array> {
  return new Uint8Array(fs.readFileSync(await fixturePath(name)));
}

export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

export async function toBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** A damaged copy of a fixture: loads it, lets `edit` change it, writes it back. */
export async function editFixture(name: FixtureName, edit: (wb: ExcelJS.Workbook) => void | Promise<void>): Promise<Uint8Array> {
  const wb = await loadWorkbook(await fixtureBytes(name));
  await edit(wb);
  return toBytes(wb);
}

export function sheetOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** The first 8 bytes of every OLE compound file: what an encrypted .xlsx (or an old .xls) starts with. */
export const OLE_HEADER = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Bytes shaped like a password-protected .xlsx: the OLE header, then a 512-byte sector's worth. */
export function encryptedXlsx(): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set(OLE_HEADER, 0);
  return bytes;
}

export function textFile(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

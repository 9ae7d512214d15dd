// Real producers, not imitations: the seed fixtures rewritten by SheetJS (the `xlsx` package,
// with and without a shared string table) and by openpyxl (Debian python3-openpyxl, adding a note
// and a chart) audit exactly as the originals — same tables, same findings on the same cells.
// (LibreOffice's own conversion is checked in producers.test.ts; Excel and WPS 表格 cannot run
// here, their habits are imitated in helpers/flavours.ts.)
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as XLSX from 'xlsx';
import { readXlsx } from '../../../src/cli/read-xlsx';
import { audit } from '../../../src/engine/audit';
import { fixtureBytes, type FixtureName } from '../helpers/workbooks';

const SEEDS: FixtureName[] = ['seed-000.xlsx', 'seed-002.xlsx', 'seed-004.xlsx'];
const PYTHON = '/usr/bin/python3';

/** What an accountant compares: which tables were found and each finding's rule, severity and cells. */
async function auditOf(bytes: Uint8Array, name: string) {
  const result = audit(await readXlsx(bytes, name));
  return {
    tables: result.tables.map((t) => `${t.table} ${t.sheet}!${t.range}`),
    findings: result.findings.map((f) => `${f.code} ${f.severity} ${f.sheet}!${f.cells.join(',')}`),
    summary: result.summary,
  };
}

function sheetJs(bytes: Uint8Array, sharedStrings: boolean): Uint8Array {
  const wb = XLSX.read(bytes, { type: 'array', cellNF: true, cellStyles: true, cellFormula: true });
  return new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', bookSST: sharedStrings, compression: sharedStrings }) as Buffer);
}

function openpyxl(bytes: Uint8Array): Uint8Array {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-openpyxl-'));
  try {
    fs.writeFileSync(path.join(dir, 'in.xlsx'), bytes);
    const run = spawnSync(PYTHON, [path.join(__dirname, 'helpers', 'openpyxl-rewrite.py'), path.join(dir, 'in.xlsx'), path.join(dir, 'out.xlsx')], { encoding: 'utf8', timeout: 60_000 });
    if (run.status !== 0) throw new Error(`openpyxl failed: ${run.stderr}`);
    return new Uint8Array(fs.readFileSync(path.join(dir, 'out.xlsx')));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe.each(SEEDS)('%s written by SheetJS', (seed) => {
  test.each([
    ['inline strings (t="str"), stored', false],
    ['a shared string table, compressed', true],
  ])('%s: the same tables and findings as the original', async (_name, sharedStrings) => {
    const original = await fixtureBytes(seed);
    const rewritten = sheetJs(original, sharedStrings as boolean);
    expect(rewritten).not.toEqual(original);
    expect(await auditOf(rewritten, seed)).toEqual(await auditOf(original, seed));
  });
});

// CI installs python3-openpyxl (.ci/run) and must run this; a developer machine without it says so in the name.
const hasOpenpyxl = process.env.CI === 'true' || spawnSync(PYTHON, ['-c', 'import openpyxl'], { encoding: 'utf8' }).status === 0;

describe.each(SEEDS)('%s written by openpyxl', (seed) => {
  (hasOpenpyxl ? test : test.skip)('with a note and a chart: the same tables and findings as the original', async () => {
    const original = await fixtureBytes(seed);
    const rewritten = openpyxl(original);
    const parts = XLSX.CFB.read(Buffer.from(rewritten), { type: 'buffer' }).FullPaths.join('\n');
    expect(parts).toMatch(/xl\/comments\/comment1\.xml/);
    expect(parts).toMatch(/xl\/charts\/chart1\.xml/);
    expect(await auditOf(rewritten, seed)).toEqual(await auditOf(original, seed));
  });
});

// Every producer writes the same workbook differently; the reader gives the engine the same
// snapshot for all of them. The seed fixtures (written by ExcelJS) are rewritten the way each
// producer writes (helpers/flavours.ts); a real LibreOffice conversion is checked when soffice is installed.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readXlsx } from '../../../src/cli/read-xlsx';
import { audit } from '../../../src/engine/audit';
import type { WorkbookSnapshot } from '../../../src/engine/model/snapshot';
import { readXlsxWithExcelJs } from '../../../scripts/bench/exceljs-reader';
import { fixtureBytes, type FixtureName } from '../helpers/workbooks';
import { inlineStrings, libreOfficeStyle, openpyxl, prefixed, sheetJsStrings, strict, utf16, utf8Bom, wps, type Parts } from './helpers/flavours';
import { partsOf, zipParts } from './helpers/zip';

const SEEDS: FixtureName[] = ['seed-000.xlsx', 'seed-002.xlsx', 'seed-004.xlsx'];

// Three elements in every row: jest takes a test function with more parameters than the row for a `done` callback.
const FLAVOURS: [string, (p: Parts) => Parts, boolean][] = [
  ['WPS 表格 (rich text runs, phonetic runs, WPS parts)', wps, false],
  ['openpyxl (absolute targets, a note and a drawing)', openpyxl, false],
  ['openpyxl/scripts write-only (inline strings, no sharedStrings part)', inlineStrings, false],
  ['SheetJS without a shared string table (type str)', sheetJsStrings, false],
  ['LibreOffice habits (t="n", ./ targets)', libreOfficeStyle, false],
  ['Strict OOXML (purl.oclc.org namespaces)', strict, false],
  ['Open XML SDK (x: prefixed elements)', prefixed, false],
  ['UTF-16LE parts with BOM', utf16(false), false],
  ['UTF-16BE parts with BOM', utf16(true), false],
  ['UTF-8 BOM on every part', utf8Bom, false],
  ['stored without compression', (p) => p, true],
  ['Strict, prefixed and UTF-16 together', (p) => utf16(false)(prefixed(strict(p))), false],
];

const originals = new Map<FixtureName, WorkbookSnapshot>();

beforeAll(async () => {
  for (const seed of SEEDS) originals.set(seed, await readXlsx(await fixtureBytes(seed), seed));
});

describe.each(SEEDS)('%s', (seed) => {
  test('reads exactly what ExcelJS reads', async () => {
    expect(originals.get(seed)).toEqual(await readXlsxWithExcelJs(await fixtureBytes(seed)));
  });

  test.each(FLAVOURS)('as written by %s: the same snapshot', async (_name, flavour, stored) => {
    const bytes = zipParts(flavour(partsOf(await fixtureBytes(seed))), stored);
    expect(await readXlsx(bytes, seed)).toEqual(originals.get(seed));
  });
});

// CI installs LibreOffice (.ci/run) and must run this; a developer machine without it says so in the name.
const soffice = process.env.CI === 'true' || spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

(soffice ? test : test.skip)('a workbook converted by LibreOffice (soffice --convert-to xlsx) audits as the original', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-lo-'));
  try {
    const input = path.join(dir, 'seed-004.xlsx');
    fs.writeFileSync(input, await fixtureBytes('seed-004.xlsx'));
    const run = spawnSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'xlsx', '--outdir', path.join(dir, 'out'), input], { encoding: 'utf8', timeout: 90_000 });
    expect(run.status).toBe(0);
    const converted = fs.readFileSync(path.join(dir, 'out', 'seed-004.xlsx'));
    const before = audit(originals.get('seed-004.xlsx') as WorkbookSnapshot);
    const after = audit(await readXlsx(converted, 'seed-004.xlsx'));
    const key = (f: (typeof before.findings)[number]) => `${f.code}|${f.severity}|${f.sheet}|${f.cells.join(',')}|${f.expected}|${f.actual}`;
    expect(after.tables).toEqual(before.tables);
    expect(after.findings.map(key)).toEqual(before.findings.map(key));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);

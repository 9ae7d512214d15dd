// A real office suite opens the copies: LibreOffice (headless) converts the inputs and their
// annotated copies to CSV, one file per sheet, in one run; every sheet of the copy shows the
// input's values, and the report sheet is there.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { applyChangePlan } from '../../src/cli/package/apply-change-plan';
import { SEVERITY_FILL } from '../../src/engine/plan/colors';
import { featureWorkbook } from './package/helpers/feature-workbook';
import { run } from './helpers/memory-io';
import { editFixture, sheetOf } from './helpers/workbooks';

/** All sheets, UTF-8, comma separated, formula results as values. */
const CSV_ALL_SHEETS = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

let dir: string;
let converted: Map<string, string>;
let stderr: string;
let status: number | null;

/** CSV text per `<file>-<sheet>` as LibreOffice names them. */
function csvOf(file: string, sheet: string): string | undefined {
  return converted.get(`${file}-${sheet}.csv`);
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-lo-'));
  const feature = featureWorkbook({ macro: true });
  const featureCopy = applyChangePlan(feature, {
    marks: {
      highlights: [{ sheet: '数据', color: SEVERITY_FILL.error, rects: [{ top: 0, left: 0, bottom: 5, right: 3 }] }],
      notes: [
        { sheet: '数据', cell: 'A2', text: '【决算助手】\n错误' },
        { sheet: '数据', cell: 'C4', text: '【决算助手】\n警告' },
        { sheet: '表格', cell: 'B2', text: '【决算助手】\n提示' },
      ],
    },
    newSheets: [{ name: '审核报告', columnWidths: { 0: 20 }, cells: [{ sheet: '审核报告', cell: 'A1', value: '决算助手审核报告', bold: true }, { sheet: '审核报告', cell: 'B2', value: 'B2', link: { sheet: '数据', cell: 'B2' } }] }],
  });
  const seed = await editFixture('seed-004.xlsx', (wb) => {
    sheetOf(wb, '决算公开表').getCell('C7').value = 500;
  });
  const annotated = await run(['audit', 'seed.xlsx', '--annotate', 'seed-copy.xlsx'], { 'seed.xlsx': seed });
  const files: Record<string, Uint8Array> = { 'feature.xlsm': feature, 'feature-copy.xlsm': featureCopy, 'seed.xlsx': seed, 'seed-copy.xlsx': annotated.io.files.get('seed-copy.xlsx') as Uint8Array };
  for (const [name, bytes] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), bytes);
  const profile = `file://${path.join(dir, 'profile')}`;
  const r = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', CSV_ALL_SHEETS, '--outdir', path.join(dir, 'csv'), ...Object.keys(files).map((f) => path.join(dir, f))], { encoding: 'utf8', timeout: 170_000 });
  status = r.status;
  stderr = `${r.stderr ?? ''}${r.error ? String(r.error) : ''}`;
  const out = path.join(dir, 'csv');
  converted = new Map(fs.existsSync(out) ? fs.readdirSync(out).map((n) => [n, fs.readFileSync(path.join(out, n), 'utf8')]) : []);
}, 180_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('LibreOffice opens and converts every copy without error', () => {
  expect([status, stderr.replace(/.*javaldx.*\n?/g, '')]).toEqual([0, '']);
  expect([...converted.keys()].filter((n) => n.startsWith('feature-copy-')).sort()).toEqual(['feature-copy-图表.csv', 'feature-copy-审核报告.csv', 'feature-copy-数据.csv', 'feature-copy-表格.csv']);
});

test('every sheet of the workbook holding every feature shows the same values in the copy', () => {
  for (const sheet of ['数据', '图表', '表格']) {
    expect([sheet, csvOf('feature-copy', sheet)]).toEqual([sheet, csvOf('feature', sheet)]);
    expect(csvOf('feature', sheet)?.length).toBeGreaterThan(0);
  }
  expect(csvOf('feature-copy', '审核报告')).toContain('决算助手审核报告');
});

test('the annotated 决算 workbook shows the same values on every sheet, plus its report', () => {
  const sheets = [...converted.keys()].filter((n) => n.startsWith('seed-') && !n.startsWith('seed-copy-')).map((n) => n.slice('seed-'.length, -'.csv'.length));
  expect(sheets.length).toBeGreaterThan(1);
  for (const sheet of sheets) expect([sheet, csvOf('seed-copy', sheet)]).toEqual([sheet, csvOf('seed', sheet)]);
  expect(csvOf('seed-copy', '审核报告')).toContain('T01-1');
});

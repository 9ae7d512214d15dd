// The JSON report: its exact keys, amounts as the engine's decimal strings, unreadable files.
import { formatJson, type JsonReport } from '../../src/cli/format-json';
import { parseJson, run } from './helpers/memory-io';
import { fileReport, finding, unchecked } from './helpers/reports';
import { editFixture, fixtureBytes, sheetOf } from './helpers/workbooks';

const FILE_KEYS = ['file', 'status', 'tables', 'unrecognized', 'findings', 'unchecked', 'summary'];
const TABLE_KEYS = ['sheet', 'range', 'table', 'label', 'unit', 'confidence', 'title'];
const UNRECOGNIZED_KEYS = ['sheet', 'reason', 'cell'];
const FINDING_KEYS = ['code', 'title', 'severity', 'rounding', 'sheet', 'cells', 'expected', 'actual', 'difference', 'tolerance', 'kind', 'unit', 'decimals', 'message'];
const UNCHECKED_KEYS = ['code', 'title', 'reason', 'sheet'];
const SUMMARY_KEYS = ['error', 'warning', 'rounding', 'info', 'unchecked', 'explained'];

const keys = (o: object) => Object.keys(o).sort();

describe('formatJson', () => {
  const t01 = finding({
    code: 'T01-2',
    severity: 'error',
    title: '收入总计等于本年收入合计、使用结余与年初结转和结余之和',
    cells: ['C39', 'C35', 'C36', 'C37'],
    expected: '5570.34',
    actual: '5570.35',
    difference: '0.01',
    tolerance: '0.02',
    kind: 'amount',
    unit: '万元',
    decimals: 2,
    message: '收入支出决算总表：总计（行次31） C39 = 5570.35 ≠ C35+C36+C37 = 5570.34，差 0.01，超出尾差范围 0.02',
  });

  test('the documented shape, with amounts as the decimal strings the engine gave', () => {
    const text = formatJson([fileReport('a.xlsx', { findings: [t01], unchecked: [unchecked('X-8', '未找到政府性基金预算财政拨款收入支出决算表')], unrecognized: [{ sheet: '封面', reason: '未找到任何标准表的标题或表头' }] })]);
    expect(text.endsWith('\n')).toBe(true);
    const report = JSON.parse(text) as JsonReport;
    expect(keys(report)).toEqual(['files', 'version']);
    expect(report.version).toBe(1);
    const [file] = report.files;
    expect(keys(file)).toEqual([...FILE_KEYS].sort());
    expect(file.tables).toEqual([{ sheet: '公开01表', range: 'A1:F40', table: 'T01', label: '公开01表', unit: '万元', confidence: 0.97, title: '收入支出决算总表' }]);
    expect(file.unrecognized).toEqual([{ sheet: '封面', reason: '未找到任何标准表的标题或表头', cell: null }]);
    expect(file.findings).toEqual([
      {
        code: 'T01-2',
        title: t01.title,
        severity: 'error',
        rounding: false,
        sheet: '公开01表',
        cells: ['C39', 'C35', 'C36', 'C37'],
        expected: '5570.34',
        actual: '5570.35',
        difference: '0.01',
        tolerance: '0.02',
        kind: 'amount',
        unit: '万元',
        decimals: 2,
        message: t01.message,
      },
    ]);
    expect(file.unchecked).toEqual([{ code: 'X-8', title: 'X-8 的标题', reason: '未找到政府性基金预算财政拨款收入支出决算表', sheet: null }]);
    expect(file.summary).toEqual({ error: 1, warning: 0, rounding: 0, info: 0, unchecked: 1, explained: 0 });
  });

  test('absent amounts are null, never missing keys', () => {
    const report = JSON.parse(formatJson([fileReport('a.xlsx', { findings: [finding({ code: 'S-7', severity: 'info' })] })])) as JsonReport;
    const [f] = report.files[0].findings;
    expect(keys(f)).toEqual([...FINDING_KEYS].sort());
    expect([f.expected, f.actual, f.difference, f.tolerance, f.kind, f.unit, f.decimals]).toEqual([null, null, null, null, null, null, null]);
  });

  test('a file that could not be read: its error and empty lists', () => {
    const report = JSON.parse(formatJson([{ file: 'x.xlsx', error: '无法读取 x.xlsx：文件不存在' }])) as JsonReport;
    expect(report.files[0]).toEqual({
      file: 'x.xlsx',
      status: 'unreadable',
      error: '无法读取 x.xlsx：文件不存在',
      tables: [],
      unrecognized: [],
      findings: [],
      unchecked: [],
      summary: { error: 0, warning: 0, rounding: 0, info: 0, unchecked: 0, explained: 0 },
    });
  });
});

describe('audit --format json on real workbooks', () => {
  test('parses, has exactly the documented keys at every level, and sums up its findings', async () => {
    const broken = await editFixture('seed-004.xlsx', (wb) => {
      sheetOf(wb, '决算公开表').getCell('C7').value = 500;
    });
    const r = await run(['audit', 'seed-000.xlsx', 'broken.xlsx', '--format', 'json'], { 'seed-000.xlsx': await fixtureBytes('seed-000.xlsx'), 'broken.xlsx': broken });
    const report = parseJson(r);
    expect(keys(report)).toEqual(['files', 'version']);
    for (const file of report.files) {
      expect(keys(file)).toEqual([...FILE_KEYS].sort());
      expect(file.tables.length).toBeGreaterThan(0);
      for (const t of file.tables) expect(keys(t)).toEqual([...TABLE_KEYS].sort());
      for (const u of file.unrecognized) expect(keys(u)).toEqual([...UNRECOGNIZED_KEYS].sort());
      for (const u of file.unchecked) expect(keys(u)).toEqual([...UNCHECKED_KEYS].sort());
      for (const f of file.findings) {
        expect(keys(f)).toEqual([...FINDING_KEYS].sort());
        expect(['error', 'warning', 'info']).toContain(f.severity);
        for (const amount of [f.expected, f.actual, f.difference, f.tolerance]) {
          if (amount !== null) expect(amount).toMatch(/^-?\d+(\.\d+)?$/);
        }
      }
      expect(keys(file.summary)).toEqual([...SUMMARY_KEYS].sort());
      // info no longer includes 尾差: each finding is counted once.
      expect(file.summary).toEqual({
        error: file.findings.filter((f) => f.severity === 'error').length,
        warning: file.findings.filter((f) => f.severity === 'warning').length,
        rounding: file.findings.filter((f) => f.severity === 'info' && f.rounding).length,
        info: file.findings.filter((f) => f.severity === 'info' && !f.rounding).length,
        unchecked: file.unchecked.length,
        explained: 0,
      });
    }
    expect(report.files[1].findings.some((f) => f.code === 'T01-1' && f.severity === 'error')).toBe(true);
  }, 30_000);
});

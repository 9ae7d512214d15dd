// The text report: grouped by file then sheet, one line per finding with its severity word,
// unchecked rules grouped by reason, one summary line per file.
import { formatText, formatTextFile } from '../../src/cli/format-text';
import { run } from './helpers/memory-io';
import { fileReport, finding, unchecked } from './helpers/reports';
import { fixtureBytes } from './helpers/workbooks';

describe('formatTextFile', () => {
  const findings = [
    finding({ code: 'T01-1', severity: 'info', rounding: true, cells: ['C33', 'C7'], message: '本年收入合计差 0.01，在尾差范围内' }),
    finding({ code: 'S-7', severity: 'info', sheet: '自评表1', cells: ['B10'], message: '半角标点' }),
    finding({ code: 'T01-5', severity: 'error', cells: ['C37', 'F37'], message: '收入总计不等于支出总计' }),
    finding({ code: 'PE-9', severity: 'warning', sheet: '自评表1', cells: ['E7'], message: '全年预算数等于执行数' }),
    finding({ code: 'X-0', severity: 'error', sheet: '', cells: [], message: '规则 X-0 运行出错' }),
  ];
  const text = formatTextFile(
    fileReport('dir/a.xlsx', {
      findings,
      unrecognized: [{ sheet: '封面', reason: '未找到任何标准表的标题或表头（首个内容为 A1“2023年度部门决算”）' }],
      unchecked: [
        unchecked('GF-1', '未找到政府性基金预算财政拨款收入支出决算表'),
        unchecked('GF-2', '未找到政府性基金预算财政拨款收入支出决算表'),
        unchecked('GF-3', '未找到政府性基金预算财政拨款收入支出决算表'),
        unchecked('X-8', '未找到政府性基金预算财政拨款收入支出决算表'),
        unchecked('T01-1', '收入支出决算总表：公开01表 C7 的内容“——”不是数字', '公开01表'),
      ],
    }),
  );
  const lines = text.trimEnd().split('\n');

  test('starts with the file, groups findings by sheet, errors first within a sheet', () => {
    expect(lines[0]).toBe('dir/a.xlsx');
    const sheet1 = lines.indexOf('  工作表 公开01表');
    const sheet2 = lines.indexOf('  工作表 自评表1');
    expect(sheet1).toBeGreaterThan(0);
    expect(sheet2).toBeGreaterThan(sheet1);
    expect(lines[sheet1 + 1]).toBe('    错误 T01-5 C37 收入总计不等于支出总计');
    expect(lines[sheet1 + 2]).toBe('    尾差 T01-1 C33 本年收入合计差 0.01，在尾差范围内');
    expect(lines[sheet2 + 1]).toBe('    警告 PE-9 E7 全年预算数等于执行数');
    expect(lines[sheet2 + 2]).toBe('    提示 S-7 B10 半角标点');
    expect(lines).toContain('  工作表 （整个工作簿）');
    expect(lines).toContain('    错误 X-0 规则 X-0 运行出错');
  });

  test('lists unrecognized sheets, and unchecked rules once per reason', () => {
    expect(lines).toContain('  未识别的工作表');
    expect(lines).toContain('    封面：未找到任何标准表的标题或表头（首个内容为 A1“2023年度部门决算”）');
    expect(lines).toContain('  未检查（5 项，这些规则没有核对，不代表通过）');
    expect(lines).toContain('    未找到政府性基金预算财政拨款收入支出决算表：GF-1、GF-2、GF-3、X-8');
    expect(lines.filter((l) => l.includes('未找到政府性基金'))).toHaveLength(1);
  });

  test('ends with the summary line: 尾差 and 提示 are counted apart', () => {
    expect(lines[lines.length - 1]).toBe('dir/a.xlsx：识别 1 张表；错误 2，警告 1，提示 1，尾差 1，未检查 5');
  });

  test('a clean file says so; a file with no table says nothing could be checked', () => {
    expect(formatTextFile(fileReport('ok.xlsx'))).toContain('  未发现问题\n');
    const none = formatTextFile(fileReport('none.xlsx', { tables: [] }));
    expect(none).toContain('未识别出任何决算公开表');
    expect(none).not.toContain('未发现问题');
  });

  test('an unreadable file is one line; its reason is printed once, on stderr, by the command', () => {
    expect(formatTextFile({ file: 'x.xlsx', error: '无法读取 x.xlsx：文件不存在' })).toBe('x.xlsx：未能审核（原因见错误输出）\n');
  });

  test('several files end with a total', () => {
    const text2 = formatText([fileReport('a.xlsx', { findings }), { file: 'b.xlsx', error: '无法读取 b.xlsx：文件不存在' }]);
    expect(text2.trimEnd().split('\n').pop()).toBe('合计 2 个文件：错误 2，警告 1，提示 1，尾差 1，未检查 0；1 个文件未能审核');
  });
});

test('audit on seed-004.xlsx: findings by sheet and the summary line', async () => {
  const r = await run(['audit', 'seed-004.xlsx'], { 'seed-004.xlsx': await fixtureBytes('seed-004.xlsx') });
  const lines = r.stdout.trimEnd().split('\n');
  expect(lines[0]).toBe('seed-004.xlsx');
  expect(lines).toContain('  工作表 决算公开表');
  // 004's T01 本年收入合计 differs from its sources by 0.01 万元: a rounding difference, not an error.
  expect(lines.some((l) => /^ {4}尾差 T01-1 C33 /.test(l))).toBe(true);
  for (const line of lines.filter((l) => l.startsWith('    ') && /^ {4}(错误|警告|尾差|提示) /.test(l))) {
    expect(line).toMatch(/^ {4}(错误|警告|尾差|提示) [A-Z0-9]+(-[A-Z0-9]+)+ /);
  }
  expect(lines[lines.length - 1]).toMatch(/^seed-004\.xlsx：识别 13 张表；错误 \d+，警告 \d+，提示 \d+，尾差 \d+，未检查 \d+$/);
});

test('a finding’s 期望/实际/差额 follow it on an indented line, in the one number format', () => {
  const f = finding({ code: 'T01-1', severity: 'error', cells: ['C33', 'C7'], message: '本年收入合计不符', expected: '1234567.90', actual: '1234568.90', difference: '1.00', kind: 'amount', unit: '元', decimals: 2 });
  const lines = formatTextFile(fileReport('a.xlsx', { findings: [f] })).split('\n');
  const at = lines.indexOf('    错误 T01-1 C33 本年收入合计不符');
  expect(lines[at + 1]).toBe('      期望 1,234,567.90，实际 1,234,568.90，差额 1.00（元）');
});

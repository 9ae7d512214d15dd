// The command line end to end through `execute`, with an in-memory file system: exit codes,
// where the messages go, and several files in one call.
import { USAGE } from '../../src/cli/usage';
import { MemoryIo, parseJson, run } from './helpers/memory-io';
import { editFixture, encryptedXlsx, fixtureBytes, sheetOf, textFile } from './helpers/workbooks';

let seed004: Uint8Array;
let seed000: Uint8Array;
/** seed-004 with 一般公共预算财政拨款收入 (T01 行次1, C7) changed from 430.21 to 500. */
let seed004Broken: Uint8Array;

beforeAll(async () => {
  seed004 = await fixtureBytes('seed-004.xlsx');
  seed000 = await fixtureBytes('seed-000.xlsx');
  seed004Broken = await editFixture('seed-004.xlsx', (wb) => {
    sheetOf(wb, '决算公开表').getCell('C7').value = 500;
  });
}, 60_000);

describe('help and arguments', () => {
  test('--help prints the Chinese usage on stdout, exit 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(USAGE);
    expect(r.stdout).toContain('用法');
    expect(r.stderr).toBe('');
  });

  test.each([[['-h']], [['help']], [['audit', '--help']], [['rules', '-h']]])('%j also prints the usage, exit 0', async (argv) => {
    const r = await run(argv);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(USAGE);
  });

  test('no arguments: the usage on stderr, exit 2', async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(USAGE);
  });

  test.each([
    [['audit', 'a.xlsx', '--foo'], '--foo'],
    [['audit', 'a.xlsx', '-x'], '-x'],
    [['--verbose'], '--verbose'],
    [['check', 'a.xlsx'], 'check'],
    [['a.xlsx'], 'juesuan audit a.xlsx'],
    [['audit'], '请指定'],
    [['audit', 'a.xlsx', '--format', 'xml'], 'xml'],
    [['audit', 'a.xlsx', '--format'], '--format'],
    [['audit', 'a.xlsx', '--unit-type', '企业'], '企业'],
    [['audit', 'a.xlsx', '--format', 'json', '--format', 'text'], '--format'],
    [['rules', '--annotate', 'x.xlsx'], '--annotate'],
    [['rules', 'extra'], 'extra'],
  ])('%j: a Chinese message naming the problem, exit 2, no file read', async (argv, named) => {
    const io = new MemoryIo({ 'a.xlsx': seed004 });
    const r = await run(argv, io);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(named);
    expect(r.stderr).toMatch(/[\u4e00-\u9fff]/);
    expect(io.reads).toEqual([]);
  });

  test('options may come before, between and after the files; --name=value works', async () => {
    const r = await run(['audit', '--format=json', 'a.xlsx', '--unit-type', '事业单位', 'b.xlsx'], { 'a.xlsx': seed004, 'b.xlsx': seed004 });
    expect(r.code).toBe(0);
    expect(parseJson(r).files.map((f) => f.file)).toEqual(['a.xlsx', 'b.xlsx']);
  });

  test('after --, a file name that looks like an option is a file', async () => {
    const r = await run(['audit', '--format', 'json', '--', '--help'], { '--help': seed004 });
    expect(r.code).toBe(0);
    expect(parseJson(r).files[0].file).toBe('--help');
  });
});

describe('exit codes of audit', () => {
  // seed-004's identities differ only by 0.01 万元 rounding (domain-rules §7): no error-level finding.
  test('0 when no file has an error-level finding', async () => {
    const r = await run(['audit', 'seed-004.xlsx', '--format', 'json'], { 'seed-004.xlsx': seed004 });
    expect(parseJson(r).files[0].summary.error).toBe(0);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  test('1 when a file has an error-level finding (a changed income cell breaks T01-1)', async () => {
    const r = await run(['audit', 'broken.xlsx', '--format', 'json'], { 'broken.xlsx': seed004Broken });
    expect(r.code).toBe(1);
    const finding = parseJson(r).files[0].findings.find((f) => f.code === 'T01-1');
    expect(finding).toMatchObject({ severity: 'error', sheet: '决算公开表', actual: '430.21', expected: '500.01', difference: '69.80' });
    expect(finding?.cells.slice(0, 2)).toEqual(['C33', 'C7']);
  });

  test.each([
    ['missing.xlsx', undefined, '文件不存在'],
    ['notes.xlsx', textFile('这不是工作簿，只是改了扩展名的文本文件\n'), '不是 Excel 工作簿'],
    ['locked.xlsx', encryptedXlsx(), '加密'],
    ['empty.xlsx', new Uint8Array(0), '文件为空'],
  ])('2 for an unreadable file (%s), with a Chinese message on stderr naming it', async (name, bytes, why) => {
    const files: Record<string, Uint8Array> = bytes ? { [name]: bytes } : {};
    const r = await run(['audit', name], files);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(name);
    expect(r.stderr).toContain(why);
    expect(r.stdout).toContain(`${name}：未能审核`);
    expect(r.stdout).not.toContain(why); // printed once, on stderr
  });

  test('a folder given as a file is explained', async () => {
    const io = new MemoryIo();
    io.readFile = async () => {
      throw Object.assign(new Error('EISDIR: illegal operation on a directory, read'), { code: 'EISDIR' });
    };
    const r = await run(['audit', 'some-folder'], io);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('文件夹');
  });
});

describe('several files in one call', () => {
  const files = () => ({ 'a/seed-004.xlsx': seed004, 'b/broken.xlsx': seed004Broken, 'c/seed-000.xlsx': seed000, 'd/bad.xlsx': textFile('hello') });

  test('every file is audited and reported in order, even after an unreadable one; exit 2 wins', async () => {
    const r = await run(['audit', 'a/seed-004.xlsx', 'missing.xlsx', 'd/bad.xlsx', 'b/broken.xlsx', 'c/seed-000.xlsx', '--format', 'json'], files());
    expect(r.code).toBe(2);
    const report = parseJson(r);
    expect(report.files.map((f) => f.file)).toEqual(['a/seed-004.xlsx', 'missing.xlsx', 'd/bad.xlsx', 'b/broken.xlsx', 'c/seed-000.xlsx']);
    expect(report.files.map((f) => f.error === undefined)).toEqual([true, false, false, true, true]);
    expect(report.files[3].summary.error).toBeGreaterThan(0);
    expect(report.files[4].tables.length).toBeGreaterThan(0);
    // In JSON mode the file-level errors are in the JSON only, not repeated on stderr.
    expect(r.stderr).toBe('');
    expect(report.files[1].error).toContain('文件不存在');
  });

  test('exit 1 when all files are readable and one has an error', async () => {
    const r = await run(['audit', 'a/seed-004.xlsx', 'b/broken.xlsx'], files());
    expect(r.code).toBe(1);
  });

  test('text: one block and one summary line per file, then a total', async () => {
    const r = await run(['audit', 'a/seed-004.xlsx', 'missing.xlsx', 'b/broken.xlsx'], files());
    const summaries = r.stdout.split('\n').filter((l) => /^(a\/seed-004|missing|b\/broken)\.xlsx：/.test(l));
    expect(summaries).toHaveLength(3);
    expect(summaries[0]).toMatch(/^a\/seed-004\.xlsx：识别 13 张表；错误 0，警告 \d+，提示 \d+，尾差 \d+，未检查 \d+$/);
    expect(summaries[1]).toBe('missing.xlsx：未能审核（原因见错误输出）');
    expect(r.stdout.trimEnd().split('\n').pop()).toMatch(/^合计 3 个文件：错误 \d+，警告 \d+，提示 \d+，尾差 \d+，未检查 \d+；1 个文件未能审核$/);
  });
});

// Never touch the original, never lose a file: the annotated copy is refused when it is an
// input by any path (symlink, hard link, symlinked folder) or exists without --force, and is
// written to a temporary file renamed into place only when complete.
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execute } from '../../src/cli/execute';
import type { CliIo } from '../../src/cli/io';
import { checkOutputs, NODE_FS, OutputRefusedError, safeWriteFile, type SafeWriteFs } from '../../src/cli/safe-write';
import { fixtureBytes } from './helpers/workbooks';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'juesuan.js');

let dir: string;
let seed: Buffer;

/** The real CLI (execute with the real file system, as main.ts wires it), in `dir`. */
async function cli(args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const io: CliIo = {
    stdout: () => undefined,
    stderr: (t) => void (stderr += t),
    readFile: async (f) => new Uint8Array(fs.readFileSync(path.resolve(dir, f))),
    writeFile: (f, bytes, check) => safeWriteFile(path.resolve(dir, f), bytes, { inputs: (check?.inputs ?? []).map((i) => path.resolve(dir, i)), force: check?.force ?? false }),
    checkOutputs: (fs2, check) => checkOutputs(fs2.map((f) => path.resolve(dir, f)), { ...check, inputs: check.inputs.map((i) => path.resolve(dir, i)) }),
  };
  const code = await execute(args, io);
  return { code, stderr };
}

const inDir = (...p: string[]) => path.join(dir, ...p);
const tempLeft = (folder: string) => fs.readdirSync(folder).filter((n) => n.endsWith('.tmp'));

beforeAll(async () => {
  seed = Buffer.from(await fixtureBytes('seed-004.xlsx'));
});

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-paths-'));
  fs.writeFileSync(inDir('决算.xlsx'), seed);
});

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('an output that is the input by another path is refused, the input untouched', () => {
  test.each([
    ['a symlink to the input', () => fs.symlinkSync(inDir('决算.xlsx'), inDir('链接.xlsx')), '链接.xlsx'],
    ['a hard link to the input', () => fs.linkSync(inDir('决算.xlsx'), inDir('硬链接.xlsx')), '硬链接.xlsx'],
    ['the input through a symlinked folder', () => fs.symlinkSync(dir, inDir('别名')), path.join('别名', '决算.xlsx')],
  ])('%s', async (_what, make, target) => {
    make();
    const r = await cli(['audit', '决算.xlsx', '--annotate', target, '--force']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('是同一个文件');
    expect(r.stderr).toContain('不会覆盖原文件');
    expect(fs.readFileSync(inDir('决算.xlsx')).equals(seed)).toBe(true);
    expect(tempLeft(dir)).toEqual([]);
  });
});

describe('an existing output', () => {
  test('is refused without --force (before any work) and kept as it was', async () => {
    fs.writeFileSync(inDir('副本.xlsx'), 'earlier');
    const r = await cli(['audit', '决算.xlsx', '--annotate', '副本.xlsx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('副本.xlsx”已存在');
    expect(r.stderr).toContain('--force');
    expect(fs.readFileSync(inDir('副本.xlsx'), 'utf8')).toBe('earlier');
  });

  test('is replaced with --force: the demo command runs twice', async () => {
    const first = await cli(['audit', '决算.xlsx', '--annotate', 'out/副本.xlsx', '--force']);
    const second = await cli(['audit', '决算.xlsx', '--annotate', 'out/副本.xlsx', '--force']);
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(fs.readFileSync(inDir('out', '副本.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect(fs.readFileSync(inDir('决算.xlsx')).equals(seed)).toBe(true);
    expect(tempLeft(inDir('out'))).toEqual([]);
  }, 30_000);
});

describe('fill and narrative copies follow the same safety', () => {
  test.each([
    ['fill', ['fill', '决算.xlsx', '-o']],
    ['narrative', ['narrative', '决算.xlsx', '--static', '-o']],
  ])('%s: never over its input, an existing output only with --force', async (_name, head) => {
    fs.symlinkSync(inDir('决算.xlsx'), inDir('链接.xlsx'));
    const overInput = await cli([...head, '链接.xlsx', '--force']);
    expect([overInput.code, overInput.stderr]).toEqual([2, expect.stringContaining('是同一个文件')]);
    fs.writeFileSync(inDir('副本.xlsx'), 'earlier');
    const refused = await cli([...head, '副本.xlsx']);
    expect([refused.code, refused.stderr]).toEqual([2, expect.stringContaining('--force')]);
    expect(fs.readFileSync(inDir('副本.xlsx'), 'utf8')).toBe('earlier');
    const forced = await cli([...head, '副本.xlsx', '--force']);
    expect(forced.code).not.toBe(2);
    expect(fs.readFileSync(inDir('副本.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect(fs.readFileSync(inDir('决算.xlsx')).equals(seed)).toBe(true);
    expect(tempLeft(dir)).toEqual([]);
  }, 30_000);
});

/** The real file system, with one call made to fail the way a full disk or a read-only folder does. */
function failing(call: 'write' | 'open' | 'rename', code: string): SafeWriteFs {
  const fail = () => Promise.reject(Object.assign(new Error(code), { code }));
  return {
    ...NODE_FS,
    stat: (p) => NODE_FS.stat(p),
    realpath: (p) => NODE_FS.realpath(p),
    mkdir: (p, o) => NODE_FS.mkdir(p, o),
    link: (a, b) => NODE_FS.link(a, b),
    rename: call === 'rename' ? fail : (a, b) => NODE_FS.rename(a, b),
    unlink: (p) => NODE_FS.unlink(p),
    open: call === 'open' ? fail : async (p, flags, mode) => {
      const handle = await NODE_FS.open(p, flags, mode);
      if (call !== 'write') return handle;
      let written = 0;
      return {
        // Half the bytes fit, then the disk is full.
        write: async (data, offset, length, position) => {
          if (written > 0) return fail();
          const r = await handle.write(data, offset, Math.ceil(length / 2), position);
          written += r.bytesWritten;
          return r;
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      };
    },
  };
}

describe('a failed write leaves the old file intact and no temporary file', () => {
  test.each([
    ['a full disk in the middle of the write', 'write' as const, 'ENOSPC'],
    ['a crash between writing and renaming', 'rename' as const, 'EIO'],
  ])('%s', async (_what, call, code) => {
    fs.writeFileSync(inDir('副本.xlsx'), 'the old copy');
    const attempt = safeWriteFile(inDir('副本.xlsx'), new Uint8Array(seed), { inputs: [inDir('决算.xlsx')], force: true }, failing(call, code));
    await expect(attempt).rejects.toMatchObject({ code });
    expect(fs.readFileSync(inDir('副本.xlsx'), 'utf8')).toBe('the old copy');
    expect(tempLeft(dir)).toEqual([]);
  });

  test('a read-only folder: a clear Chinese refusal through the CLI', async () => {
    const ro = inDir('只读');
    fs.mkdirSync(ro);
    fs.chmodSync(ro, 0o555);
    const io: CliIo = {
      stdout: () => undefined,
      stderr: (t) => void (stderrText += t),
      readFile: async (f) => new Uint8Array(fs.readFileSync(path.resolve(dir, f))),
      // Root ignores folder permissions: then the file system says what a read-only folder says.
      writeFile: (f, bytes, check) => safeWriteFile(path.resolve(dir, f), bytes, { inputs: [], force: check?.force ?? false }, process.getuid?.() === 0 ? failing('open', 'EACCES') : NODE_FS),
    };
    let stderrText = '';
    const code = await execute(['audit', '决算.xlsx', '--annotate', path.join('只读', '副本.xlsx')], io);
    fs.chmodSync(ro, 0o755);
    expect(code).toBe(2);
    expect(stderrText).toContain(`无法写出 ${path.join('只读', '副本.xlsx')}：没有写入权限（所在文件夹可能是只读的）`);
    expect(fs.readdirSync(ro)).toEqual([]);
  }, 30_000);
});

describe('two writers to one target', () => {
  test('in one process: one wins atomically, the other is told and writes nothing', async () => {
    const a = new Uint8Array(seed);
    const b = new Uint8Array(Buffer.concat([seed, Buffer.from('B')]));
    const results = await Promise.allSettled([safeWriteFile(inDir('同一.xlsx'), a, { inputs: [], force: false }), safeWriteFile(inDir('同一.xlsx'), b, { inputs: [], force: false })]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0].reason).toBeInstanceOf(OutputRefusedError);
    const written = fs.readFileSync(inDir('同一.xlsx'));
    expect(written.equals(Buffer.from(results[0].status === 'fulfilled' ? a : b))).toBe(true);
    expect(tempLeft(dir)).toEqual([]);
  });

  test('two juesuan processes: one exit code 0 with the copy, the other exit 2 with a Chinese message', async () => {
    const runOne = () =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [BIN, 'audit', '决算.xlsx', '--annotate', '副本.xlsx'], { cwd: dir });
        let stderr = '';
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('close', (code) => resolve({ code, stderr }));
      });
    const results = await Promise.all([runOne(), runOne()]);
    const codes = results.map((r) => r.code).sort();
    expect(codes).toEqual([0, 2]);
    const loser = results.find((r) => r.code === 2);
    expect(loser?.stderr).toMatch(/副本\.xlsx”(已存在|刚刚被另一个程序)/);
    expect(fs.readFileSync(inDir('副本.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect(tempLeft(dir)).toEqual([]);
  }, 90_000);
});

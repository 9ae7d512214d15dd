// `juesuan audit` at batch scale: folders, JSON written file by file, JSON Lines, results in input
// order with several jobs, a bounded number of files in flight, progress, worker threads.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { auditToOutcome, type FileOutcome, type FileTask } from '../../src/cli/batch/file-outcome';
import { startPool } from '../../src/cli/batch/worker-pool';
import { formatJson, formatJsonEntry, JSON_HEAD, JSON_SEPARATOR, JSON_TAIL, type JsonFile } from '../../src/cli/format-json';
import { nodeFiles } from '../../src/cli/node-io';
import { finding, fileReport, unchecked } from './helpers/reports';
import { MemoryIo, parseJson, run } from './helpers/memory-io';
import { fixtureBytes, textFile } from './helpers/workbooks';

let seed4: Uint8Array;
let seed0: Uint8Array;
beforeAll(async () => {
  seed4 = await fixtureBytes('seed-004.xlsx');
  seed0 = await fixtureBytes('seed-000.xlsx');
});

/** A MemoryIo whose folders are path prefixes, and a pool that runs in this thread but counts what is in flight. */
class BatchIo extends MemoryIo {
  inFlight = 0;
  maxInFlight = 0;
  progressCalls: [number, number][] = [];

  async listWorkbooks(dir: string): Promise<string[] | undefined> {
    const prefix = `${dir.replace(/\/$/, '')}/`;
    const inside = [...this.files.keys()].filter((f) => f.startsWith(prefix) && /\.xls[xm]$/i.test(f)).sort();
    return inside.length > 0 || dir.endsWith('/') ? inside : undefined;
  }

  async startPool() {
    return {
      run: async (task: FileTask): Promise<FileOutcome> => {
        this.maxInFlight = Math.max(this.maxInFlight, ++this.inFlight);
        // Later files finish first: the printer must still keep input order.
        await new Promise((r) => setTimeout(r, 30 - (Number(/(\d+)\.xlsx$/.exec(task.file)?.[1] ?? 0) % 5) * 5));
        const outcome = await auditToOutcome(task, this);
        this.inFlight--;
        return outcome;
      },
      close: async () => undefined,
    };
  }

  progress(done: number, total: number): void {
    this.progressCalls.push([done, total]);
  }
}

describe('the JSON report written file by file', () => {
  it.each([1, 2, 3, 7])('is byte for byte the report built at once (%i files)', (count) => {
    const entries = Array.from({ length: count }, (_, i) =>
      i % 3 === 2
        ? { file: `u${i}.xlsx`, error: '无法读取 u.xlsx：文件不存在' }
        : fileReport(`单位${i}.xlsx`, { findings: [finding({ code: 'T01-1', severity: i % 2 ? 'error' : 'info', message: `行"${i}"\n换行` })], unchecked: [unchecked('X-8', '缺表')] }),
    );
    expect(`${JSON_HEAD}${entries.map(formatJsonEntry).join(JSON_SEPARATOR)}${JSON_TAIL}`).toBe(formatJson(entries));
  });
});

describe('audit batches', () => {
  function batch(count: number): BatchIo {
    const io = new BatchIo();
    for (let i = 0; i < count; i++) io.files.set(`县/单位${String(i).padStart(2, '0')}.xlsx`, i % 4 === 3 ? textFile('not a workbook') : i % 2 ? seed0 : seed4);
    return io;
  }

  it('expands a folder, prints in input order with several jobs, and keeps at most two files per job in flight', async () => {
    const one = await run(['audit', '县', '--format', 'json', '--jobs', '1'], batch(6));
    const io = batch(6);
    const three = await run(['audit', '县', '--format', 'json', '--jobs', '3'], io);
    expect(three.stdout).toBe(one.stdout);
    expect(three.code).toBe(one.code);
    expect(parseJson(three).files.map((f) => f.file)).toEqual(Array.from({ length: 6 }, (_, i) => `县/单位${String(i).padStart(2, '0')}.xlsx`));
    expect(io.maxInFlight).toBeGreaterThan(1);
    expect(io.maxInFlight).toBeLessThanOrEqual(6);
    expect(io.progressCalls).toEqual(Array.from({ length: 6 }, (_, i) => [i + 1, 6]));
  }, 120_000);

  it('writes JSON Lines: one parseable line per file, in order, with the same entries as JSON', async () => {
    const json = parseJson(await run(['audit', '县', '--format', 'json'], batch(4)));
    const lines = (await run(['audit', '县', '--format', 'jsonl', '--jobs', '2'], batch(4))).stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines.map((l) => JSON.parse(l) as JsonFile)).toEqual(json.files);
  }, 120_000);

  it('prints the text total from running counts, as before', async () => {
    const text = await run(['audit', '县', '--jobs', '4'], batch(4));
    expect(text.stdout).toContain('合计 4 个文件：');
    expect(text.stdout).toContain('1 个文件未能审核');
    expect(text.stdout.indexOf('县/单位00.xlsx')).toBeLessThan(text.stdout.indexOf('县/单位01.xlsx'));
  }, 120_000);

  it('keeps of a printed file only its counts and four flags, nothing read from the workbook', async () => {
    // A kept table list held ≈ 40 KB per file (strings cut from the file's text): the heap grew with the batch.
    const io = batch(4);
    const outcomes = await Promise.all(['县/单位00.xlsx', '县/单位03.xlsx'].map((file) => auditToOutcome({ file, format: 'json' }, io)));
    expect(outcomes.map((o) => o.verdict)).toEqual([
      { audited: true, unusable: false, errorsFound: false, noTables: false },
      { audited: false, unusable: true, errorsFound: false, noTables: false },
    ]);
    for (const { output: _printed, ...kept } of outcomes) expect(JSON.stringify(kept)).not.toMatch(/公开|收入|支出|自评/);
    expect(outcomes[0].counts.warning).toBeGreaterThan(0);
  });

  it('refuses an empty folder before auditing anything', async () => {
    const io = new BatchIo();
    const r = await run(['audit', '空/'], io);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('文件夹“空/”中没有 .xlsx 或 .xlsm 工作簿');
  });
});

describe('the worker pool', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-pool-'));
    fs.mkdirSync(path.join(dir, 'b'));
    fs.writeFileSync(path.join(dir, 'a.xlsx'), seed4);
    fs.writeFileSync(path.join(dir, 'b', 'c.xlsm'), seed0);
    fs.writeFileSync(path.join(dir, 'b', '~$c.xlsm'), 'lock');
    fs.writeFileSync(path.join(dir, 'b', 'notes.txt'), 'x');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('lists a folder’s workbooks depth first, without lock files', async () => {
    expect(await nodeFiles.listWorkbooks!(dir)).toEqual([path.join(dir, 'a.xlsx'), path.join(dir, 'b', 'c.xlsm')]);
    expect(await nodeFiles.listWorkbooks!(path.join(dir, 'a.xlsx'))).toBeUndefined();
  });

  it('audits in worker threads exactly as in this thread', async () => {
    const tasks: FileTask[] = [path.join(dir, 'a.xlsx'), path.join(dir, 'b', 'c.xlsm'), path.join(dir, 'missing.xlsx')].map((file) => ({ file, format: 'json' }));
    const io = { ...nodeFiles, stdout: () => undefined, stderr: () => undefined };
    const here = await Promise.all(tasks.map((t) => auditToOutcome(t, io)));
    const pool = await startPool(2);
    try {
      const there = await Promise.all(tasks.map((t) => pool.run(t)));
      expect(there).toEqual(here);
      expect(there[2].errors[0]).toContain('文件不存在');
    } finally {
      await pool.close();
    }
  }, 120_000);
});

describe('batch options', () => {
  it('reads --jobs and --format jsonl, and refuses a bad number of jobs in Chinese', async () => {
    const { parseArgs } = await import('../../src/cli/parse-args');
    expect(parseArgs(['audit', 'a/', '--jobs', '4', '--format', 'jsonl'])).toMatchObject({ kind: 'audit', files: ['a/'], jobs: 4, format: 'jsonl' });
    for (const bad of ['0', '-1', '2.5', 'x', '65']) expect(() => parseArgs(['audit', 'a.xlsx', `--jobs=${bad}`])).toThrow('--jobs 应是 1 到 64 之间的整数');
    expect(() => parseArgs(['rules', '--format', 'jsonl'])).toThrow('--format 只能是 text 或 json');
  });
});

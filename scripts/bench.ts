// npm run bench — prints figures; asserts nothing about time (the tests assert behaviour).
//   engine: ms per standard workbook (10 公开 tables + 11 自评表), median of 50 runs, and ×10
//   CLI:    workbooks per second over 100 workbooks in one call
//   Excel:  syncs and wall time of a full audit on the in-memory host at ×1/×5/×10, syncs to
//           highlight 1,000 cells, gzip size of the task pane JavaScript
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readXlsx } from '../src/cli/read-xlsx';
import { audit } from '../src/engine/audit';
import type { WorkbookSnapshot } from '../src/engine/model/snapshot';
import { SEVERITY_FILL } from '../src/engine/plan/colors';
import { planMarks } from '../src/engine/plan/mark-plan';
import { applyMarks } from '../src/excel/apply-marks';
import { detectFeatures } from '../src/excel/features';
import { readWorkbook } from '../src/excel/read-workbook';
import { createExcelHost, installGlobals } from '../test/excel-host';
import { loadXlsx } from '../test/excel-host/load-xlsx';
import { fillBench } from './bench/fill-bench';
import { standardWorkbook } from './bench/standard-workbook';

const ROOT = join(__dirname, '..');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(run: () => void, times: number): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = process.hrtime.bigint();
    run();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

async function engine(): Promise<void> {
  const one: WorkbookSnapshot = await readXlsx(await standardWorkbook(1), 'standard.xlsx');
  const ten: WorkbookSnapshot = await readXlsx(await standardWorkbook(10), 'standard-x10.xlsx');
  const tables = audit(one).tables.length;
  // Warm the JIT on both sizes first, so the ratio compares like with like.
  for (let i = 0; i < 20; i++) audit(one);
  for (let i = 0; i < 3; i++) audit(ten);
  const ms1 = time(() => audit(one), 50);
  const ms10 = time(() => audit(ten), 10);
  console.log(`引擎：标准工作簿（${tables} 张表）审核中位数 ${ms1.toFixed(2)} ms（50 次）；10 倍工作簿 ${ms10.toFixed(2)} ms，比值 ${(ms10 / ms1).toFixed(2)}（线性为 10）`);
}

/** The CLI as an installed package runs it: compiled JavaScript (built into a temp folder). */
function cli(): void {
  const dir = mkdtempSync(join(tmpdir(), 'juesuan-bench-'));
  const lib = mkdtempSync(join(tmpdir(), 'juesuan-lib-'));
  try {
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', lib], { cwd: ROOT, stdio: 'inherit' });
    const bytes = readFileSync(join(dir, '..', 'juesuan-standard.xlsx'));
    for (let i = 0; i < 100; i++) writeFileSync(join(dir, `unit-${String(i).padStart(3, '0')}.xlsx`), bytes);
    const files = readdirSync(dir).map((f) => join(dir, f));
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, [join(lib, 'cli/main.js'), 'audit', '--format', 'json', ...files], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') } });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (run.status === 2 || run.error) throw new Error(`命令行运行失败：${run.stderr || run.error}`);
    const audited = (JSON.parse(run.stdout) as { files: unknown[] }).files.length;
    console.log(`命令行：一次调用审核 ${audited} 个工作簿，用时 ${seconds.toFixed(2)} s，${(audited / seconds).toFixed(1)} 个/秒（含进程启动）`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(lib, { recursive: true, force: true });
  }
}

async function excel(): Promise<void> {
  const features = detectFeatures(() => true);
  for (const times of [1, 5, 10]) {
    const host = createExcelHost(await loadXlsx(new Uint8Array(await standardWorkbook(times))));
    const uninstall = installGlobals(host);
    try {
      const start = process.hrtime.bigint();
      const { snapshot } = await readWorkbook(features);
      const readSyncs = host.syncCount;
      const result = audit(snapshot);
      await applyMarks(planMarks(result.findings), features);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      console.log(`Excel（内存宿主）：${times}× 标准工作簿 一键审核 sync ${host.syncCount} 次（读取 ${readSyncs} 次），${ms.toFixed(0)} ms，标记 ${result.findings.length} 个问题`);
    } finally {
      uninstall();
    }
  }
  const host = createExcelHost(await loadXlsx(new Uint8Array(await standardWorkbook(1))));
  const uninstall = installGlobals(host);
  try {
    const rects = Array.from({ length: 1000 }, (_, i) => ({ top: 300 + i * 2, bottom: 300 + i * 2, left: 1 + (i % 7), right: 1 + (i % 7) }));
    host.resetCounters();
    await applyMarks({ highlights: [{ sheet: '决算公开表', color: SEVERITY_FILL.error, rects }], notes: [] }, features);
    console.log(`Excel（内存宿主）：标记 1,000 个单元格 sync ${host.syncCount} 次`);
  } finally {
    uninstall();
  }
}

function bundle(): void {
  const out = mkdtempSync(join(tmpdir(), 'juesuan-dist-'));
  try {
    execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--output-path', out], { cwd: ROOT, env: { ...process.env, ADDIN_HOST: 'https://addins.example.gov.cn/juesuan' }, stdio: 'pipe' });
    const js = readdirSync(out).filter((f) => /^taskpane\..*\.js$/.test(f));
    const size = js.reduce((n, f) => n + gzipSync(readFileSync(join(out, f))).length, 0);
    console.log(`任务窗格 JavaScript：gzip 后 ${(size / 1024).toFixed(1)} KiB（目标 ≤ 200 KiB）`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

(async () => {
  writeFileSync(join(tmpdir(), 'juesuan-standard.xlsx'), await standardWorkbook(1));
  await engine();
  cli();
  await excel();
  await fillBench();
  bundle();
})().catch((error) => {
  console.error(error);
  process.exit(1);
});

// npm run bench — prints figures; asserts nothing about time (the tests assert behaviour).
// Sections, in order (each a small function; other benches add one line to SECTIONS):
//   issue 11 — engine speed, marking, pathological workbooks, start-up, batch memory and
//              throughput (issue 7 §7), Excel round trips — each with its ratio to 1× and to
//              today's baseline (commit BASELINE_COMMIT, unpacked from git and measured in this run)
//   issue 7 — the CLI reader against ExcelJS: ms per workbook, peak memory (bench/reader-comparison.ts)
//   填充 on the in-memory host; gzip size of the task pane JavaScript
//   the pane in Chromium: click → results, engine → rendered (bench/pane-timing.ts)
// BENCH_LARGE_BATCH=300 shortens the 1,200-file memory run; BENCH_NO_BASELINE=1 skips the baseline;
// BENCH_ONLY=batch,roundTrips runs only those sections.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BASELINE_COMMIT, compile, unpackBaseline } from './bench/baseline';
import { fillBench } from './bench/fill-bench';
import { highlightAlone, paneTiming } from './bench/pane-timing';
import { readerComparison } from './bench/reader-comparison';
import { batch, engineOf, engineSpeed, marking, pathological, roundTrips, startUp, type Trees } from './bench/issue11';

const ROOT = join(__dirname, '..');

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

const SECTIONS: Record<string, (trees: Trees) => void | Promise<void>> = {
  engineSpeed,
  marking,
  pathological,
  startUp,
  batch,
  roundTrips,
  highlightAlone,
  paneTiming: () => paneTiming(),
  reader: () => readerComparison(),
  fill: () => fillBench(),
  bundle: () => bundle(),
};

(async () => {
  const baseline = process.env.BENCH_NO_BASELINE ? undefined : unpackBaseline(ROOT);
  const nowLib = compile(ROOT);
  const baseLib = baseline && compile(baseline.root);
  if (baseline) console.log(`基线：提交 ${BASELINE_COMMIT}（问题 11 开工时的 main），与当前代码在同一次运行中测量`);
  try {
    const trees: Trees = { now: engineOf(ROOT), base: baseline && engineOf(baseline.root), nowCli: join(nowLib, 'cli/main.js'), baseCli: baseLib && join(baseLib, 'cli/main.js') };
    const only = process.env.BENCH_ONLY?.split(',');
    for (const [name, section] of Object.entries(SECTIONS)) if (!only || only.includes(name)) await section(trees);
  } finally {
    rmSync(nowLib, { recursive: true, force: true });
    if (baseLib) rmSync(baseLib, { recursive: true, force: true });
    baseline?.cleanup();
  }
})().catch((error) => {
  console.error(error);
  process.exit(1);
});

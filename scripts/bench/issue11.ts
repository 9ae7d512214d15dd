// The figures of issue 11, each against 1× and against today's baseline (scripts/bench/baseline.ts)
// measured in the same run: marking, pathological workbooks, engine speed, start-up, batch
// memory and throughput, Excel round trips.
import { spawnSync } from 'node:child_process';
import { linkSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readXlsx } from '../../src/cli/read-xlsx';
import type { WorkbookSnapshot } from '../../src/engine/model/snapshot';
import type { Finding } from '../../src/engine/finding';
import { SEVERITY_FILL } from '../../src/engine/plan/colors';
import { detectFeatures } from '../../src/excel/features';
import { createExcelHost, installGlobals } from '../../test/excel-host';
import { loadXlsx } from '../../test/excel-host/load-xlsx';
import { median, ms, ratio, runNode, time } from './measure';
import { codeBlockTimes, selfEvalTimes, wholeWorkbookTimes } from './pathological';
import { standardWorkbook } from './standard-workbook';

/** The engine and Excel functions of one source tree (current or baseline), loaded through tsx. */
interface Engine {
  audit: (snapshot: WorkbookSnapshot) => { findings: Finding[]; tables: unknown[] };
  planMarks: (findings: readonly Finding[]) => { notes: unknown[] };
  readWorkbook: (features: ReturnType<typeof detectFeatures>) => Promise<{ snapshot: WorkbookSnapshot; state: unknown }>;
  applyMarks: (plan: unknown, features: ReturnType<typeof detectFeatures>, known?: unknown) => Promise<unknown>;
}

export function engineOf(root: string): Engine {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a tree chosen at run time (the baseline)
  const load = (path: string) => require(join(root, 'src', path)) as Record<string, unknown>;
  return {
    audit: load('engine/audit').audit as Engine['audit'],
    planMarks: load('engine/plan/mark-plan').planMarks as Engine['planMarks'],
    readWorkbook: load('excel/read-workbook').readWorkbook as Engine['readWorkbook'],
    applyMarks: load('excel/apply-marks').applyMarks as Engine['applyMarks'],
  };
}

export interface Trees {
  now: Engine;
  base?: Engine;
  nowCli: string;
  baseCli?: string;
}

const baseText = (now: number, base: number | undefined) => (base === undefined ? '' : `；基线 ${ms(base)}，现为基线的 ${ratio(now, base)}`);

async function snapshots(): Promise<{ one: WorkbookSnapshot; ten: WorkbookSnapshot }> {
  return { one: await readXlsx(await standardWorkbook(1), 'standard.xlsx'), ten: await readXlsx(await standardWorkbook(10), 'standard-x10.xlsx') };
}

interface EngineFigures {
  /** The process's first audit: nothing compiled yet, as one click in the task pane. */
  first: number;
  /** Median of audits 100–400, while V8 is still optimizing. */
  early: number;
  /** Median of audits 500–800: warm. */
  one: number;
  oneFastest: number;
  ten: number;
}

/** A bench child run with node -r tsx/cjs; its JSON output. */
function child<T>(script: string, args: string[]): T {
  // The compiled trees live in temp folders: they find the packages through NODE_PATH.
  const env = { ...process.env, NODE_PATH: join(__dirname, '..', '..', 'node_modules') };
  const run = spawnSync(process.execPath, ['-r', 'tsx/cjs', join(__dirname, script), ...args], { cwd: join(__dirname, '..', '..'), encoding: 'utf8', env });
  if (run.status !== 0) throw new Error(`引擎计时子进程失败：${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}

/** How many processes each tree gets, taking turns with the other tree. */
const ENGINE_TURNS = 5;

interface TreeFigures extends EngineFigures {
  /** Each turn's median, in turn order: turn k of both trees ran back to back. */
  turns: number[];
}

/**
 * Each tree's compiled engine (`lib`, from tsc) timed in ENGINE_TURNS processes of its own
 * (scripts/bench/engine-child.ts), the trees taking turns (now, base, base, now, now, base…): its
 * own heap, so its own garbage is collected on its clock, and a slow spell of the shared machine
 * falls on both trees. The median of the turns' medians, the fastest audit.
 */
function engineFigures(libs: string[], oneFile: string, tenFile: string): TreeFigures[] {
  const runs: EngineFigures[][] = libs.map(() => []);
  for (let turn = 0; turn < ENGINE_TURNS; turn++) {
    const order = turn % 2 === 0 ? libs.map((_, i) => i) : libs.map((_, i) => libs.length - 1 - i);
    for (const i of order) runs[i].push(child<EngineFigures>('engine-child.ts', [libs[i], oneFile, tenFile]));
  }
  return runs.map((turns) => ({
    first: median(turns.map((t) => t.first)),
    early: median(turns.map((t) => t.early)),
    one: median(turns.map((t) => t.one)),
    oneFastest: Math.min(...turns.map((t) => t.oneFastest)),
    ten: median(turns.map((t) => t.ten)),
    turns: turns.map((t) => t.one),
  }));
}

/**
 * The median of the turn-by-turn ratios now ÷ base: the two processes of one turn run back to
 * back, in the same spell of the machine, so their ratio varies far less than either figure.
 */
function pairedRatio(now: TreeFigures, base: TreeFigures): number {
  return median(now.turns.map((t, i) => t / base.turns[i]));
}

interface Quartiles {
  q25: number;
  median: number;
}

/**
 * Issue 11 §5: ms per standard workbook, warm (median of audits 500–800 in one process, and the
 * fastest: the median includes garbage collection), beside the first audit and audits 100–400;
 * ×10 workbook ratio. Each tree's compiled engine runs in processes of its own, taking turns
 * with the other tree (engineFigures).
 */
export async function engineSpeed(trees: Trees): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'juesuan-engine-'));
  try {
    const oneFile = join(dir, 'standard.xlsx');
    const tenFile = join(dir, 'standard-x10.xlsx');
    writeFileSync(oneFile, await standardWorkbook(1));
    writeFileSync(tenFile, await standardWorkbook(10));
    // Each tree's compiled lib/ holds cli/main.js.
    const nowLib = dirname(dirname(trees.nowCli));
    const baseLib = trees.baseCli && dirname(dirname(trees.baseCli));
    const [now, base] = engineFigures(baseLib ? [nowLib, baseLib] : [nowLib], oneFile, tenFile);
    const { one } = await snapshots();
    console.log(
      `引擎：标准工作簿（${trees.now.audit(one).tables.length} 张表）热身 500 次后每次 ${ms(now.one)}，最快 ${ms(now.oneFastest)}（目标 ≤ 4 ms）${baseText(now.one, base?.one)}` +
        (base ? `；逐轮配对之比的中位数 ×${pairedRatio(now, base).toFixed(2)}；最快一次为基线的 ${ratio(now.oneFastest, base.oneFastest)}` : ''),
    );
    console.log(`引擎：标准工作簿首次审核（未经即时编译）${ms(now.first)}${baseText(now.first, base?.first)}；第 100–400 次（仍在优化）${ms(now.early)}${baseText(now.early, base?.early)}`);
    console.log(`引擎：10 倍工作簿 ${ms(now.ten)}，为 1× 的 ${ratio(now.ten, now.one)}（线性为 ×10）${baseText(now.ten, base?.ten)}`);
    if (baseLib) {
      // Alternated in one process, both trees see the same spells audit by audit; but they share
      // one heap, so this line shows the difference in work, not in garbage collection.
      const ab = child<{ now: Quartiles; base: Quartiles }>('engine-ab-child.ts', [nowLib, baseLib, oneFile]);
      console.log(
        `引擎：标准工作簿，与基线在同一进程中交替审核各 400 次：中位数 ${ms(ab.now.median)}，基线 ${ms(ab.base.median)}，为基线的 ${ratio(ab.now.median, ab.base.median)}；下四分位 ${ms(ab.now.q25)}，基线 ${ms(ab.base.q25)}，为基线的 ${ratio(ab.now.q25, ab.base.q25)}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Issue 11 §1: planMarks at 1×, 10×, and on the 科目 block ×100 / ×300 findings. */
export async function marking(trees: Trees): Promise<void> {
  const { one, ten } = await snapshots();
  const cases: [string, WorkbookSnapshot][] = [
    ['标准工作簿', one],
    ['10 倍工作簿', ten],
    ['科目块 ×100', codeBlockTimes(one, 100)],
    ['科目块 ×300', codeBlockTimes(one, 300)],
  ];
  let first: number | undefined;
  let baseSkipped = false;
  for (const [name, snapshot] of cases) {
    const findings = trees.now.audit(snapshot).findings;
    const runs = findings.length > 1000 ? 3 : 10;
    const now = time(() => trees.now.planMarks(findings), runs);
    first ??= now;
    let base: number | undefined;
    if (trees.base && !baseSkipped) {
      base = time(() => trees.base!.planMarks(findings), 1);
      // Quadratic: the next case would take minutes.
      if (base > 5000) baseSkipped = true;
    } else if (baseSkipped) console.log(`  （基线在${name}上未测：平方增长，上一档已超过 5 s；今日实测 ×300 为 498 s）`);
    const cells = findings.reduce((n, f) => n + f.locations.length, 0);
    console.log(`标记计划：${name}（${findings.length} 个问题，${cells} 个单元格）${ms(now)}，为 1× 的 ${ratio(now, first)}${baseText(now, base)}`);
  }
}

/** Issue 11 §2: audit time of the pathological workbooks against 1×. */
export async function pathological(trees: Trees): Promise<void> {
  const { one } = await snapshots();
  const cases: [string, WorkbookSnapshot][] = [
    ['1×（标准工作簿）', one],
    ['科目块 ×100', codeBlockTimes(one, 100)],
    ['科目块 ×300', codeBlockTimes(one, 300)],
    ['自评表 ×50（同一工作表内叠放）', selfEvalTimes(one, 50)],
    ['整个工作簿 ×20', wholeWorkbookTimes(one, 20)],
  ];
  let first: number | undefined;
  for (const [name, snapshot] of cases) {
    const runs = first === undefined ? 20 : 3;
    trees.now.audit(snapshot);
    const now = time(() => trees.now.audit(snapshot), runs);
    first ??= now;
    let base: number | undefined;
    if (trees.base) {
      trees.base.audit(snapshot);
      base = time(() => trees.base!.audit(snapshot), runs === 20 ? 20 : 1);
    }
    console.log(`病态工作簿：${name} 审核 ${ms(now)}，为 1× 的 ${ratio(now, first)}${baseText(now, base)}`);
  }
}

/** Issue 11 §4: `juesuan --help` and `juesuan rules` (compiled CLI) next to `node -e 0`. */
export function startUp(trees: Trees): void {
  const median = (args: string[]) => {
    const samples = Array.from({ length: 7 }, () => runNode(args).seconds * 1000);
    return samples.sort((a, b) => a - b)[3];
  };
  const floor = median(['-e', '0']);
  console.log(`启动：node -e 0 ${ms(floor)}`);
  for (const command of [['--help'], ['rules']]) {
    const now = median([trees.nowCli, ...command]);
    const base = trees.baseCli ? median([trees.baseCli, ...command]) : undefined;
    console.log(`启动：juesuan ${command.join(' ')} ${ms(now)}，为 node -e 0 的 ${ratio(now, floor)}（目标 ≤ ×2）${baseText(now, base)}`);
  }
}

/** Copies (hard links) of the standard workbook in a temp folder. */
function workbooks(dir: string, count: number, source: string): string[] {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) linkSync(source, join(dir, `unit-${String(i).padStart(4, '0')}.xlsx`));
  return readdirSync(dir).map((f) => join(dir, f));
}

/** Issue 11 §3 and issue 7 §7: peak memory by file count; workbooks per second with 1 and N jobs. */
export async function batch(trees: Trees): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'juesuan-batch-'));
  try {
    const source = join(dir, 'standard.xlsx');
    writeFileSync(source, await standardWorkbook(1));
    const large = Number(process.env.BENCH_LARGE_BATCH ?? 1200);
    const audit = (cli: string, folder: string, extra: string[]) => {
      const run = runNode([cli, 'audit', ...readdirSync(folder).map((f) => join(folder, f)), '--format', 'json', ...extra], { cwd: dir });
      if (run.status === 2 || run.status === null) throw new Error(`命令行运行失败：${run.stderr.slice(0, 500)}`);
      return run;
    };
    const small = join(dir, 'small');
    workbooks(small, 100, source);
    const big = join(dir, 'big');
    workbooks(big, large, source);
    const rss: Record<string, number> = {};
    const seconds: Record<string, number> = {};
    for (const [label, folder, count] of [['100', small, 100], [String(large), big, large]] as const) {
      const now = audit(trees.nowCli, folder, ['--jobs', '1']);
      const base = trees.baseCli ? audit(trees.baseCli, folder, []) : undefined;
      rss[label] = now.peakMb;
      seconds[label] = now.seconds;
      console.log(`批量内存：${count} 个文件 峰值 ${now.peakMb.toFixed(0)} MB（--jobs 1）${base ? `；基线 ${base.peakMb.toFixed(0)} MB，现为基线的 ${ratio(now.peakMb, base.peakMb)}` : ''}`);
    }
    console.log(`批量内存：${large} 个文件与 100 个文件的峰值之比 ${ratio(rss[String(large)], rss['100'])}（与文件数无关应接近 ×1）`);
    const three = join(dir, 'three-hundred');
    workbooks(three, 300, source);
    const cores = cpus().length;
    const one = audit(trees.nowCli, three, ['--jobs', '1']);
    const n = audit(trees.nowCli, three, ['--jobs', String(cores)]);
    const base = trees.baseCli ? audit(trees.baseCli, three, []) : undefined;
    console.log(`批量吞吐：300 个工作簿 --jobs 1 ${(300 / one.seconds).toFixed(1)} 个/秒，峰值 ${one.peakMb.toFixed(0)} MB${base ? `；基线（单线程）${(300 / base.seconds).toFixed(1)} 个/秒，峰值 ${base.peakMb.toFixed(0)} MB` : ''}`);
    console.log(`批量吞吐：300 个工作簿 --jobs ${cores} ${(300 / n.seconds).toFixed(1)} 个/秒，峰值 ${n.peakMb.toFixed(0)} MB，为 --jobs 1 的 ${ratio(one.seconds, n.seconds)} 倍速度（本机 ${cores} 核）`);
    // Each worker thread loads and warms up its own engine: at 300 files that is a large share.
    const bigN = audit(trees.nowCli, big, ['--jobs', String(cores)]);
    console.log(`批量吞吐：${large} 个工作簿 --jobs 1 ${(large / seconds[String(large)]).toFixed(1)} 个/秒，--jobs ${cores} ${(large / bigN.seconds).toFixed(1)} 个/秒（峰值 ${bigN.peakMb.toFixed(0)} MB），为 --jobs 1 的 ${ratio(seconds[String(large)], bigN.seconds)} 倍速度（工作线程各自加载、预热引擎，文件越多越划算）`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Issue 11 §6: syncs of a full audit (read + mark) at 1×/5×/10× and of 1,000 highlighted cells. */
export async function roundTrips(trees: Trees): Promise<void> {
  const features = detectFeatures(() => true);
  const measure = async (e: Engine, times: number, current: boolean) => {
    const host = createExcelHost(await loadXlsx(new Uint8Array(await standardWorkbook(times))));
    const uninstall = installGlobals(host);
    try {
      const start = process.hrtime.bigint();
      const read = await e.readWorkbook(features);
      const readSyncs = host.syncCount;
      const plan = e.planMarks(e.audit(read.snapshot).findings);
      const known = { state: read.state, protectedSheets: read.snapshot.sheets.filter((s) => s.protected).map((s) => s.name) };
      await e.applyMarks(plan, features, current ? known : undefined);
      return { syncs: host.syncCount, readSyncs, ms: Number(process.hrtime.bigint() - start) / 1e6 };
    } finally {
      uninstall();
    }
  };
  for (const times of [1, 5, 10]) {
    const now = await measure(trees.now, times, true);
    const base = trees.base && (await measure(trees.base, times, false));
    console.log(`Excel（内存宿主）：${times}× 标准工作簿 一键审核 sync ${now.syncs} 次（读取 ${now.readSyncs}）${ms(now.ms)}${base ? `；基线 sync ${base.syncs} 次（读取 ${base.readSyncs}）${ms(base.ms)}` : ''}`);
  }
  const highlight = async (e: Engine, current: boolean) => {
    const host = createExcelHost(await loadXlsx(new Uint8Array(await standardWorkbook(1))));
    const uninstall = installGlobals(host);
    try {
      const read = await e.readWorkbook(features);
      const rects = Array.from({ length: 1000 }, (_, i) => ({ top: 300 + i * 2, bottom: 300 + i * 2, left: 1 + (i % 7), right: 1 + (i % 7) }));
      host.resetCounters();
      await e.applyMarks({ highlights: [{ sheet: read.snapshot.sheets[0].name, color: SEVERITY_FILL.error, rects }], notes: [] }, features, current ? { state: read.state, protectedSheets: [] } : undefined);
      return host.syncCount;
    } finally {
      uninstall();
    }
  };
  const now = await highlight(trees.now, true);
  const base = trees.base ? await highlight(trees.base, false) : undefined;
  console.log(`Excel（内存宿主）：标记 1,000 个单元格 sync ${now} 次（紧接读取之后，如一键审核）${base === undefined ? '' : `；基线 ${base} 次`}`);
}

/**
 * The `juesuan` process: the only code that touches `process`. It wires the real file system,
 * the streams, the worker threads and the progress bar into `execute` and turns its result into
 * the exit code. Only what every command needs is loaded here: `--help` and `rules` never load
 * the .xlsx reader or the audit engine.
 */
import * as os from 'os';
import { execute } from './execute';
import type { ProgressBar } from './batch/progress-bar';
import { nodeFiles } from './node-io';

// A batch allocates much short-lived data per file at the same sites; V8 then allocates it
// straight into the old generation (pretenuring), which makes the old generation larger than
// the live data needs. Turned off, a batch's peak memory is ≈ 20 MB lower (300 / 2,400 workbooks:
// 145 / 161 MB → 128 / 137 MB). Set before any audit runs; worker threads share the process's flags.
// Only `audit` runs batches, and loading v8 costs ≈ 3.5 ms of every start-up (`--help`, `rules`).
if (process.argv[2] === 'audit') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy, as in execute.ts
  (require('v8') as typeof import('v8')).setFlagsFromString('--no-allocation-site-pretenuring');
}

// `juesuan audit … | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// Drawn only on a terminal: a piped or redirected stderr gets no bar (forceRedraw: lines printed
// above it are followed by a fresh bar).
let bar: ProgressBar | undefined;

function progress(done: number, total: number): void {
  if (!process.stderr.isTTY) return;
  if (!bar) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy, as in execute.ts
    const { ProgressBar } = require('./batch/progress-bar') as typeof import('./batch/progress-bar');
    bar = new ProgressBar(process.stderr);
  }
  bar.update(done, total);
}

execute(process.argv.slice(2), {
  ...nodeFiles,
  stdout: (text) => (bar && process.stdout.isTTY ? bar.around(() => process.stdout.write(text)) : process.stdout.write(text)),
  stderr: (text) => (bar ? bar.around(() => process.stderr.write(text)) : process.stderr.write(text)),
  cores: typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length,
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy, as in execute.ts
  startPool: (jobs) => (require('./batch/worker-pool') as typeof import('./batch/worker-pool')).startPool(jobs),
  progress,
}).then((code) => {
  bar?.stop();
  // exitCode, not exit(): a piped stdout (`--format json > out.json`, `| jq`) is written
  // asynchronously, and process.exit() would cut a long report short.
  process.exitCode = code;
});

// Small helpers shared by the bench sections: medians, timing, ratios, child processes' peak memory.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median milliseconds of `times` runs. */
export function time(run: () => void, times: number): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = process.hrtime.bigint();
    run();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

export function ms(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(value < 10 ? 2 : 0)} ms`;
}

/** “×3.1” (now / reference), or “—” when there is no reference. */
export function ratio(now: number, reference: number | undefined): string {
  return reference === undefined || reference === 0 ? '—' : `×${(now / reference).toFixed(2)}`;
}

export interface ChildRun {
  seconds: number;
  /** Peak resident memory of the process (all its threads), MB. */
  peakMb: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node args…`, timing it and reading its peak RSS with GNU time. */
export function runNode(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv } = { cwd: process.cwd() }): ChildRun {
  const start = process.hrtime.bigint();
  // The compiled CLIs live in temp folders: they find the packages through NODE_PATH.
  const env = options.env ?? { ...process.env, NODE_PATH: join(__dirname, '..', '..', 'node_modules') };
  const run = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { cwd: options.cwd, env, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const lines = run.stderr.trimEnd().split('\n');
  const peakKb = Number(lines.pop());
  return { seconds, peakMb: peakKb / 1024, status: run.status, stdout: run.stdout, stderr: lines.join('\n') };
}

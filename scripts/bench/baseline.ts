// Today's baseline, measured in the same run: the sources of the commit the issue-11 work
// started from, unpacked from git into a temp folder (node_modules linked), loaded through tsx
// for the in-process sections (marking, pathological workbooks, Excel round trips) and compiled
// with tsc for the engine timing and the command line.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** main when issue 11 was picked up (4 Dec 2026, 21:38 UTC). */
export const BASELINE_COMMIT = 'b6b7744';

export interface Tree {
  label: string;
  /** Folder holding src/ (the working tree, or the unpacked baseline). */
  root: string;
  /** Compiled CLI entry (lib/cli/main.js). */
  cli: string;
}

export function compile(root: string): string {
  const lib = mkdtempSync(join(tmpdir(), 'juesuan-lib-'));
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json'), '--outDir', lib], { cwd: root, stdio: 'inherit' });
  // As `npm run build:cli` does after tsc (trees that have the step): the rule catalog.
  const catalog = join(lib, 'cli', 'write-rule-catalog.js');
  if (existsSync(catalog)) execFileSync(process.execPath, [catalog], { env: { ...process.env, NODE_PATH: join(__dirname, '..', '..', 'node_modules') }, stdio: 'inherit' });
  return lib;
}

/** The baseline tree, or undefined (with the reason printed) when git cannot provide it. */
export function unpackBaseline(repo: string): { root: string; cleanup: () => void } | undefined {
  const root = mkdtempSync(join(tmpdir(), 'juesuan-baseline-'));
  const archive = spawnSync('sh', ['-c', `git -C "${repo}" archive ${BASELINE_COMMIT} src tsconfig.json tsconfig.build.json package.json | tar -x -C "${root}"`], { encoding: 'utf8' });
  if (archive.status !== 0) {
    console.log(`基线：无法从 git 取出 ${BASELINE_COMMIT}（${archive.stderr.trim()}），以下只列当前数字`);
    rmSync(root, { recursive: true, force: true });
    return undefined;
  }
  symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'));
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * Builds the task pane, the stub and the demo script in a child process (webpack is happier in
 * plain node than inside jest's module sandbox) and returns where they are.
 */
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import type { BuiltAssets } from '../build/build-assets';
import { ROOT } from '../build/bundle-browser';

export function buildInChild(outDir: string): Promise<BuiltAssets> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [require.resolve('tsx/cli'), path.join(ROOT, 'test/e2e/build/build-assets.ts'), '--out', outDir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (code === 0 && last.startsWith('{')) resolve(JSON.parse(last) as BuiltAssets);
      else reject(new Error(`构建任务窗格失败（退出码 ${code}）：\n${err || out}`));
    });
  });
}

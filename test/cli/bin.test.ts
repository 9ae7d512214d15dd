// The real process: bin/juesuan.js → src/cli/main.ts (through tsx when lib/ is not built).
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { RULES } from '../../src/engine/rules';
import { summarizeRules } from '../../src/cli/rule-catalog';
import { fixtureBytes } from './helpers/workbooks';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'juesuan.js');

function juesuan(args: string[], cwd: string) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
}

let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-bin-'));
  fs.writeFileSync(path.join(dir, '决算.xlsx'), await fixtureBytes('seed-004.xlsx'));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('--help exits 0; no arguments exits 2', () => {
  const help = juesuan(['--help'], dir);
  expect(help.status).toBe(0);
  expect(help.stdout).toContain('用法');
  expect(juesuan([], dir).status).toBe(2);
}, 60_000);

test('audit writes JSON to stdout and an annotated copy to a new folder; the input is untouched', () => {
  const before = fs.readFileSync(path.join(dir, '决算.xlsx'));
  const r = juesuan(['audit', '决算.xlsx', '缺少的.xlsx', '--format', 'json', '--annotate', '输出/'], dir);
  expect(r.status).toBe(2);
  expect(r.stderr).toBe(''); // JSON mode: file-level errors are inside the JSON
  const report = JSON.parse(r.stdout) as { files: { file: string; error?: string; annotated?: string }[] };
  expect(report.files[1].error).toContain('无法读取 缺少的.xlsx：文件不存在');
  expect(report.files.map((f) => f.file)).toEqual(['决算.xlsx', '缺少的.xlsx']);
  expect(fs.existsSync(path.join(dir, '输出', '决算-审核.xlsx'))).toBe(true);
  expect(fs.readFileSync(path.join(dir, '决算.xlsx')).equals(before)).toBe(true);
}, 60_000);

test('the README’s `npx juesuan …` works in the repository right after npm ci (package.json bin → bin/juesuan.js)', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  expect(pkg.bin.juesuan).toBe('bin/juesuan.js');
  expect(fs.statSync(BIN).mode & 0o111).not.toBe(0);
  const npx = spawnSync('npx', ['--no-install', 'juesuan', 'rules', '--format', 'json'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, npm_config_update_notifier: 'false' } });
  expect(npx.status).toBe(0);
  // After npm ci the compiled lib/ runs, and `rules` reads the catalog the build generated: it
  // must say what the registry says.
  expect((JSON.parse(npx.stdout) as { rules: unknown[] }).rules).toEqual(summarizeRules(RULES));
  expect(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain('npx juesuan audit');
}, 60_000);

// `juesuan rules`: exactly the engine's registry, read at run time (the registry keeps growing),
// or the catalog the build generates from it.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { RULES } from '../../src/engine/rules';
import { readRuleCatalog, ruleSummaries, summarizeRules, writeRuleCatalog } from '../../src/cli/rule-catalog';
import { run } from './helpers/memory-io';

test('rules --format json lists exactly the engine RULES, in order', async () => {
  const r = await run(['rules', '--format', 'json']);
  expect(r.code).toBe(0);
  const parsed = JSON.parse(r.stdout) as { version: number; rules: Record<string, string>[] };
  expect(Object.keys(parsed).sort()).toEqual(['rules', 'version']);
  expect(parsed.version).toBe(1);
  expect(parsed.rules).toEqual(RULES.map((rule) => ({ code: rule.code, title: rule.title, severity: rule.severity, group: rule.group, description: rule.description })));
  for (const rule of parsed.rules) expect(Object.keys(rule)).toEqual(['code', 'title', 'severity', 'group', 'description']);
});

test('rules (text): per rule a line with code, severity word, group and title, an indented line with the description; then the count', async () => {
  const r = await run(['rules']);
  expect(r.code).toBe(0);
  const lines = r.stdout.trimEnd().split('\n');
  expect(lines).toHaveLength(2 * RULES.length + 1);
  RULES.forEach((rule, i) => {
    const [head, description] = [lines[2 * i], lines[2 * i + 1]];
    expect(head.startsWith(rule.code)).toBe(true);
    expect(head).toContain(rule.title);
    expect(head).toMatch(/ (错误|警告|提示) {2}(结构|表内|表间|绩效|说明) /);
    expect(description).toMatch(/^ +\S/);
    expect(description.trim()).toBe(rule.description);
  });
  expect(lines[2 * RULES.length]).toContain(`共 ${RULES.length} 条规则`);
});

describe('the rule catalog the build writes next to the compiled registry', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-catalog-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const touch = (file: string, seconds: number) => {
    if (!fs.existsSync(file)) fs.writeFileSync(file, '');
    fs.utimesSync(file, seconds, seconds);
  };

  test('read back exactly as the registry gives it, when at least as new as the registry', () => {
    touch(path.join(dir, 'index.js'), 1_000);
    writeRuleCatalog(RULES, dir);
    expect(readRuleCatalog(dir)).toEqual(summarizeRules(RULES));
    expect(ruleSummaries(dir)).toEqual(summarizeRules(RULES));
  });

  test('ignored when the registry was compiled after it (tsc run alone) or when it is missing', () => {
    writeRuleCatalog([RULES[0]], dir);
    touch(path.join(dir, 'rule-catalog.json'), 1_000);
    touch(path.join(dir, 'index.js'), 2_000);
    expect(readRuleCatalog(dir)).toBeUndefined();
    // The registry, not the stale one-rule catalog.
    expect(ruleSummaries(dir)).toEqual(summarizeRules(RULES));
    fs.rmSync(path.join(dir, 'rule-catalog.json'));
    expect(readRuleCatalog(dir)).toBeUndefined();
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../src/engine/rules';

const ROOT = join(__dirname, '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('README stays true', () => {
  it('lists every rule with its title', () => {
    const missing = RULES.filter((r) => !readme.includes(`| ${r.code} |`) || !readme.includes(r.title)).map((r) => r.code);
    expect(missing).toEqual([]);
  });

  it('gives the commands CI and users run', () => {
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm test');
    const ci = readFileSync(join(ROOT, '.ci/run'), 'utf8');
    expect(ci).toMatch(/^npm test$/m);
    const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
    for (const name of ['demo', 'test', 'bench', 'start', 'build', 'fixtures']) expect(scripts[name]).toBeDefined();
  });
});

// Both compiled engines in one process (node -r tsx/cjs), audits alternated — now, base, base, now…
// — so that a slower or faster spell of the machine (a shared VM here) falls on both alike.
// Prints each tree's lower quartile and median in milliseconds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsx } from '../../src/cli/read-xlsx';
import type { WorkbookSnapshot } from '../../src/engine/model/snapshot';

type Audit = (snapshot: WorkbookSnapshot) => unknown;

function load(lib: string): Audit {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- trees chosen at run time (the baseline)
  return (require(join(lib, 'engine', 'audit')) as { audit: Audit }).audit;
}

function ms(audit: Audit, snapshot: WorkbookSnapshot): number {
  const start = process.hrtime.bigint();
  audit(snapshot);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function main(): Promise<void> {
  const [nowLib, baseLib, file] = process.argv.slice(2);
  const now = load(nowLib);
  const base = load(baseLib);
  const snapshot = await readXlsx(new Uint8Array(readFileSync(file)), 'standard.xlsx');
  // Warmed as long as engine-child.ts warms a tree alone: V8 optimizes for a few hundred audits.
  for (let i = 0; i < 500; i++) {
    now(snapshot);
    base(snapshot);
  }
  const times = { now: [] as number[], base: [] as number[] };
  for (let i = 0; i < 400; i++) {
    // Alternate which goes first, so neither always runs right after the other's garbage.
    const order: ('now' | 'base')[] = i % 2 === 0 ? ['now', 'base'] : ['base', 'now'];
    for (const which of order) times[which].push(ms(which === 'now' ? now : base, snapshot));
  }
  const at = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * q)];
  process.stdout.write(JSON.stringify({ now: { q25: at(times.now, 0.25), median: at(times.now, 0.5) }, base: { q25: at(times.base, 0.25), median: at(times.base, 0.5) } }));
}

void main();

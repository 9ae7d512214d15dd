// One engine tree in its own process (node -r tsx/cjs): audits the standard workbook and its ×10
// warm and prints the median and fastest milliseconds. The engine timed is the tree's compiled
// one (tsc, as `juesuan` runs it), not its sources through tsx, whose on-the-fly transform adds
// a naming call to every function created at run time. Alone in its process, neither the other
// tree nor the bench's earlier sections share its heap, so their garbage is not collected on
// its clock.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsx } from '../../src/cli/read-xlsx';
import type { WorkbookSnapshot } from '../../src/engine/model/snapshot';

type Audit = (snapshot: WorkbookSnapshot) => unknown;

function samples(audit: Audit, snapshot: WorkbookSnapshot, warm: number, runs: number): number[] {
  for (let i = 0; i < warm; i++) audit(snapshot);
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    audit(snapshot);
    out.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return out.sort((a, b) => a - b);
}

async function main(): Promise<void> {
  const [lib, oneFile, tenFile] = process.argv.slice(2);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a tree chosen at run time (the baseline)
  const { audit } = require(join(lib, 'engine', 'audit')) as { audit: Audit };
  // The reader is not under test: both trees audit the same snapshots, read by the current one.
  const one = await readXlsx(new Uint8Array(readFileSync(oneFile)), 'standard.xlsx');
  const ten = await readXlsx(new Uint8Array(readFileSync(tenFile)), 'standard-x10.xlsx');
  const a = samples(audit, one, 100, 300);
  const b = samples(audit, ten, 3, 15);
  const median = (xs: number[]) => xs[Math.floor(xs.length / 2)];
  process.stdout.write(JSON.stringify({ one: median(a), oneFastest: a[0], ten: median(b) }));
}

void main();

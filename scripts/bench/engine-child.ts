// One engine tree in its own process (node -r tsx/cjs): audits the standard workbook and its ×10
// and prints, in milliseconds, the first audit, the early and the warm median and the fastest.
// The engine timed is the tree's compiled one (tsc, as `juesuan` runs it), not its sources
// through tsx, whose on-the-fly transform adds a naming call to every function created at run
// time. Alone in its process, neither the other tree nor the bench's earlier sections share its
// heap, so their garbage is not collected on its clock.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsx } from '../../src/cli/read-xlsx';
import type { WorkbookSnapshot } from '../../src/engine/model/snapshot';

type Audit = (snapshot: WorkbookSnapshot) => unknown;

/** Audits 0…steady-1 warm the engine up, steady…end-1 are timed; early…earlyEnd-1 are printed beside them. */
const WARM = { early: 100, earlyEnd: 400, steady: 500, end: 800 };

/** Milliseconds of each of `count` audits in a row, from the process's first. */
function series(audit: Audit, snapshot: WorkbookSnapshot, count: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = process.hrtime.bigint();
    audit(snapshot);
    out.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return out;
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => sorted(xs)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const [lib, oneFile, tenFile] = process.argv.slice(2);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a tree chosen at run time (the baseline)
  const { audit } = require(join(lib, 'engine', 'audit')) as { audit: Audit };
  // The reader is not under test: both trees audit the same snapshots, read by the current one.
  const one = await readXlsx(new Uint8Array(readFileSync(oneFile)), 'standard.xlsx');
  const ten = await readXlsx(new Uint8Array(readFileSync(tenFile)), 'standard-x10.xlsx');
  // V8 keeps optimizing for a few hundred audits (each rule runs once per audit): the median of
  // audits 100–400 is still ≈ 20 % above that of audits 500–800, after which it stays flat.
  // Warm means the latter; the earlier window and the very first audit are printed beside it.
  const a = series(audit, one, WARM.end);
  const b = series(audit, ten, 18).slice(3);
  const steady = a.slice(WARM.steady);
  process.stdout.write(JSON.stringify({ first: a[0], early: median(a.slice(WARM.early, WARM.earlyEnd)), one: median(steady), oneFastest: sorted(steady)[0], ten: median(b) }));
}

void main();

// Builds the .xlsx fixtures from the transcribed seed tables (test/data/seeds/**).
//   npx tsx scripts/build-fixtures.ts             → test/fixtures/seed-000.xlsx, seed-002.xlsx, seed-004.xlsx
//   npx tsx scripts/build-fixtures.ts --out DIR   → the same files into DIR
import * as path from 'path';
import { buildFixtures } from './fixtures/workbooks';

async function main(argv: string[]): Promise<void> {
  const i = argv.indexOf('--out');
  if (i >= 0 && !argv[i + 1]) throw new Error('--out needs a directory');
  const outDir = i >= 0 ? path.resolve(argv[i + 1]) : path.resolve(__dirname, '../test/fixtures');
  for (const file of await buildFixtures(outDir)) {
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});

import { readdirSync } from 'node:fs';
import { SHARDS } from '../../helpers/render-layouts/mutation-shard';

// Every shard has its file: otherwise some renderings' mutants would silently never run.
test('one test file per shard of the mutants × renderings cross product', () => {
  const files = readdirSync(__dirname).filter((f) => /^shard-\d+\.test\.ts$/.test(f));
  expect(files.sort()).toEqual(Array.from({ length: SHARDS }, (_, i) => `shard-${i + 1}.test.ts`).sort());
});

/**
 * numfmt (Excel number formats). Version 4.0.1 publishes its CommonJS build as dist/index.js
 * while its package.json points `require` at dist/index.cjs, which is not in the package: a
 * plain require('numfmt') fails under Node. Load it normally when that works, else from the
 * file that is there.
 */
import * as fs from 'fs';
import * as path from 'path';
import type * as Numfmt from 'numfmt/dist/index';

/* eslint-disable @typescript-eslint/no-require-imports -- the fallback loads a file path, which only require() can */
function load(): typeof Numfmt {
  try {
    return require('numfmt') as typeof Numfmt;
  } catch {
    const candidates = (require.resolve.paths('numfmt') ?? []).map((dir) => path.join(dir, 'numfmt', 'dist', 'index.js'));
    const found = candidates.find((file) => fs.existsSync(file));
    if (!found) throw new Error('numfmt is not installed');
    return require(found) as typeof Numfmt;
  }
}
/* eslint-enable @typescript-eslint/no-require-imports */

export const numfmt = load();

/**
 * Everything the browser tests and the demo serve, in one place:
 *   npx tsx test/e2e/build/build-assets.ts --out DIR [--typecheck]
 * writes the task pane (webpack) into DIR and the stub office.js and demo grid (esbuild) into
 * DIR/e2e/, then prints a JSON summary. The e2e test spawns this, so webpack runs in plain node
 * rather than inside jest's module sandbox.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { bundleForBrowser, DEMO_ENTRY, ROOT, STUB_ENTRY } from './bundle-browser';
import { buildTaskpane } from './build-taskpane';

/** Kept between runs (node_modules/.cache is where build tools keep theirs; git ignores it). */
const WEBPACK_CACHE = path.join(ROOT, 'node_modules/.cache/juesuan-e2e-webpack');

export interface BuiltAssets {
  dir: string;
  taskpane: string[];
  stub: string;
  demo: string;
  ms: number;
}

export async function buildAssets(outDir: string, options: { typecheck?: boolean } = {}): Promise<BuiltAssets> {
  const started = Date.now();
  const [taskpane, stub, demo] = await Promise.all([
    buildTaskpane(outDir, { transpileOnly: !options.typecheck, cacheDir: WEBPACK_CACHE }),
    bundleForBrowser(STUB_ENTRY),
    bundleForBrowser(DEMO_ENTRY),
  ]);
  const e2eDir = path.join(outDir, 'e2e');
  await mkdir(e2eDir, { recursive: true });
  await writeFile(path.join(e2eDir, 'office-stub.js'), stub);
  await writeFile(path.join(e2eDir, 'demo.js'), demo);
  return { dir: path.resolve(outDir), taskpane, stub: path.join(e2eDir, 'office-stub.js'), demo: path.join(e2eDir, 'demo.js'), ms: Date.now() - started };
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const i = argv.indexOf('--out');
  if (i < 0 || !argv[i + 1]) {
    console.error('usage: tsx test/e2e/build/build-assets.ts --out DIR [--typecheck]');
    process.exit(2);
  }
  buildAssets(argv[i + 1], { typecheck: argv.includes('--typecheck') }).then(
    (built) => console.log(JSON.stringify(built)),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}

/**
 * Bundles a browser entry of the e2e kit (the stub office.js, the demo grid) with esbuild, which
 * tsx brings along: one IIFE script, no imports left, no network needed at run time.
 */
import * as path from 'node:path';
import { build } from 'esbuild';

export const ROOT = path.resolve(__dirname, '../../..');

export async function bundleForBrowser(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [path.resolve(ROOT, entry)],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
    write: false,
    minify: false,
    legalComments: 'none',
    // The stub's default workbook is compiled in, so it loads without any request.
    loader: { '.xlsx': 'binary' },
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

export const STUB_ENTRY = 'test/e2e/office-stub/stub-entry.ts';
export const DEMO_ENTRY = 'test/e2e/demo/demo-entry.ts';

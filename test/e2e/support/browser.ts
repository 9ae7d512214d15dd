/**
 * Whether the browser tests run (describeInBrowser); the browser itself is offline-browser.ts,
 * which `npm run bench` uses too (outside jest).
 */
import { existsSync } from 'node:fs';
import { CHROMIUM, INSTALL_HINT } from './offline-browser';

export { CHROMIUM, INSTALL_HINT, launchOffline, type OfflineBrowser, type OfflineBrowserOptions } from './offline-browser';

let announced = false;

/**
 * Whether the browser tests run. Without Chromium on a developer's machine they are skipped,
 * with one line saying how to install it; in CI (CI=true, set by .ci/run) they always run, so a
 * missing browser fails there instead of passing silently.
 */
export function browserAvailable(env: NodeJS.ProcessEnv = process.env): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (env.CI === 'true' || env.CI === '1') return true;
  if (!announced) {
    announced = true;
    process.stderr.write(`跳过浏览器测试（test/e2e）：找不到 Chromium ${CHROMIUM}。${INSTALL_HINT}。\n`);
  }
  return false;
}

/** describe for a browser test file: skipped, with the one line above, when Chromium is missing outside CI. */
export const describeInBrowser: jest.Describe = browserAvailable() ? describe : describe.skip;

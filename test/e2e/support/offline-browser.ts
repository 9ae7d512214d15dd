/**
 * Headless Debian Chromium through playwright-core, offline: every request that is not to the
 * test's own 127.0.0.1 server is aborted and recorded, and office.js is answered with the stub.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** CHROMIUM_PATH overrides the Debian package's binary. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** How to get the browser, said once when it is missing. */
export const INSTALL_HINT = `安装 Debian 的 chromium 包（sudo apt-get install chromium），或用 CHROMIUM_PATH 指定 Chromium 可执行文件`;

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-component-update', '--disable-sync', '--disable-quic'];

export interface OfflineBrowser {
  context: BrowserContext;
  /** URLs of requests that left 127.0.0.1 and were aborted; the add-in must make none. */
  aborted: string[];
  /** Requests answered with the stub office.js. */
  stubbed: string[];
  close(): Promise<void>;
}

export interface OfflineBrowserOptions {
  /** The test server's origin ("http://127.0.0.1:PORT"); everything else is aborted. */
  origin: string;
  /** The stub office.js, served for any …/office-js/office.js on that origin. */
  stub: string;
  viewport?: { width: number; height: number };
}

export async function launchOffline(options: OfflineBrowserOptions): Promise<OfflineBrowser> {
  if (!existsSync(CHROMIUM)) throw new Error(`找不到 Chromium：${CHROMIUM}。端到端测试需要它：${INSTALL_HINT}。`);
  const profile = await mkdtemp(path.join(tmpdir(), 'juesuan-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: ARGS,
    headless: true,
    viewport: options.viewport ?? { width: 360, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    serviceWorkers: 'block',
  });
  // Generous: a busy machine loads the pane slowly; the assertions, not the waits, decide.
  context.setDefaultTimeout(30_000);
  const aborted: string[] = [];
  const stubbed: string[] = [];
  const origin = new URL(options.origin).origin;
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === origin && url.pathname.endsWith('/office-js/office.js')) {
      stubbed.push(url.href);
      await route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: options.stub });
    } else if (url.origin === origin) {
      await route.continue();
    } else {
      aborted.push(url.href);
      await route.abort('blockedbyclient');
    }
  });
  return {
    context,
    aborted,
    stubbed,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

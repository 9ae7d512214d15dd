/**
 * One task-pane session per browser test file: build the pane once, serve it on 127.0.0.1, launch
 * the offline Chromium; after each test nothing may have left 127.0.0.1 and no page may have thrown.
 * Call inside the file's describe; the hooks are registered there.
 */
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import type { BuiltAssets } from '../build/build-assets';
import { ROOT } from '../build/bundle-browser';
import type {} from '../office-stub/globals';
import { startStaticServer, type RunningServer, type StaticServerOptions } from '../server/static-server';
import { buildInChild } from './build-once';
import { launchOffline, type OfflineBrowser } from './browser';

export const SHOTS = path.join(ROOT, 'test-results/screenshots');
export const FIXTURES = path.join(ROOT, 'test/fixtures');

export interface PaneSessionOptions {
  /** Prefix of the temporary folder the pane is built into. */
  prefix: string;
  mounts?: StaticServerOptions['mounts'];
  routes?: StaticServerOptions['routes'];
  /** Writes more files into the served folder before the server starts. */
  prepare?: (outDir: string) => Promise<void>;
}

export interface PaneSession {
  readonly outDir: string;
  readonly server: RunningServer;
  readonly browser: OfflineBrowser;
  /** Errors thrown in any page; the afterEach hook requires none. */
  readonly pageErrors: string[];
  /** Opens `url` (server-relative) in a new page and waits until the test id `ready` shows. */
  open(url: string, ready: string, viewport?: { width: number; height: number }): Promise<Page>;
}

export function paneSession(options: PaneSessionOptions): PaneSession {
  let outDir: string | undefined;
  let built: BuiltAssets;
  let server: RunningServer | undefined;
  let browser: OfflineBrowser | undefined;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    outDir = await mkdtemp(path.join(tmpdir(), options.prefix));
    built = await buildInChild(outDir);
    await options.prepare?.(outDir);
    server = await startStaticServer({ root: outDir, mounts: options.mounts ?? {}, routes: options.routes ?? {} });
    browser = await launchOffline({ origin: server.origin, stub: await readFile(built.stub, 'utf8') });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  afterEach(() => {
    // The add-in must work with no network: nothing may have tried to leave 127.0.0.1.
    if (!browser) return; // beforeAll failed and said why; no second error here
    expect(browser.aborted).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  return {
    get outDir() {
      return outDir!;
    },
    get server() {
      return server!;
    },
    get browser() {
      return browser!;
    },
    pageErrors,
    async open(url, ready, viewport = { width: 360, height: 900 }) {
      const page = await browser!.context.newPage();
      await page.setViewportSize(viewport);
      page.on('pageerror', (error) => pageErrors.push(`${error.name}: ${error.message}`));
      // Under a full parallel test run the first load can be slow.
      await page.goto(`${server!.origin}${url}`, { timeout: 30_000 });
      try {
        await page.getByTestId(ready).waitFor({ state: 'visible', timeout: 30_000 });
      } catch (error) {
        const stubError = await page.evaluate(() => window.__juesuanStub?.error ?? (window.__juesuanStub ? null : 'the stub office.js did not run'));
        throw stubError ? new Error(`任务窗格没有启动：${stubError}`) : error;
      }
      return page;
    },
  };
}

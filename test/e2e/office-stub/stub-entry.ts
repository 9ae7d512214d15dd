/**
 * office.js for tests and the demo: `Office`, `Excel` and `OfficeExtension` from the strict
 * in-memory host (test/excel-host), bundled for the browser by build-stub.ts.
 *
 * Runs as a classic <script> in <head>, before the task pane's bundle, so the globals exist
 * synchronously; the workbook loads afterwards and `Office.onReady` waits for it, as real
 * office.js waits for Excel. The workbook is, in order:
 *   - the parent page's host, when the pane sits in the demo's iframe (one workbook, two views);
 *   - `window.__juesuanFixture` or `?fixture=` (a URL on the page's own origin);
 *   - the sample bundled into the stub (seed-004.xlsx), so nothing at all is fetched.
 * `window.__juesuanHost` is the host (page.evaluate(() => window.__juesuanHost.workbook …)).
 */
import { createExcelHost, type ExcelHost, WorkbookModel } from '../../excel-host';
import { loadXlsx } from '../../excel-host/load-xlsx';
import sample from '../../fixtures/seed-004.xlsx';
import type { StubInfo } from './globals';

type OfficeLike = ExcelHost['Office'];

/** The demo page's host, when this page is its iframe (same origin) and it has one. */
function parentStub(): { host: ExcelHost; stub: StubInfo } | null {
  try {
    if (window.parent === window) return null;
    const { __juesuanHost: host, __juesuanStub: stub } = window.parent;
    return host && stub ? { host, stub } : null;
  } catch {
    return null; // another origin: not the demo
  }
}

function setting(globalValue: string | undefined, param: string): string | undefined {
  return globalValue ?? new URLSearchParams(window.location.search).get(param) ?? undefined;
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const target = new URL(url, window.location.href);
  if (target.origin !== window.location.origin) throw new Error(`stub office.js loads workbooks from this origin only, not ${target.href}`);
  const response = await fetch(target.href);
  if (!response.ok) throw new Error(`stub office.js: ${target.href} → HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

function start(): { host: ExcelHost; stub: StubInfo } {
  const shared = parentStub();
  if (shared) return { host: shared.host, stub: { source: 'parent', ready: shared.stub.ready } };
  const apiVersion = setting(window.__juesuanApiVersion, 'api');
  // The model is swapped in when loaded; nothing may touch it before onReady.
  const host = createExcelHost(new WorkbookModel(), apiVersion ? { apiVersion } : {});
  const fixture = setting(window.__juesuanFixture, 'fixture');
  const stub: StubInfo = { source: fixture ?? 'bundled seed-004.xlsx', ready: Promise.resolve(host) };
  stub.ready = (fixture ? fetchBytes(fixture) : Promise.resolve(sample))
    .then(loadXlsx)
    .then((model) => {
      host.workbook = model;
      host.resetCounters(); // count only the add-in's syncs
      return host;
    })
    .catch((error: unknown) => {
      stub.error = error instanceof Error ? error.message : String(error);
      console.error('stub office.js:', error);
      throw error;
    });
  return { host, stub };
}

const { host, stub } = start();

/** Office.onReady as office.js has it: a promise, and an optional callback, once Excel is there. */
const office: OfficeLike = {
  ...host.Office,
  onReady(callback?: Parameters<OfficeLike['onReady']>[0]) {
    return stub.ready.then(() => host.Office.onReady(callback));
  },
};

Object.assign(window, { Office: office, Excel: host.Excel, OfficeExtension: host.OfficeExtension, __juesuanHost: host, __juesuanStub: stub });

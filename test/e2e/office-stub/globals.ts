/**
 * What the stub office.js (and the demo page) put on `window`, for the page's own code and for
 * tests that inspect the in-memory workbook with page.evaluate.
 */
import type { ExcelHost } from '../../excel-host';

export interface StubInfo {
  /** Where the workbook came from: a URL, "parent" (the demo's iframe) or "bundled seed-004.xlsx". */
  source: string;
  /** Resolves with the host once the workbook is loaded (Office.onReady waits for it). */
  ready: Promise<ExcelHost>;
  /** Set when loading the workbook failed, so a test can report why the pane never started. */
  error?: string;
}

declare global {
  interface Window {
    /** The in-memory Excel the stub office.js delegates to. */
    __juesuanHost?: ExcelHost;
    __juesuanStub?: StubInfo;
    /** Set before the stub runs to load another workbook (same origin); else ?fixture=… */
    __juesuanFixture?: string;
    /** ExcelApi version the host claims (default 1.20); else ?api=… */
    __juesuanApiVersion?: string;
  }
}

/**
 * The demo page's script (demo.html): draws the stub host's workbook next to the real task pane,
 * which runs in an iframe whose stub office.js binds to this page's host (one workbook, two views).
 * Redraws after every sync the pane makes.
 */
import { renderWorkbook, type GridState } from './grid-view';
import type {} from '../office-stub/globals';

function main(): void {
  const root = document.getElementById('workbook');
  const stub = window.__juesuanStub;
  const host = window.__juesuanHost;
  if (!root || !stub || !host) throw new Error('demo.html must load the stub office.js before demo.js');
  const state: GridState = { shown: null, lastActive: null };
  let drawn = -1;
  let model = host.workbook;
  const draw = () => {
    if (host.syncCount === drawn && host.workbook === model) return;
    drawn = host.syncCount;
    model = host.workbook;
    renderWorkbook(root, host.workbook, state, host.syncCount);
    document.body.dataset.syncs = String(host.syncCount);
  };
  stub.ready.then(
    () => {
      drawn = -1;
      draw();
      document.body.dataset.ready = 'true';
      // The host has no events; a cheap poll of its sync counter is enough for a demo.
      setInterval(draw, 150);
    },
    (error: unknown) => {
      root.textContent = `无法加载工作簿：${error instanceof Error ? error.message : String(error)}`;
    },
  );
}

main();

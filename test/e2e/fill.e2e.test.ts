/**
 * End-to-end: 填充 in the real task pane (webpack build) in headless Chromium against the strict
 * in-memory Excel behind the stub office.js. Seed 000 with its derived cells emptied except the
 * wrong 总分 96.76: the preview lists every cell to write and the conflict; 确认写入 writes the
 * formulas and leaves 96.76; 撤销填充 puts every cell back exactly; replacing the conflict works too.
 *
 * @jest-environment node
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { fillChangePlan } from '../../src/engine/fill';
import { blankedFixture, planOf } from '../cli/fill-helpers';
import type { BuiltAssets } from './build/build-assets';
import type {} from './office-stub/globals';
import { startStaticServer, type RunningServer } from './server/static-server';
import { buildInChild } from './support/build-once';
import { CHROMIUM, launchOffline, type OfflineBrowser } from './support/browser';

jest.setTimeout(60_000);

let outDir: string;
let built: BuiltAssets;
let server: RunningServer;
let browser: OfflineBrowser;
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`找不到 Chromium：${CHROMIUM}。端到端测试需要 Debian 的 chromium 包，或用 CHROMIUM_PATH 指定。`);
  outDir = await mkdtemp(path.join(tmpdir(), 'juesuan-fill-e2e-'));
  built = await buildInChild(outDir);
  const { bytes } = await blankedFixture('seed-000.xlsx', (wb) => {
    wb.getWorksheet('绩效自评表')!.getCell('H21').value = 96.76;
  });
  await writeFile(path.join(outDir, 'fill-000.xlsx'), bytes);
  server = await startStaticServer({ root: outDir, mounts: {}, routes: {} });
  browser = await launchOffline({ origin: server.origin, stub: await readFile(built.stub, 'utf8') });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

afterEach(() => {
  expect(browser.aborted).toEqual([]);
  expect(pageErrors).toEqual([]);
});

async function openPane(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 360, height: 900 });
  page.on('pageerror', (error) => pageErrors.push(`${error.name}: ${error.message}`));
  await page.goto(`${server.origin}/taskpane.html?fixture=/fill-000.xlsx`);
  await page.getByTestId('fill-preview').waitFor({ state: 'visible', timeout: 15_000 });
  return page;
}

/** Every cell of the host's workbook: value, formula, number format. */
function dump(page: Page): Promise<string> {
  return page.evaluate(() =>
    JSON.stringify(window.__juesuanHost!.workbook.sheets.map((s) => [s.name, [...s.rows].map(([r, cols]) => [r, [...cols].map(([c, cell]) => [c, cell.value, cell.formula ?? null, cell.numberFormat ?? null])])])),
  );
}

function cell(page: Page, a1: string): Promise<{ value: unknown; formula: string | null }> {
  return page.evaluate((a) => {
    const c = window.__juesuanHost!.workbook.sheet('绩效自评表').cell(a);
    return { value: c.value, formula: c.formula ?? null };
  }, a1);
}

test('填充: preview, 确认写入, 撤销填充 restores every cell exactly; a conflict replaced on request', async () => {
  const expected = await planOf(await readFile(path.join(outDir, 'fill-000.xlsx')));
  const empties = expected.items.filter((i) => i.status === 'empty');
  expect(empties.map((i) => i.cell).sort()).toEqual(['G7', 'G8', 'H7', 'H8', 'I21', 'I7', 'I8']);
  const page = await openPane();
  const before = await dump(page);

  await page.getByTestId('fill-preview').click();
  await page.getByTestId('fill-preview-list').waitFor({ timeout: 15_000 });
  const rows = page.getByTestId('fill-row');
  expect(await rows.count()).toBe(empties.length + 1);
  const conflict = page.locator('[data-testid="fill-row"][data-cell="绩效自评表!H21"]');
  await expect(conflict.innerText()).resolves.toMatch(/96\.76 → 94\.56[\s\S]*冲突[\s\S]*=ROUND\(SUM\(I12:I20,I7\),2\)/);
  await expect(page.locator('[data-testid="fill-row"][data-cell="绩效自评表!H7"]').innerText()).resolves.toMatch(/（空） → 77\.58%[\s\S]*=IF\(E7=0,"",ROUND\(F7\/E7\*100,2\)\)/);
  // Nothing is written before the confirmation.
  expect(await dump(page)).toEqual(before);

  const syncs = await page.evaluate(() => window.__juesuanHost!.syncCount);
  await page.getByTestId('fill-confirm').click();
  await page.getByTestId('fill-undo').waitFor({ timeout: 15_000 });
  expect((await page.evaluate(() => window.__juesuanHost!.syncCount)) - syncs).toBe(2);
  for (const w of fillChangePlan(expected).writes!) expect([w.cell, (await cell(page, w.cell)).formula]).toEqual([w.cell, w.formula]);
  expect(await cell(page, 'H21')).toEqual({ value: 96.76, formula: null });

  await page.getByTestId('fill-undo').click();
  await page.getByTestId('fill-message').filter({ hasText: '已撤销填充' }).waitFor({ timeout: 15_000 });
  expect(await dump(page)).toEqual(before);

  // Replace the conflict explicitly, write, and undo again.
  await page.getByTestId('fill-preview').click();
  await page.getByTestId('fill-replace-all').click();
  await expect(page.getByTestId('fill-confirm').innerText()).resolves.toContain(`（${empties.length + 1}）`);
  await page.getByTestId('fill-confirm').click();
  await page.getByTestId('fill-undo').waitFor({ timeout: 15_000 });
  expect((await cell(page, 'H21')).formula).toBe('=ROUND(SUM(I12:I20,I7),2)');
  await page.getByTestId('fill-undo').click();
  await page.getByTestId('fill-message').filter({ hasText: '已撤销填充' }).waitFor({ timeout: 15_000 });
  expect(await dump(page)).toEqual(before);
});

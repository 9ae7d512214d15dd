/**
 * End-to-end: 填充 in the real task pane (webpack build) in headless Chromium against the strict
 * in-memory Excel behind the stub office.js. Seed 000 with its derived cells emptied except the
 * wrong 总分 96.76: the preview lists every cell to write and the conflict; 确认写入 writes the
 * formulas and leaves 96.76; 撤销填充 puts every cell back exactly; replacing the conflict works too.
 *
 * @jest-environment node
 */
import { readFile, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { fillChangePlan } from '../../src/engine/fill';
import { blankedFixture, planOf } from '../cli/fill-helpers';
import type {} from './office-stub/globals';
import { describeInBrowser } from './support/browser';
import { paneSession } from './support/pane-session';

jest.setTimeout(60_000);

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

describeInBrowser('填充 in the task pane (e2e)', () => {
  const pane = paneSession({
    prefix: 'juesuan-fill-e2e-',
    prepare: async (outDir) => {
      const { bytes } = await blankedFixture('seed-000.xlsx', (wb) => {
        wb.getWorksheet('绩效自评表')!.getCell('H21').value = 96.76;
      });
      await writeFile(path.join(outDir, 'fill-000.xlsx'), bytes);
    },
  });
  const openPane = (): Promise<Page> => pane.open('/taskpane.html?fixture=/fill-000.xlsx', 'fill-preview');

  test('填充: preview, 确认写入, 撤销填充 restores every cell exactly; a conflict replaced on request', async () => {
    const expected = await planOf(await readFile(path.join(pane.outDir, 'fill-000.xlsx')));
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
});

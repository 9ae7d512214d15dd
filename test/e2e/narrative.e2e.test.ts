/**
 * End-to-end: 生成情况说明 and 检查情况说明 in the real task pane (headless Chromium, the stub
 * office.js over the strict in-memory Excel), on the bundled seed-004 workbook.
 *
 * @jest-environment node
 */
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import type {} from './office-stub/globals';
import { describeInBrowser } from './support/browser';
import { FIXTURES, paneSession, SHOTS, type PaneSession } from './support/pane-session';

jest.setTimeout(60_000);

let pane: PaneSession;

const openPane = (): Promise<Page> => pane.open('/taskpane.html', 'narrative-generate', { width: 360, height: 1000 });

/** The cells of a sheet of the host's workbook that have a fill: “A12 #FFC7CE”. */
function filledCells(page: Page, sheet: string): Promise<string[]> {
  return page.evaluate((name) => {
    const ws = window.__juesuanHost!.workbook.sheets.find((s) => s.name === name);
    if (!ws) return [];
    const out: string[] = [];
    for (const [row, cols] of ws.rows) for (const [col, cell] of cols) if (cell.fill) out.push(`${String.fromCharCode(65 + col)}${row + 1} ${cell.fill}`);
    return out;
  }, sheet);
}

/** Column A of a sheet of the host's workbook: the value and formula of each row. */
function columnA(page: Page, sheet: string): Promise<Array<{ value: unknown; formula: string | null }>> {
  return page.evaluate((name) => {
    const ws = window.__juesuanHost!.workbook.sheets.find((s) => s.name === name);
    if (!ws) return [];
    const out: Array<{ value: unknown; formula: string | null }> = [];
    for (const [row, cols] of [...ws.rows].sort((a, b) => a[0] - b[0])) {
      const cell = cols.get(0);
      if (cell) out[row] = { value: cell.value ?? null, formula: cell.formula ?? null };
    }
    return out.filter(Boolean);
  }, sheet);
}

describeInBrowser('情况说明 in the task pane (e2e)', () => {
  pane = paneSession({ prefix: 'juesuan-e2e-narrative-', mounts: { '/fixtures/': FIXTURES } });

  test('生成 (live formulas): preview, then 写入 adds 情况说明 and 情况说明数据; the tables are untouched', async () => {
    const page = await openPane();
    const sheetsBefore = await page.evaluate(() => window.__juesuanHost!.workbook.sheets.map((s) => s.name));
    await page.getByTestId('narrative-generate').click();
    await page.getByTestId('narrative-preview').waitFor({ timeout: 20_000 });
    const preview = await page.getByTestId('narrative-preview').innerText();
    expect(preview).toContain('山西格式');
    expect(preview).toContain('社会保障和就业支出（类）389.81万元，占比90.61%');
    expect(preview).toContain('【请填写：上年收入总计】');
    await page.screenshot({ path: path.join(SHOTS, 'narrative-preview.png') });
    await page.getByTestId('narrative-write').click();
    await expect(page.getByTestId('narrative-message').innerText()).resolves.toContain('已写入工作表“情况说明”“情况说明数据”');
    const sheetsAfter = await page.evaluate(() => window.__juesuanHost!.workbook.sheets.map((s) => s.name));
    expect(sheetsAfter).toEqual([...sheetsBefore, '情况说明', '情况说明数据']);
    const rows = await columnA(page, '情况说明');
    expect(rows.filter((r) => r.formula?.startsWith('=')).length).toBeGreaterThan(10);
    expect(rows.some((r) => r.formula?.includes('FIXED(') && r.formula.includes("'决算公开表'!"))).toBe(true);
  });

  test('生成 as 纯文字, then 检查: the placeholders are reported and a finding jumps to its narrative cell', async () => {
    const page = await openPane();
    await page.getByTestId('narrative-static').click();
    await page.getByTestId('narrative-generate').click();
    await page.getByTestId('narrative-write').click();
    await page.getByTestId('narrative-message').waitFor();
    const rows = await columnA(page, '情况说明');
    expect(rows.some((r) => typeof r.value === 'string' && r.value.includes('与上年相比，收入总计【请填写：上年收入总计】'))).toBe(true);
    expect(await filledCells(page, '情况说明')).toEqual([]);
    await page.getByTestId('narrative-check').click();
    await page.getByText(/已在工作簿中标出/).waitFor({ timeout: 20_000 });
    await expect(page.getByTestId('narrative-message').innerText()).resolves.toMatch(/情况说明：\d+ 个问题，已在工作簿中标出/);
    // A reason left as 【请填写：…原因】 is S-6's placeholder finding (one root cause, one finding).
    expect(await page.locator('[data-testid="narrative-finding"][data-code="N-REASON-1"]').count()).toBe(0);
    const reason = page.locator('[data-testid="narrative-finding"][data-code="S-6"]').first();
    await reason.waitFor({ timeout: 10_000 });
    // The narrative cells of the findings are coloured as 一键审核 colours its cells (warnings in yellow), with our notes.
    const marked = await filledCells(page, '情况说明');
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every((c) => / #[0-9A-F]{6}$/i.test(c))).toBe(true);
    const notes = await page.evaluate(() => window.__juesuanHost!.workbook.notes.filter((n) => n.sheet.name === '情况说明').map((n) => n.content));
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.every((n) => n.startsWith('【决算助手】'))).toBe(true);
    await reason.click();
    await page.waitForFunction(() => window.__juesuanHost!.workbook.selection?.sheet.name === '情况说明', undefined, { timeout: 10_000 });
    await page.screenshot({ path: path.join(SHOTS, 'narrative-check.png') });
    // 清除标记 restores the cells: no fill, no note of ours.
    await page.getByTestId('clear-marks').click();
    await page.waitForFunction(() => window.__juesuanHost!.workbook.notes.every((n) => n.sheet.name !== '情况说明'), undefined, { timeout: 20_000 });
    expect(await filledCells(page, '情况说明')).toEqual([]);
  });
});

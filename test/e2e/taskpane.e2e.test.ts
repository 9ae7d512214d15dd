/**
 * End-to-end: the real task pane (webpack build of src/taskpane) in headless Debian Chromium,
 * its office.js answered by the stub that delegates to the strict in-memory Excel
 * (test/e2e/office-stub). Clicks through an audit and checks what the pane shows and what the
 * workbook now holds; every request that leaves 127.0.0.1 is aborted and must not happen.
 *
 *   npx jest test/e2e                 (screenshots in test-results/screenshots/)
 *
 * Needs /usr/bin/chromium (or CHROMIUM_PATH). Without it the tests are skipped with one line saying
 * how to install it, except in CI (CI=true), where they run and fail.
 *
 * @jest-environment node
 */
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { EXPLAINED_FILL, NOTE_PREFIX, SEVERITY_FILL } from '../../src/engine/plan/colors';
import { ROOT } from './build/bundle-browser';
import type {} from './office-stub/globals';
import { timedAudit } from './support/audit-timing';
import { describeInBrowser } from './support/browser';
import { FIXTURES, paneSession, SHOTS, type PaneSession } from './support/pane-session';

const DEMO_HTML = path.join(ROOT, 'test/e2e/demo/demo.html');

jest.setTimeout(30_000);

let pane: PaneSession;

const openPane = (query = '', viewport = { width: 360, height: 900 }): Promise<Page> => pane.open(`/taskpane.html${query}`, 'audit-button', viewport);

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

/** Every fill and every note in the host's workbook: what the audit may change and clearing must restore. */
function dumpMarks(page: Page): Promise<{ fills: Record<string, string>; notes: Record<string, string> }> {
  return page.evaluate(() => {
    const book = window.__juesuanHost!.workbook;
    const fills: Record<string, string> = {};
    for (const sheet of book.sheets) {
      for (const [row, cols] of sheet.rows) for (const [col, cell] of cols) if (cell.fill) fills[`${sheet.name}!R${row + 1}C${col + 1}`] = cell.fill;
    }
    const notes: Record<string, string> = {};
    for (const n of book.notes) notes[`${n.sheet.name}!R${n.row + 1}C${n.col + 1}`] = n.content;
    return { fills, notes };
  });
}

/** A cell of the host's workbook: its fill and its note. */
function cellMarks(page: Page, sheet: string, a1: string): Promise<{ fill: string | null; note: string | null }> {
  return page.evaluate(
    ([s, a]) => {
      const book = window.__juesuanHost!.workbook;
      return { fill: book.sheet(s).cell(a).fill ?? null, note: book.notesOn(s)[a] ?? null };
    },
    [sheet, a1] as const,
  );
}

function selection(page: Page): Promise<{ sheet: string; top: number; left: number; bottom: number; right: number } | null> {
  return page.evaluate(() => {
    const sel = window.__juesuanHost!.workbook.selection;
    return sel ? { sheet: sel.sheet.name, ...sel.rect } : null;
  });
}

const syncCount = (page: Page) => page.evaluate(() => window.__juesuanHost!.syncCount);

async function audit(page: Page): Promise<void> {
  await page.getByTestId('audit-button').click();
  await page.getByTestId('summary').waitFor({ timeout: 20_000 });
  // The first page of findings shows at once, the rest a frame later.
  await page.locator('[data-testid="findings-panel"][data-complete="true"]').waitFor({ timeout: 20_000 });
}

async function statusText(page: Page, intent: 'success' | 'error'): Promise<string> {
  const bar = page.locator(`[data-testid="message-bar"][data-intent="${intent}"]`);
  await bar.waitFor({ timeout: 10_000 });
  return (await bar.innerText()).trim();
}

const byCode = (page: Page, code: string) => page.locator(`[data-testid="finding-item"][data-code="${code}"]`);

describeInBrowser('task pane in Chromium against the in-memory Excel (e2e)', () => {
  pane = paneSession({ prefix: 'juesuan-e2e-', mounts: { '/fixtures/': FIXTURES }, routes: { '/demo.html': { file: DEMO_HTML } } });

  test('seed-004 (the bundled sample): audit, jump to a cell, explain, clear, export', async () => {
    const page = await openPane();
    expect(pane.browser.stubbed.length).toBeGreaterThan(0); // office.js was the stub, not Microsoft's
    const before = await dumpMarks(page);
    const syncsBefore = await syncCount(page);

    // The pane marks click → engine finished → results rendered (`npm run bench` prints the times);
    // the results are listed as soon as the engine is done, while the cells are being marked.
    const times = await timedAudit(page);
    expect(times.clickToEngine).toBeGreaterThanOrEqual(0);
    expect(times.engineToRendered).toBeGreaterThanOrEqual(0);
    expect(times.clickToResults).toBeCloseTo(times.clickToEngine + times.engineToRendered, 3);
    expect(times.findings).toBeGreaterThan(0);
    await page.getByTestId('summary').waitFor();
    // Read in 2 syncs, mark in 2: a fixed number, never one per cell or per finding.
    expect((await syncCount(page)) - syncsBefore).toBeLessThanOrEqual(4);

    // The pane: PE-9 (全年预算数 = 执行数 < 年初预算) warnings and T01 尾差 items.
    await expect(page.getByTestId('summary').innerText()).resolves.toMatch(/警告 \d+/);
    const pe9 = byCode(page, 'PE-9');
    expect(await pe9.count()).toBeGreaterThanOrEqual(2);
    expect(new Set(await pe9.evaluateAll((items) => items.map((i) => i.getAttribute('data-category'))))).toEqual(new Set(['warning']));
    // T01-8 (the 总表 class names, info) is not a 尾差; the identities T01-1…T01-7 of seed 004 are.
    const t01 = page.locator('[data-testid="finding-item"][data-code^="T01-"]:not([data-code="T01-8"])');
    expect(await t01.count()).toBeGreaterThanOrEqual(1);
    expect(new Set(await t01.evaluateAll((items) => items.map((i) => i.getAttribute('data-category'))))).toEqual(new Set(['rounding']));
    await expect(page.getByTestId('summary-rounding').innerText()).resolves.toMatch(/尾差 [1-9]/);

    // The workbook: PE-9's cell in the warning colour, T01-1's total in the info (尾差) colour, with our notes.
    const e7 = await cellMarks(page, '自评表1', 'E7');
    expect(e7.fill).toBe(SEVERITY_FILL.warning);
    expect(e7.note?.startsWith(NOTE_PREFIX)).toBe(true);
    expect(e7.note).toContain('PE-9');
    const c33 = await cellMarks(page, '决算公开表', 'C33');
    expect(c33.fill).toBe(SEVERITY_FILL.info);
    expect(c33.note).toMatch(/^【决算助手】[\s\S]*尾差[\s\S]*T01-1/);
    await shot(page, 'seed-004-1-after-audit');

    // 选中: clicking a finding activates its sheet and selects its cell.
    const s4 = byCode(page, 'S-4').first();
    await s4.getByTestId('finding-select').click();
    await page.waitForFunction(() => window.__juesuanHost!.workbook.selection?.sheet.name === '自评表1');
    expect(await selection(page)).toEqual({ sheet: '自评表1', top: 3, left: 7, bottom: 3, right: 7 }); // H4
    // A finding on several cells (PE-9 on 自评表2: E7, F7, D7, D20) selects them all (RangeAreas).
    await pe9.filter({ hasText: '自评表2' }).first().getByTestId('finding-select').click();
    await page.waitForFunction(() => window.__juesuanHost!.workbook.selection?.sheet.name === '自评表2');
    expect(await selection(page)).toMatchObject({ sheet: '自评表2', top: 6, left: 4 }); // E7 first
    expect(await page.locator('[data-testid="message-bar"][data-intent="error"]').count()).toBe(0);
    await shot(page, 'seed-004-2-after-select');

    // 出错说明: explaining S-4 (its only cell is H4) turns that cell green and the item 已说明.
    await s4.getByTestId('explain-button').click();
    await s4.getByTestId('explain-text').fill('本单位编码 144001 为下属单位，已与财政核对。');
    await s4.getByTestId('explain-save').click();
    await page.locator('[data-testid="finding-item"][data-code="S-4"][data-explained="true"]').waitFor();
    expect((await cellMarks(page, '自评表1', 'H4')).fill).toBe(EXPLAINED_FILL);

    // The summary badges filter: only warnings, and the section title says how many are shown.
    await page.getByTestId('summary-warning').click();
    await expect(page.getByTestId('section-findings').innerText()).resolves.toMatch(/^审核结果（警告 \d+ \/ 共 \d+）$/);
    const shown = await page.getByTestId('finding-item').evaluateAll((items) => items.map((i) => i.getAttribute('data-category')));
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set(['warning']));
    await page.getByTestId('summary-warning').click();

    // 清除标记: every fill exactly as before the audit, none of our notes left.
    await page.getByTestId('clear-marks').click();
    expect(await statusText(page, 'success')).toMatch(/已恢复 \d+ 个单元格，删除 \d+ 条批注/);
    // The list stays, marked as stale, with 重新审核.
    await page.getByTestId('stale-results').waitFor();
    expect(await page.getByTestId('stale-results-reaudit').innerText()).toBe('重新审核');
    const after = await dumpMarks(page);
    expect(after.fills).toEqual(before.fills);
    expect(Object.values(after.notes).filter((n) => n.startsWith(NOTE_PREFIX))).toEqual([]);
    expect(after.notes).toEqual(before.notes);
    await shot(page, 'seed-004-3-after-clear');

    // 导出审核报告: a new sheet with links to the cells.
    await page.getByTestId('export-report').click();
    expect(await statusText(page, 'success')).toContain('审核报告');
    const report = await page.evaluate(() => {
      const book = window.__juesuanHost!.workbook;
      const sheet = book.findSheet('审核报告');
      if (!sheet) return null;
      const links: string[] = [];
      for (const cols of sheet.rows.values()) for (const cell of cols.values()) if (cell.hyperlink?.documentReference) links.push(cell.hyperlink.documentReference);
      return { active: book.activeSheet?.name, title: sheet.cell('A1').value, links };
    });
    expect(report).not.toBeNull();
    expect(report!.active).toBe('审核报告');
    expect(report!.title).toBe('决算助手审核报告');
    expect(report!.links).toEqual(expect.arrayContaining(["'自评表1'!E7"]));
    await shot(page, 'seed-004-4-after-export');
    await page.close();
  });

  test('seed-000 (fetched from the server): PE-7 总分 error, error filter, mapping correction', async () => {
    const page = await openPane('?fixture=/fixtures/seed-000.xlsx');
    await audit(page);
    const pe7 = byCode(page, 'PE-7');
    expect(await pe7.count()).toBe(1);
    expect(await pe7.getAttribute('data-category')).toBe('error');
    await expect(page.getByTestId('summary-error').innerText()).resolves.toMatch(/错误 [1-9]/);
    const h21 = await cellMarks(page, '绩效自评表', 'H21');
    expect(h21.fill).toBe(SEVERITY_FILL.error);
    expect(h21.note).toMatch(/^【决算助手】[\s\S]*PE-7/);

    await page.getByTestId('summary-error').click();
    const shown = await page.getByTestId('finding-item').evaluateAll((items) => items.map((i) => i.getAttribute('data-category')));
    expect(new Set(shown)).toEqual(new Set(['error']));
    await shot(page, 'seed-000-after-audit-errors');

    // 更正识别: the correction is saved in the workbook (custom XML) and the next audit reads it back.
    await page.getByTestId('section-recognition').click();
    await page.getByTestId('mapping-sheet').selectOption('公开05表');
    await page.getByTestId('mapping-table').selectOption('T05');
    await page.getByTestId('mapping-save').click();
    await page.getByTestId('mapping-hint').waitFor();
    expect(await page.evaluate(() => window.__juesuanHost!.workbook.customXmlParts.some((p) => p.xml.includes('公开05表')))).toBe(true);
    await page.getByTestId('reaudit-button').click();
    await page.getByTestId('mapping-hint').waitFor({ state: 'detached' });
    // The pane lists results first and the sections a frame later: wait for the list, then read it.
    await page.getByTestId('override-item').first().waitFor({ timeout: 15_000 });
    await expect(page.getByTestId('override-item').allInnerTexts()).resolves.toEqual([expect.stringMatching(/^公开05表（整张工作表）\s*→ T05/)]);
    expect(await page.locator('[data-testid="recognized-table"][data-sheet="公开05表"]').getAttribute('data-table')).toBe('T05');
    // After 重新审核 the saved correction says it was applied.
    expect(await page.getByTestId('override-status').getAttribute('data-applied')).toBe('true');
    expect(await page.getByTestId('override-status').innerText()).toMatch(/^已生效：公开05表 /);
    await page.close();
  });

  /** Tokens (amounts, rates, addresses, figures) drawn on more than one line, and the widest overflow. */
  function splitTokens(page: Page): Promise<{ split: string[]; measured: number; overflow: number }> {
    return page.evaluate(() => {
      const split: string[] = [];
      let measured = 0;
      for (const el of document.querySelectorAll<HTMLElement>('[data-token]')) {
        const lines = new Set([...el.getClientRects()].map((r) => Math.round(r.top)));
        if (lines.size === 0) continue; // inside a closed fold: not drawn
        measured++;
        if (lines.size > 1) split.push(el.textContent ?? '');
      }
      return { split, measured, overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth };
    });
  }

  test.each([
    ['seed-000', '?fixture=/fixtures/seed-000.xlsx'],
    ['seed-002', '?fixture=/fixtures/seed-002.xlsx'],
    ['seed-004', ''],
  ])('%s at 320 px: the important first, 尾差 folded, no amount or address split across lines', async (name, query) => {
    const page = await openPane(query, { width: 320, height: 1400 });
    await audit(page);
    await shot(page, `${name}-320-after-audit`);
    // The first finding shown is the most important one there is.
    const rank = { error: 0, warning: 1, info: 2, rounding: 3 } as const;
    const visible = await page.locator('[data-testid="finding-item"]:visible').evaluateAll((items) => items.map((i) => i.getAttribute('data-category')));
    const all = await page.getByTestId('finding-item').evaluateAll((items) => items.map((i) => i.getAttribute('data-category')));
    const worst = Math.min(...all.map((c) => rank[c as keyof typeof rank]));
    if (visible.length > 0) expect(rank[visible[0] as keyof typeof rank]).toBe(worst);
    // 尾差 are folded into one line per table until opened.
    expect(visible).not.toContain('rounding');
    const folds = page.getByTestId('rounding-fold-summary');
    for (const text of await folds.allInnerTexts()) expect(text).toMatch(/^尾差 \d+ 项，均在允许范围内 ▸$/);
    let check = await splitTokens(page);
    expect(check.split).toEqual([]);
    expect(check.overflow).toBeLessThanOrEqual(0);
    // Everything opened (every fold, the recognition list): still nothing split, nothing wider than the pane.
    for (const summary of await folds.all()) await summary.click();
    await page.getByTestId('section-recognition').click();
    check = await splitTokens(page);
    expect(check.measured).toBeGreaterThan(0);
    expect(check.split).toEqual([]);
    expect(check.overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(SHOTS, `${name}-320-all-open.png`), fullPage: true });
    await page.close();
  });

  test('demo page: workbook grid beside the pane, one host for both', async () => {
    const page = await pane.browser.context.newPage();
    page.on('pageerror', (error) => pane.pageErrors.push(`demo: ${error.name}: ${error.message}`));
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${pane.server.origin}/demo.html`, { timeout: 30_000 });
    await page.locator('body[data-ready="true"]').waitFor({ timeout: 15_000 });
    const frame = page.frameLocator('#pane');
    await frame.getByTestId('audit-button').click();
    await frame.getByTestId('summary').waitFor({ timeout: 20_000 });
    // The grid redraws after the pane's syncs: flagged cells show their fill.
    await page.waitForFunction((color) => [...document.querySelectorAll<HTMLElement>('#workbook td')].some((td) => td.style.background !== '' && getComputedStyle(td).backgroundColor === color), 'rgb(221, 235, 247)');
    // Jumping to a finding switches the grid to its sheet and outlines the cell.
    await frame.locator('[data-testid="finding-item"][data-code="PE-9"]').first().getByTestId('finding-select').click();
    await page.locator('#workbook .tab.active[data-sheet="自评表1"]').waitFor({ timeout: 5_000 });
    await page.locator('#workbook td.selected[data-cell="E7"]').waitFor({ timeout: 5_000 });
    expect(await page.locator('#workbook td.has-note').count()).toBeGreaterThan(0);
    await shot(page, 'demo');
    await page.close();
  });
});

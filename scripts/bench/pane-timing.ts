// Issue 11 §6: the task pane in headless Chromium against the in-memory Excel (the e2e kit):
// click on 一键审核 → results listed, and engine finished → results rendered (target ≤ 300 ms),
// medians of 5 audits per workbook; and the syncs of highlighting 1,000 cells without a read.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEVERITY_FILL } from '../../src/engine/plan/colors';
import { detectFeatures } from '../../src/excel/features';
import { createExcelHost, installGlobals } from '../../test/excel-host';
import { loadXlsx } from '../../test/excel-host/load-xlsx';
import { timedAudit, type AuditTimes } from '../../test/e2e/support/audit-timing';
import { buildInChild } from '../../test/e2e/support/build-once';
import { CHROMIUM, launchOffline } from '../../test/e2e/support/offline-browser';
import { startStaticServer } from '../../test/e2e/server/static-server';
import type { Trees } from './issue11';
import { median, ms } from './measure';
import { standardWorkbook } from './standard-workbook';

const RUNS = 5;

export async function paneTiming(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`任务窗格（Chromium）：跳过，找不到 ${CHROMIUM}`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'juesuan-pane-bench-'));
  const books = join(dir, 'books');
  try {
    const built = await buildInChild(join(dir, 'pane'));
    mkdirSync(books);
    writeFileSync(join(books, 'standard.xlsx'), await standardWorkbook(1));
    writeFileSync(join(books, 'standard-x10.xlsx'), await standardWorkbook(10));
    const server = await startStaticServer({ root: join(dir, 'pane'), mounts: { '/books/': books } });
    const browser = await launchOffline({ origin: server.origin, stub: await readFile(built.stub, 'utf8') });
    try {
      const cases: [string, string][] = [
        ['seed-004（13 张表的示例）', ''],
        ['标准工作簿（21 张表）', '?fixture=/books/standard.xlsx'],
        ['10 倍工作簿', '?fixture=/books/standard-x10.xlsx'],
      ];
      for (const [label, query] of cases) {
        const page = await browser.context.newPage();
        await page.goto(`${server.origin}/taskpane.html${query}`);
        await page.getByTestId('audit-button').waitFor({ state: 'visible', timeout: 60_000 });
        const runs: AuditTimes[] = [];
        for (let i = 0; i < RUNS; i++) runs.push(await timedAudit(page));
        await page.close();
        const click = median(runs.map((r) => r.clickToResults));
        const rendered = median(runs.map((r) => r.engineToRendered));
        console.log(
          `任务窗格（Chromium，内存宿主）：${label} 点击一键审核 → 列出结果 ${ms(click)}（其中读取 + 审核 ${ms(median(runs.map((r) => r.clickToEngine)))}）；引擎完成 → 结果渲染 ${ms(rendered)}（目标 ≤ 300 ms，${rendered <= 300 ? '达到' : '未达到'}），列出 ${runs[0].findings} 条；问题 11 开工时示例为 0.8–1.2 s`,
        );
      }
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Syncs of highlighting 1,000 cells (with one note) when nothing was read just before. */
export async function highlightAlone(trees: Trees): Promise<void> {
  const features = detectFeatures(() => true);
  const bytes = new Uint8Array(await standardWorkbook(1));
  const count = async (apply: Trees['now']['applyMarks']) => {
    const host = createExcelHost(await loadXlsx(bytes));
    const uninstall = installGlobals(host);
    try {
      const sheet = host.workbook.sheets[0].name;
      const rects = Array.from({ length: 1000 }, (_, i) => ({ top: 300 + i * 2, bottom: 300 + i * 2, left: 1 + (i % 7), right: 1 + (i % 7) }));
      const plan = { highlights: [{ sheet, color: SEVERITY_FILL.error, rects }], notes: [{ sheet, cell: 'B2', text: '【决算助手】\n测试' }] };
      const syncs: number[] = [];
      // The first time, then again over its own marks and note (the re-audit case).
      for (let i = 0; i < 2; i++) {
        host.resetCounters();
        await apply(plan, features);
        syncs.push(host.syncCount);
      }
      return syncs;
    } finally {
      uninstall();
    }
  };
  const now = await count(trees.now.applyMarks);
  const base = trees.base ? await count(trees.base.applyMarks) : undefined;
  console.log(`Excel（内存宿主）：单独标记 1,000 个单元格（之前未读取）sync ${now[0]} 次，再次标记（有旧批注）${now[1]} 次${base ? `；基线 ${base[0]} 次、${base[1]} 次` : ''}`);
}

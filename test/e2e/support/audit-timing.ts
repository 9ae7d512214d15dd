/**
 * Clicks 一键审核 and reads back the pane's performance marks (src/taskpane/audit-timing.ts):
 * click → results listed, and engine finished → results rendered. The e2e test checks the marks
 * exist in order; `npm run bench` prints the times.
 */
import type { Page } from 'playwright-core';
import { AUDIT_MARKS } from '../../../src/taskpane/audit-timing';

export interface AuditTimes {
  /** Click on 一键审核 → the results list committed to the page. */
  clickToResults: number;
  /** The engine's result handed to the pane → the results list committed. */
  engineToRendered: number;
  /** Click → engine finished (reading the workbook and auditing). */
  clickToEngine: number;
  /** Findings in the list the marks measured. */
  findings: number;
}

/** Clicks 一键审核, waits until the results are rendered and the marking is over, returns the marks. */
export async function timedAudit(page: Page): Promise<AuditTimes> {
  await page.getByTestId('audit-button').click();
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, AUDIT_MARKS.rendered, { timeout: 30_000 });
  // Marking ends the audit: the button is enabled again.
  await page.waitForFunction(() => !document.querySelector('[data-testid="audit-button"]')?.hasAttribute('disabled'), undefined, { timeout: 30_000 });
  await page.locator('[data-testid="findings-panel"][data-complete="true"]').waitFor({ timeout: 30_000 });
  // No named helpers inside: tsx (the bench) would wrap them in a __name() the page lacks.
  const [click, engine, rendered, findings] = await page.evaluate(
    (names) => [...[names.click, names.engineDone, names.rendered].map((name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN), document.querySelectorAll('[data-testid="finding-item"]').length],
    AUDIT_MARKS,
  );
  return { clickToResults: rendered - click, engineToRendered: rendered - engine, clickToEngine: engine - click, findings };
}

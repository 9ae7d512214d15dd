/**
 * Performance marks of one 一键审核, read back by the e2e test and `npm run bench`: the click, the
 * engine's result (before the marking), the results list committed to the page. Issue 11 asks for
 * results within 300 ms of the engine finishing.
 */
export const AUDIT_MARKS = {
  click: 'juesuan:audit-click',
  engineDone: 'juesuan:engine-done',
  rendered: 'juesuan:results-rendered',
} as const;

export type AuditMark = keyof typeof AUDIT_MARKS;

/** Records one mark; a click first forgets the previous audit's marks. */
export function markAudit(mark: AuditMark): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  if (mark === 'click') for (const name of Object.values(AUDIT_MARKS)) performance.clearMarks(name);
  performance.mark(AUDIT_MARKS[mark]);
}

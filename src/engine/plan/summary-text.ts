import type { AuditSummary } from '../audit';

export type SummaryKey = keyof AuditSummary;

/**
 * The counts in the order every output shows them — the important first: 错误, 警告, 提示, 尾差,
 * then 未检查 and 已说明. The CLI text, the 审核报告 sheet and the task pane's badges all read
 * this list, so their words and order cannot drift apart.
 */
export const SUMMARY_PARTS: readonly { key: SummaryKey; label: string }[] = [
  { key: 'error', label: '错误' },
  { key: 'warning', label: '警告' },
  { key: 'info', label: '提示' },
  { key: 'rounding', label: '尾差' },
  { key: 'unchecked', label: '未检查' },
  { key: 'explained', label: '已说明' },
];

/** 已说明 is shown only when some finding has an 出错说明; the other counts always. */
export function shownParts(summary: AuditSummary): { key: SummaryKey; label: string; count: number }[] {
  return SUMMARY_PARTS.filter((p) => p.key !== 'explained' || summary.explained > 0).map((p) => ({ ...p, count: summary[p.key] }));
}

/** “错误 0，警告 7，提示 5，尾差 31，未检查 1” (and “，已说明 1” when there is one). */
export function summaryLine(summary: AuditSummary): string {
  return shownParts(summary)
    .map((p) => `${p.label} ${p.count}`)
    .join('，');
}

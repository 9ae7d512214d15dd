import type { FileReport, AuditReport } from '../../../src/cli/audit-report';
import { summarize } from '../../../src/engine/audit';
import type { Finding, Unchecked } from '../../../src/engine/finding';

/** A finding as the engine builds it, with only what a test cares about given. */
export function finding(over: Partial<Finding> & Pick<Finding, 'code' | 'severity'>): Finding {
  const sheet = over.sheet ?? '公开01表';
  const cells = over.cells ?? ['C39'];
  return {
    title: `${over.code} 的标题`,
    sheet,
    cells,
    locations: cells.map((c) => {
      const m = /^'(.+)'!(.+)$/.exec(c);
      return m ? { sheet: m[1], cell: m[2] } : { sheet, cell: c };
    }),
    message: `${over.code} 的说明`,
    messageId: 'sum',
    data: {},
    ...over,
  };
}

export function unchecked(code: string, reason: string, sheet?: string): Unchecked {
  return { code, title: `${code} 的标题`, reason, sheet };
}

export function report(parts: Partial<AuditReport> = {}): AuditReport {
  const findings = parts.findings ?? [];
  const notChecked = parts.unchecked ?? [];
  return {
    tables: parts.tables ?? [{ sheet: '公开01表', range: 'A1:F40', table: 'T01', label: '公开01表', unit: '万元', confidence: 0.97, title: '收入支出决算总表' }],
    unrecognized: parts.unrecognized ?? [],
    findings,
    unchecked: notChecked,
    summary: parts.summary ?? summarize(findings, notChecked),
  };
}

export function fileReport(file: string, parts: Partial<AuditReport> = {}): FileReport {
  return { file, report: report(parts) };
}

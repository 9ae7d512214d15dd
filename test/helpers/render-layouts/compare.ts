import type { Finding } from '../../../src/engine/finding';
import type { RenderedWorkbook } from './render-workbook';

/**
 * A finding as layout-independent text: code, severity, 尾差 flag, the figures, and the logical
 * ids of its cells (sorted, de-duplicated). Cells a rendering does not print (行次, 栏次) are left
 * out; a finding about nothing but such cells is not expected from that rendering.
 */
/**
 * S-2/S-3 cite the first table's 部门名称 / 年度 line in tab order as the reference; a rendering
 * that changes the tab order cites another table's identical line. Those lines are compared as
 * “a 部门名称 line”, not by which table printed it.
 */
function canonical(id: string): string {
  return id.replace(/^[A-Z0-9]+!(unitName|year)$/, '*!$1');
}

export function signature(f: Finding, rendered: RenderedWorkbook, dropped: ReadonlySet<string> = new Set()): string | undefined {
  const ids = new Set<string>();
  for (const l of f.locations) for (const id of rendered.idsOf(l.sheet, l.cell)) if (!dropped.has(id)) ids.add(canonical(id));
  if (ids.size === 0 && f.locations.length > 0) return undefined;
  return [f.code, f.severity, f.rounding ? '尾差' : '', f.expected ?? '', f.actual ?? '', f.difference ?? '', [...ids].sort().join(' ')].join(' | ');
}

export function signatures(findings: readonly Finding[], rendered: RenderedWorkbook, dropped?: ReadonlySet<string>): string[] {
  return findings.map((f) => signature(f, rendered, dropped)).filter((s): s is string => s !== undefined).sort();
}

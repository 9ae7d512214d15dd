import type { Finding, Severity } from '../finding';
import { RULES } from '../rules';
import type { FillItem, FillNote, FillPlan } from './fill-item';

function ruleOf(code: string): { title: string; severity: Severity } {
  const rule = RULES.find((r) => r.code === code);
  return { title: rule?.title ?? code, severity: rule?.severity ?? 'warning' };
}

function finding(item: FillItem, severity: Severity, messageId: string, message: string): Finding {
  return {
    code: item.code,
    title: ruleOf(item.code).title,
    severity,
    sheet: item.sheet,
    cells: [item.cell],
    locations: [{ sheet: item.sheet, cell: item.cell }],
    expected: item.expected,
    ...(item.actual ? { actual: item.actual } : {}),
    message,
    messageId,
    data: { label: item.label, cell: item.cell, expected: item.expected, actual: item.actual, formula: item.write.formula ?? '' },
  };
}

/** A blank derived cell whose value the engine can compute: info “未填，可填充为 …” (the audit's hook). */
export function fillableFindings(plan: FillPlan): Finding[] {
  return plan.items
    .filter((i) => i.status === 'empty')
    .map((i) => finding(i, 'info', 'fillable', `${i.label} ${i.cell} 未填，可填充为 ${i.expected}（公式 ${i.write.formula}）`));
}

/** A cell that shows another value than the engine's and that this fill leaves as it is. */
export function refusedFindings(plan: FillPlan): Finding[] {
  return plan.items
    .filter((i) => i.status === 'conflict' && !i.chosen)
    .map((i) => finding(i, ruleOf(i.code).severity, 'refused', `${i.label} ${i.cell} 为“${i.actual}”，计算值为 ${i.expected}，两者不同，未改写（确认后可替换为公式 ${i.write.formula}）`));
}

/** Derived cells that cannot be computed (全年预算数 0, a source cell that is not a number). */
export function noteFindings(plan: FillPlan): Finding[] {
  return plan.notes.map((n: FillNote) => ({
    code: n.code,
    title: ruleOf(n.code).title,
    severity: n.severity,
    sheet: n.sheet,
    cells: [n.cell],
    locations: [{ sheet: n.sheet, cell: n.cell }],
    message: n.message,
    messageId: 'notComputable',
    data: {},
  }));
}

import type { Fill } from 'exceljs';
import type { Severity } from '../engine/finding';
import { SEVERITY_FILL } from '../engine/plan/colors';

/** The engine's colours as ExcelJS ARGB (“#FFC7CE” → “FFFFC7CE”). */
export function argb(color: string): string {
  return `FF${color.replace('#', '').toUpperCase()}`;
}

export function severityFill(severity: Severity): Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(SEVERITY_FILL[severity]) } };
}

import type { Workbook, Worksheet } from 'exceljs';
import type { ReportPlan } from '../engine/plan/report-plan';
import { severityFill } from './severity-fill';
import { internalLink } from './sheet-ref';

const WIDTHS = [10, 10, 32, 16, 12, 14, 14, 12, 90, 30, 30];
const LINK_FONT = { color: { argb: 'FF0563C1' }, underline: true } as const;
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } } as const;

/**
 * Writes the engine's 审核报告 plan as a sheet. Cells are text (numFmt “@”), so amounts stay the
 * decimal strings the engine gave; links are HYPERLINK formulas (see sheet-ref.ts).
 */
export function addReportSheet(workbook: Workbook, plan: ReportPlan): Worksheet {
  const ws = workbook.addWorksheet(plan.sheetName);
  WIDTHS.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  plan.rows.forEach((row, i) => {
    const added = ws.addRow(row.cells.map((c) => (c === '' ? null : c)));
    added.eachCell((cell) => (cell.numFmt = '@'));
    if (row.heading) {
      added.font = { bold: true, size: i === 0 ? 14 : 11 };
      if (row.cells.length > 1) added.eachCell((cell) => (cell.fill = HEADER_FILL));
    }
    if (row.severity) added.getCell(1).fill = severityFill(row.severity);
    if (row.link) {
      const cell = added.getCell(row.link.column + 1);
      cell.value = internalLink(row.link.sheet, row.link.cell, row.cells[row.link.column] || row.link.cell);
      cell.font = LINK_FONT;
    }
  });
  return ws;
}

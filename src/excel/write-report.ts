import { columnLetters } from '../engine/model/address';
import type { ReportPlan } from '../engine/plan/report-plan';
import { cellText, uniqueSheetName } from '../engine/plan/report-plan';
import type { ExcelFeatures } from './features';
import { runBatch } from './run-batch';
import { qualifiedAddress } from './sheet-ref';

/**
 * 导出审核报告: a new sheet (never an existing one) with every finding linked to its cell, the
 * recognized tables, the unrecognized sheets and the unchecked rules. Two syncs.
 */
export async function writeReport(plan: ReportPlan, features: ExcelFeatures): Promise<{ sheetName: string; syncs: number }> {
  return runBatch(features, async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const sheetName = uniqueSheetName(plan.sheetName, sheets.items.map((s) => s.name));
    const ws = sheets.add(sheetName);
    const width = Math.max(...plan.rows.map((r) => r.cells.length), 1);
    // Text cells as text (“@”); 期望/实际/差额 as numbers with the plan's format (summable, sortable).
    const cells = plan.rows.map((r) => Array.from({ length: width }, (_, i) => r.cells[i] ?? ''));
    const all = ws.getRange(`A1:${columnLetters(width - 1)}${cells.length}`);
    all.numberFormat = cells.map((row) => row.map((c) => (typeof c === 'string' ? '@' : c.numFmt)));
    all.values = cells.map((row) => row.map((c) => (typeof c === 'string' ? c : c.value)));
    plan.rows.forEach((row, i) => {
      if (row.heading) ws.getRange(`A${i + 1}:${columnLetters(width - 1)}${i + 1}`).format.font.bold = true;
      if (row.link) {
        ws.getRange(`${columnLetters(row.link.column)}${i + 1}`).hyperlink = {
          documentReference: qualifiedAddress(row.link.sheet, row.link.cell),
          textToDisplay: cellText(row.cells[row.link.column]) || row.link.cell,
          screenTip: `转到 ${row.link.sheet}!${row.link.cell}`,
        };
      }
    });
    ws.activate();
    await context.sync();
    return { sheetName, syncs: 2 };
  });
}

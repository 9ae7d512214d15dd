import ExcelJS from 'exceljs';
import { fromA1, toA1 } from '../engine/model/address';
import { planMarks } from '../engine/plan/mark-plan';
import { planReport } from '../engine/plan/report-plan';
import type { AuditReport } from './audit-report';
import { composeNote, noteText } from './cell-note';
import { addReportSheet } from './report-sheet';
import { argb } from './severity-fill';

/** The cell ExcelJS should write: a merged area by its top-left (master) cell. */
function target(ws: ExcelJS.Worksheet, address: string): ExcelJS.Cell {
  const cell = ws.getCell(address);
  return cell.isMerged ? cell.master : cell;
}

/**
 * A marked copy of the original workbook, from the same plans the add-in applies: ExcelJS
 * loads the original bytes again (not the snapshot), so values, formulas, formats, merges and
 * widths stay as they were. Flagged cells get the fill of their worst finding and a 【决算助手】
 * note (a note the cell had is kept below ours); a new 审核报告 sheet lists everything.
 */
export async function annotateWorkbook(original: Uint8Array, report: AuditReport, file: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(original as unknown as ArrayBuffer);
  const marks = planMarks(report.findings);
  for (const h of marks.highlights) {
    const ws = workbook.getWorksheet(h.sheet);
    if (!ws) continue;
    for (const rect of h.rects) {
      for (let row = rect.top; row <= rect.bottom; row++) {
        for (let col = rect.left; col <= rect.right; col++) {
          const cell = target(ws, toA1({ row, col }));
          // A new style object: a loaded cell may share its style with others, which must keep theirs.
          cell.style = { ...cell.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(h.color) } } };
        }
      }
    }
  }
  for (const n of marks.notes) {
    const ws = workbook.getWorksheet(n.sheet);
    if (!ws) continue;
    const cell = target(ws, toA1(fromA1(n.cell)));
    cell.note = composeNote(n.text, noteText(cell.note));
  }
  addReportSheet(workbook, planReport(report, workbook.worksheets.map((w) => w.name), {}, file));
  const written = await workbook.xlsx.writeBuffer();
  return new Uint8Array(written as ArrayBuffer);
}

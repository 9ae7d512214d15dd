import { columnLetters } from '../engine/model/address';
import type { CellWrite, NewSheetPlan } from '../engine/plan/change-plan';
import { SEVERITY_FILL } from '../engine/plan/colors';
import type { HighlightGroup } from '../engine/plan/mark-plan';
import type { ReportPlan } from '../engine/plan/report-plan';
import { toRectangles } from '../engine/plan/rectangles';

const WIDTHS = [10, 10, 32, 16, 12, 14, 14, 12, 90, 30, 30];
const HEADER_FILL = '#D9D9D9';

/**
 * The engine's 审核报告 plan as a new sheet of the ChangePlan, rendered generically: text cells
 * are text (format “@”, so amounts given as decimal strings stay exact), numbers stay numbers;
 * headings bold on grey, a finding's first cell in its severity colour, links as HYPERLINK
 * formulas (see sheet-ref.ts) written by the package writer.
 */
function isFigure(value: unknown): value is { value: number; numFmt: string } {
  return typeof value === 'object' && value !== null && typeof (value as { value?: unknown }).value === 'number';
}

export function reportSheetPlan(plan: ReportPlan): { sheet: NewSheetPlan; highlights: HighlightGroup[] } {
  const cells: CellWrite[] = [];
  const fills = new Map<string, { row: number; col: number }[]>();
  const fill = (color: string, row: number, col: number) => {
    const cells = fills.get(color) ?? [];
    cells.push({ row, col });
    fills.set(color, cells);
  };
  plan.rows.forEach((row, r) => {
    const values = row.cells as readonly unknown[];
    values.forEach((value, c) => {
      const ref = `${columnLetters(c)}${r + 1}`;
      const isLink = row.link && row.link.column === c;
      if ((value === '' || value === null || value === undefined) && !isLink) {
        if (row.heading && values.length > 1) fill(HEADER_FILL, r, c);
        return;
      }
      const figure = isFigure(value) ? value : undefined;
      const write: CellWrite = { sheet: plan.sheetName, cell: ref, value: figure ? figure.value : typeof value === 'number' ? value : String(value) };
      // 期望/实际/差额 are numbers with the plan's format (千分位, the table's decimals, %).
      if (figure) write.numFmt = figure.numFmt;
      else if (typeof value !== 'number') write.numFmt = '@';
      if (row.heading) write.bold = true;
      if (isLink && row.link) {
        write.link = { sheet: row.link.sheet, cell: row.link.cell };
        write.value = value === '' || value === undefined || value === null ? row.link.cell : figure ? String(figure.value) : String(value);
        delete write.numFmt;
      }
      cells.push(write);
      if (row.heading && values.length > 1) fill(HEADER_FILL, r, c);
    });
    if (row.severity) fill(SEVERITY_FILL[row.severity], r, 0);
  });
  const columnWidths: Record<number, number> = {};
  WIDTHS.forEach((w, i) => (columnWidths[i] = w));
  const highlights = [...fills].map(([color, at]) => ({ sheet: plan.sheetName, color, rects: toRectangles(at) }));
  return { sheet: { name: plan.sheetName, columnWidths, cells }, highlights };
}

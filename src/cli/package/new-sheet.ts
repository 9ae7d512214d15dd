import type { NewSheetPlan } from '../../engine/plan/change-plan';

/** An empty worksheet part for a sheet the tool adds: column widths only; cells are written into it like any sheet. */
export function emptySheetXml(plan: NewSheetPlan, strict: boolean): string {
  const ns = strict ? 'http://purl.oclc.org/ooxml/spreadsheetml/main' : 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = strict ? 'http://purl.oclc.org/ooxml/officeDocument/relationships' : 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const widths = Object.entries(plan.columnWidths ?? {})
    .map(([col, width]) => [Number(col), width] as const)
    .filter(([col, width]) => Number.isInteger(col) && col >= 0 && width > 0)
    .sort((a, b) => a[0] - b[0]);
  const cols = widths.length > 0 ? `<cols>${widths.map(([col, width]) => `<col min="${col + 1}" max="${col + 1}" width="${width}" customWidth="1"/>`).join('')}</cols>` : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${ns}" xmlns:r="${rel}"><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
}

import type { WorkbookSnapshot } from '../engine/model/snapshot';
import { toolSheetNames } from './package/apply-change-plan';

/** The first cell of every 审核报告 the tool writes (planReport's title row). */
const REPORT_TITLE = '决算助手审核报告';

/**
 * The workbook as the user made it: the sheets an earlier run of the tool added (its saved
 * state names them; a report whose state was lost, e.g. re-saved by another program, is known
 * by its title cell) are not audited, so auditing an annotated copy finds what the original did.
 */
export function withoutToolSheets(snapshot: WorkbookSnapshot, bytes: Uint8Array): WorkbookSnapshot {
  const tools = new Set(toolSheetNames(bytes));
  const isTool = (sheet: WorkbookSnapshot['sheets'][number]) => tools.has(sheet.name) || sheet.cells[0]?.[0]?.text === REPORT_TITLE;
  if (!snapshot.sheets.some(isTool)) return snapshot;
  return { ...snapshot, sheets: snapshot.sheets.filter((s) => !isTool(s)) };
}

import type { WorkbookSnapshot } from '../engine/model/snapshot';
import type { NewSheetPlan } from '../engine/plan/change-plan';
import { uniqueSheetName } from '../engine/plan/report-plan';
import { officeFeatures, type ExcelFeatures } from './features';
import { readWorkbook } from './read-workbook';
import { runBatch } from './run-batch';
import { selectCells } from './select-cells';

/** What the 情况说明 panel may do with the workbook: passed as a prop, so tests can pass a fake. */
export interface NarrativeHost {
  readWorkbook(): Promise<WorkbookSnapshot>;
  /** Adds the sheets (never an existing one); resolves to the names they got. */
  addSheets(sheets: readonly NewSheetPlan[]): Promise<string[]>;
  selectCells(sheet: string, cells: readonly string[]): Promise<void>;
}

/** Excel points per character of column width, near enough for the pane's 宋体/等线 text. */
const POINTS_PER_CHAR = 7;

/**
 * Writes new sheets in one batch and two syncs: the sheet names first (a name taken since the
 * plan was made gets “(2)”), then every cell, formulas where the plan has them, headings bold,
 * paragraphs wrapped, column widths. No sync inside the loops.
 */
export async function addSheets(sheets: readonly NewSheetPlan[], features: ExcelFeatures): Promise<string[]> {
  return runBatch(features, async (context) => {
    const collection = context.workbook.worksheets;
    collection.load('items/name');
    await context.sync();
    const taken = collection.items.map((s) => s.name);
    const names: string[] = [];
    for (const plan of sheets) {
      const name = uniqueSheetName(plan.name, [...taken, ...names]);
      names.push(name);
      const ws = collection.add(name);
      for (const [col, width] of Object.entries(plan.columnWidths ?? {})) ws.getRangeByIndexes(0, Number(col), 1, 1).format.columnWidth = width * POINTS_PER_CHAR;
      for (const w of plan.cells) {
        const range = ws.getRange(w.cell);
        // Text as text: a paragraph never starts with “=”, but a label could look like a number.
        if (w.formula) range.formulas = [[w.formula]];
        else if (typeof w.value === 'string') range.values = [[`'${w.value}`]];
        else range.values = [[w.value ?? '']];
        if (w.bold) range.format.font.bold = true;
        if (w.wrap) range.format.wrapText = true;
      }
    }
    if (names.length > 0) collection.getItem(names[0]).activate();
    await context.sync();
    return names;
  });
}

/** The Office.js implementation; call after Office.onReady. */
export function createNarrativeHost(features: ExcelFeatures = officeFeatures()): NarrativeHost {
  return {
    async readWorkbook() {
      return (await readWorkbook(features)).snapshot;
    },
    addSheets: (sheets) => addSheets(sheets, features),
    selectCells: (sheet, cells) => selectCells(sheet, cells, features),
  };
}

import type { NewSheetPlan } from '../engine/plan/change-plan';
import type { CellNote, MarkPlan } from '../engine/plan/mark-plan';
import { uniqueSheetName } from '../engine/plan/report-plan';
import { officeFeatures, type ExcelFeatures } from './features';
import { readThenMark, type WorkbookAndSettings } from './read-then-mark';
import { runBatch } from './run-batch';
import { selectCells } from './select-cells';

/** What the 情况说明 panel may do with the workbook: passed as a prop, so tests can pass a fake. */
export interface NarrativeHost {
  /** The workbook and the settings saved in it (corrections, 出错说明, 单位类型), as 一键审核 reads them. */
  readWorkbook(): Promise<WorkbookAndSettings>;
  /**
   * Colours the cells of the findings and writes their notes through the audit's marking: the
   * original fills are remembered in the workbook and 清除标记 restores them.
   */
  applyMarks(plan: MarkPlan): Promise<{ skippedNotes: CellNote[] }>;
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
  // As in createExcelHost: the check's read serves the marking that follows.
  const workbook = readThenMark(features);
  return {
    readWorkbook: () => workbook.read(),
    applyMarks: (plan) => workbook.mark(plan),
    addSheets: (sheets) => {
      workbook.forget();
      return addSheets(sheets, features);
    },
    selectCells: (sheet, cells) => selectCells(sheet, cells, features),
  };
}

import type { ExcelFeatures } from './features';
import { runBatch } from './run-batch';

/** Jump to a finding: activate its sheet and select its cells (all of them where 1.9 allows). */
export async function selectCells(sheet: string, cells: readonly string[], features: ExcelFeatures): Promise<void> {
  if (cells.length === 0) return;
  await runBatch(features, async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    if (features.rangeAreas && cells.length > 1) ws.getRanges(cells.join(',')).select();
    else ws.getRange(cells[0]).select();
    await context.sync();
  });
}

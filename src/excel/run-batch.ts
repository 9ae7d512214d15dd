import type { ExcelFeatures } from './features';

/**
 * Excel.run, with all syncs merged into one undo step where ExcelApi 1.20 allows it
 * (welcome, not the mechanism: 清除标记 is the way back).
 */
export function runBatch<T>(features: ExcelFeatures, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  if (features.mergeUndoGroup) return Excel.run({ mergeUndoGroup: true } as Excel.RunOptions, batch);
  return Excel.run(batch);
}

import { NOTE_PREFIX } from '../engine/plan/colors';
import { existing, loadCommentsIfUsed, queueRestoreFills } from './apply-marks';
import type { ExcelFeatures } from './features';
import { runBatch } from './run-batch';
import { loadStateParts, queueWriteState } from './state-part';
import { stateFromXml } from './stored-state';

export interface ClearResult {
  restoredCells: number;
  removedNotes: number;
  syncs: number;
}

/**
 * 清除标记: every cell the add-in filled gets back exactly its saved fill (or no fill), and only
 * the notes that still start with 【决算助手】 are removed. Works after save and reopen, since
 * the originals live in the workbook. Mapping corrections and 出错说明 are kept.
 */
export async function clearMarks(features: ExcelFeatures): Promise<ClearResult> {
  return runBatch(features, async (context) => {
    let syncs = 0;
    const parts = loadStateParts(context);
    const comments = loadCommentsIfUsed(context, features);
    await context.sync();
    syncs++;
    const xml = parts.items[0]?.getXml();
    await context.sync();
    syncs++;
    const state = stateFromXml(xml?.value);
    if (state.fills.length === 0 && state.notes.length === 0) return { restoredCells: 0, removedNotes: 0, syncs };
    const notes = state.notes.map((n) => existing(context, n, comments));
    await context.sync();
    syncs++;
    queueRestoreFills(context, state.fills, features);
    let removedNotes = 0;
    for (const item of notes) {
      if (item && !item.isNullObject && String(item.content).startsWith(NOTE_PREFIX)) {
        item.delete();
        removedNotes++;
      }
    }
    queueWriteState(context, parts, { ...state, fills: [], notes: [] });
    await context.sync();
    syncs++;
    return { restoredCells: state.fills.length, removedNotes, syncs };
  });
}

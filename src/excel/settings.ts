import type { Explanations } from '../engine/plan/mark-plan';
import type { TableOverride } from '../engine/recognize/recognize-workbook';
import type { UnitType } from '../engine/rules/rule';
import type { ExcelFeatures } from './features';
import { runBatch } from './run-batch';
import { loadStateParts, queueWriteState } from './state-part';
import { stateFromXml, type StoredState } from './stored-state';

export interface SettingsPatch {
  overrides?: TableOverride[];
  explanations?: Explanations;
  /** null forgets the choice. */
  unitType?: UnitType | null;
}

/** Saves the user's mapping corrections and 出错说明 in the workbook (custom XML part). */
export async function saveSettings(patch: SettingsPatch, features: ExcelFeatures): Promise<StoredState> {
  return runBatch(features, async (context) => {
    const parts = loadStateParts(context);
    await context.sync();
    const xml = parts.items[0]?.getXml();
    await context.sync();
    const { unitType, ...rest } = patch;
    const state: StoredState = { ...stateFromXml(xml?.value), ...rest };
    if (unitType === null) delete state.unitType;
    else if (unitType) state.unitType = unitType;
    queueWriteState(context, parts, state);
    await context.sync();
    return state;
  });
}

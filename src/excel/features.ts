/**
 * What this Excel can do, detected at run time (architecture convention 9): the add-in needs
 * ExcelApi 1.7 and degrades below the newer sets instead of failing.
 */
export interface ExcelFeatures {
  /** ExcelApi 1.9: getRanges (RangeAreas), getCellProperties and getColumnProperties / getRowProperties (hidden columns). */
  rangeAreas: boolean;
  /** ExcelApi 1.10: threaded comments. */
  comments: boolean;
  /** ExcelApi 1.13: getMergedAreasOrNullObject. */
  mergedAreas: boolean;
  /** ExcelApi 1.18: cell notes. */
  notes: boolean;
  /** ExcelApi 1.20: Excel.run({ mergeUndoGroup }). */
  mergeUndoGroup: boolean;
}

export function detectFeatures(isSetSupported: (name: string, version: string) => boolean): ExcelFeatures {
  const api = (v: string) => isSetSupported('ExcelApi', v);
  return { rangeAreas: api('1.9'), comments: api('1.10'), mergedAreas: api('1.13'), notes: api('1.18'), mergeUndoGroup: api('1.20') };
}

export function officeFeatures(): ExcelFeatures {
  return detectFeatures((name, version) => Office.context.requirements.isSetSupported(name, version));
}

/** Below 1.7 the add-in does not run at all. */
export function meetsMinimum(): boolean {
  return Office.context.requirements.isSetSupported('ExcelApi', '1.7');
}

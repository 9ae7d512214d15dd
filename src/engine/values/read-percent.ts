import type { CellPos } from '../model/address';
import type { CellSnapshot } from '../model/snapshot';
import { readValueCell } from './read-cell';
import { parseNumberText } from './parse-number';
import type { ValueCell } from './value-cell';

/**
 * A rate cell as the percent figure (77.58 for 77.58 %): typed “77.58”, text “100%”, or a
 * fraction 0.7758 formatted as a percentage.
 */
export function readPercentCell(sheet: string, pos: CellPos, cell: CellSnapshot | null | undefined): ValueCell {
  const base: ValueCell = { ...readValueCell(sheet, pos, cell), percent: true };
  if (!cell) return base;
  if (typeof cell.value === 'number' && cell.numFmt?.includes('%')) {
    const shown = parseNumberText(cell.text ?? '');
    return { ...base, value: base.value.times(100), decimals: shown?.decimals ?? base.decimals };
  }
  if (base.kind === 'text' && /%$/.test(base.text.trim())) {
    const parsed = parseNumberText(base.text);
    if (parsed) return { ...base, kind: 'number', value: parsed.value, decimals: parsed.decimals, storedAsText: true };
  }
  return base;
}

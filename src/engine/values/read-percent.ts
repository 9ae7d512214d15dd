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
  // This call's own cell, adjusted in place: copies of it cost more than the reading (every rate of every 自评表).
  const read = readValueCell(sheet, pos, cell);
  read.percent = true;
  if (!cell) return read;
  if (typeof cell.value === 'number' && cell.numFmt?.includes('%')) {
    const shown = parseNumberText(cell.text ?? '');
    read.value = read.value.times(100);
    read.decimals = shown?.decimals ?? read.decimals;
  } else if (read.kind === 'text' && /%$/.test(read.text.trim())) {
    const parsed = parseNumberText(read.text);
    if (parsed) Object.assign(read, { kind: 'number', value: parsed.value, decimals: parsed.decimals, storedAsText: true });
  }
  return read;
}

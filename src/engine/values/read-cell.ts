import type { CellPos } from '../model/address';
import type { CellSnapshot } from '../model/snapshot';
import { Decimal } from '../money/decimal';
import type { AmountUnit } from '../money/unit';
import { decimalsShown, parseNumberText } from './parse-number';
import { ZERO_VALUE, type ValueCell } from './value-cell';

const NOT_APPLICABLE = /^[-—–―─]+$/;

/** Interprets one snapshot cell as an amount cell of a table. */
export function readValueCell(
  sheet: string,
  pos: CellPos,
  cell: CellSnapshot | null | undefined,
  unit?: AmountUnit,
): ValueCell {
  const base = { sheet, pos, unit, storedAsText: false, decimals: 2 };
  if (!cell || cell.value === null || cell.value === '') {
    return { ...base, kind: 'blank', value: ZERO_VALUE, text: '' };
  }
  const text = cell.text ?? String(cell.value);
  if (cell.error) return { ...base, kind: 'error', value: ZERO_VALUE, text };
  if (typeof cell.value === 'number') {
    if (!Number.isFinite(cell.value)) return { ...base, kind: 'error', value: ZERO_VALUE, text };
    // The raw double is read through its shortest decimal form, which is how Excel stored
    // the typed value (0.1 + 0.2 never enters: we never add doubles).
    return { ...base, kind: 'number', value: new Decimal(String(cell.value)), text, decimals: decimalsShown(text, cell.value) };
  }
  if (typeof cell.value === 'boolean') return { ...base, kind: 'text', value: ZERO_VALUE, text };
  const trimmed = cell.value.trim();
  if (trimmed === '') return { ...base, kind: 'blank', value: ZERO_VALUE, text: '' };
  if (NOT_APPLICABLE.test(trimmed)) return { ...base, kind: 'na', value: ZERO_VALUE, text: trimmed };
  if (/^#[A-Z0-9/!?]+[!?0-9A-Z]*$/i.test(trimmed) && /^#(REF|DIV\/0|VALUE|N\/A|NAME|NUM|NULL|SPILL|CALC|GETTING_DATA)/i.test(trimmed)) {
    return { ...base, kind: 'error', value: ZERO_VALUE, text: trimmed };
  }
  const parsed = parseNumberText(trimmed);
  if (parsed && !trimmed.endsWith('%')) {
    return { ...base, kind: 'number', value: parsed.value, text: trimmed, decimals: parsed.decimals, storedAsText: true };
  }
  return { ...base, kind: 'text', value: ZERO_VALUE, text: trimmed };
}

export function decimalOf(text: string): Decimal | undefined {
  return parseNumberText(text)?.value;
}

import type { CellPos } from '../model/address';
import type { CellSnapshot } from '../model/snapshot';
import { cellDecimal, type Decimal } from '../money/decimal';
import type { AmountUnit } from '../money/unit';
import type { NumberDecimals } from './number-decimals';
import { decimalsShown, parseNumberText } from './parse-number';
import { ZERO_VALUE, type ValueCell } from './value-cell';

/** “——”, “-”, “－” (full-width), “−” (minus sign, as PDF converters write it): not applicable, read as 0. */
const NOT_APPLICABLE = /^[-—–―─－−]+$/;

/**
 * Builds the cell as one object literal: `{ ...base, kind, … }` costs microseconds per cell in V8
 * here, and every amount cell of the workbook goes through this. Keys keep the order they had.
 */
function valueCell(sheet: string, pos: CellPos, unit: AmountUnit | undefined, kind: ValueCell['kind'], value: Decimal, text: string, decimals = 2, storedAsText = false): ValueCell {
  return { sheet, pos, unit, storedAsText, decimals, kind, value, text };
}

/** Interprets one snapshot cell as an amount cell of a table; `numbers` shares the Decimals of one audit (Grid.valueCell). */
export function readValueCell(
  sheet: string,
  pos: CellPos,
  cell: CellSnapshot | null | undefined,
  unit?: AmountUnit,
  numbers?: NumberDecimals,
): ValueCell {
  if (!cell || cell.value === null || cell.value === '') {
    return valueCell(sheet, pos, unit, 'blank', ZERO_VALUE, '');
  }
  const text = cell.text ?? String(cell.value);
  if (cell.error) return valueCell(sheet, pos, unit, 'error', ZERO_VALUE, text);
  if (typeof cell.value === 'number') {
    if (!Number.isFinite(cell.value)) return valueCell(sheet, pos, unit, 'error', ZERO_VALUE, text);
    // The raw double is read to Excel's 15 significant digits (cellDecimal): a typed value as it
    // was typed, a formula's result without its binary noise (we never add doubles); −0 is read as 0.
    const value = cell.value === 0 ? ZERO_VALUE : numbers ? numbers.of(cell.value) : cellDecimal(cell.value);
    return valueCell(sheet, pos, unit, 'number', value, text, decimalsShown(text, cell.value));
  }
  if (typeof cell.value === 'boolean') return valueCell(sheet, pos, unit, 'text', ZERO_VALUE, text);
  const trimmed = cell.value.trim();
  if (trimmed === '') return valueCell(sheet, pos, unit, 'blank', ZERO_VALUE, '');
  if (NOT_APPLICABLE.test(trimmed)) return valueCell(sheet, pos, unit, 'na', ZERO_VALUE, trimmed);
  if (/^#[A-Z0-9/!?]+[!?0-9A-Z]*$/i.test(trimmed) && /^#(REF|DIV\/0|VALUE|N\/A|NAME|NUM|NULL|SPILL|CALC|GETTING_DATA)/i.test(trimmed)) {
    return valueCell(sheet, pos, unit, 'error', ZERO_VALUE, trimmed);
  }
  const parsed = parseNumberText(trimmed);
  if (parsed && !trimmed.endsWith('%')) {
    return valueCell(sheet, pos, unit, 'number', parsed.value, trimmed, parsed.decimals, true);
  }
  return valueCell(sheet, pos, unit, 'text', ZERO_VALUE, trimmed);
}

export function decimalOf(text: string): Decimal | undefined {
  return parseNumberText(text)?.value;
}

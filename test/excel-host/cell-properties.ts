/**
 * Range.getCellProperties (ExcelApi 1.9): per cell, only the properties asked for, e.g.
 * { format: { fill: { color: true } } } → [[{ format: { fill: { color: "#FFFFFF" } } }, …]].
 */
import { formatAddress } from './address';
import type { RangeRef } from './cell-reads';
import { DEFAULT_FONT, NO_FILL } from './range-format';
import type { CellModel, HyperlinkModel } from './workbook-model';

type Selection = { [key: string]: boolean | Selection | undefined };
export type CellPropertiesLoadOptions = Selection;

/** The subset of Excel.CellProperties the host reports. */
export interface CellProperties {
  address?: string;
  addressLocal?: string;
  hidden?: boolean;
  hyperlink?: HyperlinkModel | null;
  format?: {
    fill?: { color?: string; pattern?: string };
    font?: { bold?: boolean; italic?: boolean; color?: string; name?: string; size?: number };
    protection?: { locked?: boolean; formulaHidden?: boolean };
    wrapText?: boolean;
  };
}

export function cellProperties(ref: RangeRef, selection: Selection): CellProperties[][] {
  const out: CellProperties[][] = [];
  for (let r = ref.rect.top; r <= ref.rect.bottom; r++) {
    const line: CellProperties[] = [];
    for (let c = ref.rect.left; c <= ref.rect.right; c++) {
      const cell = ref.sheet.cellAt(r, c);
      const address = formatAddress(ref.sheet.name, { top: r, left: c, bottom: r, right: c });
      line.push(pick(everything(cell, address), selection));
    }
    out.push(line);
  }
  return out;
}

/** All the per-cell properties the host knows, as Excel would report them. */
function everything(c: CellModel | undefined, address: string): Record<string, unknown> {
  return {
    address,
    addressLocal: address,
    hidden: false,
    hyperlink: c?.hyperlink ?? null,
    format: {
      fill: { color: c?.fill ?? NO_FILL, pattern: c?.fill ? 'Solid' : 'None' },
      font: {
        bold: c?.font?.bold ?? false,
        italic: c?.font?.italic ?? false,
        color: c?.font?.color ?? DEFAULT_FONT.color,
        name: c?.font?.name ?? DEFAULT_FONT.name,
        size: c?.font?.size ?? DEFAULT_FONT.size,
      },
      protection: { locked: c?.locked ?? true, formulaHidden: false },
      wrapText: c?.wrapText ?? false,
    },
  };
}

function pick(source: Record<string, unknown>, selection: Selection): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, want] of Object.entries(selection)) {
    if (!want || !(key in source)) continue;
    const value = source[key];
    out[key] = want === true || value === null || typeof value !== 'object' ? value : pick(value as Record<string, unknown>, want);
  }
  return out;
}

import { toA1 } from '../../model/address';
import type { CellLocation } from '../../finding';
import type { FindingCell } from '../rule';

export function locationOf(cell: FindingCell): CellLocation {
  return 'pos' in cell ? { sheet: cell.sheet, cell: toA1(cell.pos) } : cell;
}

/** Sheet-qualified A1 as Excel writes it: 'Sheet name'!C9, quotes when the name needs them. */
export function qualified(location: CellLocation): string {
  const needsQuotes = !/^[A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff.]*$/.test(location.sheet) || /^[A-Za-z]{1,3}\d+$/.test(location.sheet);
  const sheet = needsQuotes ? `'${location.sheet.replace(/'/g, "''")}'` : location.sheet;
  return `${sheet}!${location.cell}`;
}

/** The cell as a message shows it: plain A1 on the finding's own sheet, qualified elsewhere. */
export function cellName(cell: FindingCell, homeSheet: string): string {
  const loc = locationOf(cell);
  return loc.sheet === homeSheet ? loc.cell : qualified(loc);
}

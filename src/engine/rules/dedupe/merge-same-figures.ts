import type { CellLocation, Finding } from '../../finding';

/** A single cell's address, as fromA1 reads it. */
const CELL = /^\$?[A-Za-z]{1,3}\$?(\d+)$/;

/** Row of a location, or undefined for an address that is not a single cell (tested, not thrown: this runs for every cell of every finding). */
function rowOf(location: CellLocation): number | undefined {
  const match = CELL.exec(location.cell.trim());
  return match ? Number(match[1]) - 1 : undefined;
}

/**
 * What makes two findings the same broken identity: rule, message, severity, the figures, and
 * the rows of every cell in order. Only the columns may differ (合计 and 财政拨款 columns of a unit
 * whose money is all 财政拨款 print the same figures, and break the same way).
 */
function identityKey(f: Finding): string | undefined {
  if (f.expected === undefined || f.actual === undefined || f.locations.length === 0) return undefined;
  const rows = f.locations.map((l) => `${l.sheet}#${rowOf(l) ?? l.cell}`).join('\u0001');
  // Joined with control characters no rule, figure or sheet name holds (cheaper than JSON).
  return [f.code, f.messageId, f.severity, Boolean(f.rounding), f.expected, f.actual, f.difference ?? '', rows].join('\u0000');
}

/** The columns are really different: the same cells twice are not a second column. */
function sameCells(a: Finding, b: Finding): boolean {
  return a.locations.every((l, i) => l.sheet === b.locations[i]?.sheet && l.cell === b.locations[i]?.cell);
}

/** How many columns a merged message names before “等 N 栏”. */
const SHOWN = 4;

/** The column of a cell as the reader knows it (“第2栏”, “财政拨款”栏); undefined when the table names none. */
export type ColumnNamer = (location: CellLocation) => string | undefined;

/** “第1栏（E8）”, “财政拨款”栏（F8）, or the cell alone when its column has no name. */
function columnOf(f: Finding, nameOf: ColumnNamer): string {
  const name = nameOf(f.locations[0]);
  return name ? `${name}（${f.cells[0]}）` : f.cells[0];
}

/**
 * One root cause, one finding: the same identity broken with identical figures in several columns
 * is reported once, naming all the cells, the first column's arithmetic shown and every column
 * named after it as the table prints it: by 栏次 (“第1栏、第2栏”), else by caption.
 */
export function mergeSameFigures(findings: readonly Finding[], nameOf: ColumnNamer = () => undefined): Finding[] {
  const groups = new Map<string, Finding[]>();
  const order: (Finding | string)[] = [];
  for (const f of findings) {
    const key = identityKey(f);
    if (key === undefined) {
      order.push(f);
      continue;
    }
    const group = groups.get(key);
    if (!group) {
      groups.set(key, [f]);
      order.push(key);
    } else if (!group.some((g) => sameCells(g, f))) group.push(f);
  }
  return order.map((entry) => {
    if (typeof entry !== 'string') return entry;
    const [first, ...others] = groups.get(entry)!;
    if (others.length === 0) return first;
    const all = [first, ...others];
    const columns = all.map((f) => columnOf(f, nameOf));
    const named = columns.length > SHOWN ? `${columns.slice(0, SHOWN).join('、')} 等 ${columns.length} 栏` : columns.join('、');
    return {
      ...first,
      cells: all.flatMap((f) => f.cells),
      locations: all.flatMap((f) => f.locations),
      message: `${first.message}；${named}数字相同，是同一问题`,
      data: { ...first.data, sameIn: others.map((o) => o.cells[0]).join('、'), columns: String(all.length), columnNames: columns.join('、') },
    };
  });
}

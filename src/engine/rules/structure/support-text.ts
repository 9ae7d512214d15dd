import type { CellLocation } from '../../finding';
import { toA1, type CellPos } from '../../model/address';
import type { PrintedText } from '../../tables/table';
import type { TableSet } from '../../tables/table-set';
import type { TextCell } from '../../tables/text-cells';

/** A text cell as a finding names it. */
export function at(sheet: string, pos: CellPos): CellLocation {
  return { sheet, cell: toA1(pos) };
}

const CJK = /[\u4e00-\u9fff]/;

/** Caption lines (金额单位：万元, 部门名称：…) and short labels are table furniture, not prose. */
const CAPTION = /^(金额)?单位[:：]|^(部门|单位|编制单位)(名称)?[:：]|^[(（]?\d{4}年度?[)）]?$/;

/**
 * The cells that hold prose: every text cell outside the recognized 公开 tables (情况说明
 * sheets, 注/说明 lines), plus the 年度目标 / 实际完成情况 / analysis texts of the 自评表 —
 * never table headers, row labels, indicator targets or captions. `selfEvals: false` leaves
 * the 自评表 texts out. Computed once per audit (S-7, S-8, S-9, L-1 and the 目录 all read it).
 */
export function narrativeCells(tables: TableSet, options: { selfEvals?: boolean } = {}): readonly TextCell[] {
  const found = tables.derive(proseCells);
  return options.selfEvals === false ? found.outsideSelfEvals : found.all;
}

/** Both lists of narrativeCells, found in one pass over the text cells. */
function proseCells(tables: TableSet): { all: TextCell[]; outsideSelfEvals: TextCell[] } {
  // Positions (row × 16384 + column) of the 自评表 prose, and the table ranges, by sheet: looked
  // up once per sheet rather than built or searched once per cell.
  const proseInSelfEvals = new Map<string, Set<number>>();
  for (const pe of tables.selfEvals) {
    const texts: (PrintedText | undefined)[] = [pe.goal, pe.achieved, ...pe.analysis];
    const positions = proseInSelfEvals.get(pe.sheet) ?? new Set<number>();
    for (const t of texts) if (t) positions.add(t.pos.row * 16384 + t.pos.col);
    proseInSelfEvals.set(pe.sheet, positions);
  }
  const all: TextCell[] = [];
  const outsideSelfEvals: TextCell[] = [];
  for (const cell of tables.textCells()) {
    const selfEvalProse = proseInSelfEvals.get(cell.sheet)?.has(cell.pos.row * 16384 + cell.pos.col) === true;
    const prose = !tables.inTable(cell.sheet, cell.pos) && isProse(cell.text);
    if (selfEvalProse || prose) all.push(cell);
    if (prose) outsideSelfEvals.push(cell);
  }
  return { all, outsideSelfEvals };
}

/** Words (Chinese), not a caption line. */
function isProse(raw: string): boolean {
  const text = raw.trim();
  return CJK.test(text) && !CAPTION.test(/\s/.test(text) ? text.replace(/\s+/g, '') : text);
}

/** The words around a match, for a message: “…主要原因是…收入。。” */
export function excerpt(text: string, index: number, length: number, around = 12): string {
  const start = Math.max(0, index - around);
  const end = Math.min(text.length, index + length + around);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ')}${end < text.length ? '…' : ''}`;
}

/** The most frequent value (ties: the first seen), with how often each value occurs. */
export function majority<T>(values: readonly T[]): { value: T | undefined; counts: Map<T, number> } {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let value: T | undefined;
  let best = 0;
  for (const [v, n] of counts) {
    if (n > best) {
      value = v;
      best = n;
    }
  }
  return { value, counts };
}

/** The displayed text of a workbook cell ('' when empty). */
export function cellText(tables: TableSet, sheet: string, pos: CellPos): string {
  const cell = tables.workbook.sheets.find((s) => s.name === sheet)?.cells[pos.row]?.[pos.col];
  if (!cell || cell.value === null) return '';
  return (cell.text ?? String(cell.value)).trim();
}

/** A printed thing some rule compares across the workbook (a year, a unit name), with where it is. */
export interface Printed {
  value: string;
  /** As printed, when `value` is normalized for comparison. */
  shown?: string;
  where: string;
  cell: CellLocation;
}

/** Printed values of different tables that disagree with the most common one (ties: the first source). */
export function outliers(items: readonly Printed[]): { reference: Printed; odd: Printed[] } | undefined {
  if (items.length === 0) return undefined;
  const { value } = majority(items.map((i) => i.value));
  const reference = items.find((i) => i.value === value)!;
  return { reference, odd: items.filter((i) => i.value !== value) };
}

/** Hidden sheets (often last year's stale copies) are not part of the published document. */
export function isHidden(tables: TableSet, sheet: string): boolean {
  return tables.workbook.sheets.find((s) => s.name === sheet)?.hidden === true;
}

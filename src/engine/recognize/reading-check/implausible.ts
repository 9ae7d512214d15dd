import type { CellLocation } from '../../finding';
import { toA1 } from '../../model/address';
import { Decimal, ZERO } from '../../money/decimal';
import { codeFamilies } from '../../tables/code-index';
import type { Table, TableRow } from '../../tables/table';
import type { ValueCell } from '../../values/value-cell';

/**
 * Why a table's reading makes no sense (issue 6 item 2). `about` picks the catalog code of the
 * one structural finding: 'structure' → L-1 (rows and codes), 'amounts' → U-1 (amount columns).
 */
export interface Implausibility {
  about: 'structure' | 'amounts';
  /** What could not be understood, in Chinese, without the table's name (added by the caller). */
  reason: string;
  cells: CellLocation[];
}

const EXAMPLES = 3;

function at(table: Table, pos: { row: number; col: number }): CellLocation {
  return { sheet: table.sheet, cell: toA1(pos) };
}

/** A code printed twice: the codes were read from the wrong column, or parts lost their parents. */
function repeatedCode(table: Table): Implausibility | undefined {
  const seen = new Map<string, TableRow>();
  const repeats: TableRow[] = [];
  for (const row of table.codeRows()) {
    if (seen.has(row.code!)) repeats.push(row);
    else seen.set(row.code!, row);
  }
  // One repeat is a user's slip (T02-3 reports it); several mean the reading is wrong.
  if (repeats.length < 2) return undefined;
  const codes = [...new Set(repeats.map((r) => r.code!))];
  return {
    about: 'structure',
    reason: `科目编码 ${codes.slice(0, EXAMPLES).join('、')}${codes.length > EXAMPLES ? ` 等 ${codes.length} 个` : ''} 在同一级重复出现 ${repeats.length} 次，编码栏可能读错（如“类|款|项”分栏或编码与名称同格）`,
    cells: repeats.slice(0, EXAMPLES).map((r) => at(table, r.labelPos ?? { row: r.row, col: 0 })),
  };
}

/** Σ of the rows' numbers in one column (a loop: it runs for every parent and column). */
function sumColumn(rows: readonly TableRow[], col: number): Decimal {
  let total = ZERO;
  for (const row of rows) {
    const c = row.values.get(col);
    if (c && c.kind === 'number' && !c.value.isZero()) total = total.plus(c.value);
  }
  return total;
}

/** The parent is 2×, 3×… the sum of its children (ruled out at once when they are equal, as nearly always). */
function isWholeMultiple(parent: Decimal, children: Decimal): boolean {
  if (children.isZero() || parent.equals(children)) return false;
  // A product rules out parents near 1× their children before the (costlier) division.
  if (parent.isNegative() !== children.isNegative() || parent.abs().lt(children.abs().times(2))) return false;
  const ratio = parent.div(children);
  return ratio.isInteger() && ratio.gte(2);
}

/**
 * Parents equal to 2×, 3×… their children: the same rows were read at several levels. Every
 * non-zero parent is compared with the sum of its children in every amount column (a blank or
 * zero parent is no multiple of anything: its children are not summed).
 */
function wholeMultiples(table: Table): Implausibility | undefined {
  const total = table.total();
  const classes = table.codeRows().filter((r) => r.code!.length === 3);
  // The families the hierarchy rules and the fill walk (built once per table), and 合计 over the 类.
  const families = [...(total && classes.length > 0 ? [{ parent: total, children: classes }] : []), ...codeFamilies(table)];
  const multiples: { parent: ValueCell; children: Decimal }[] = [];
  for (const col of table.columns) {
    for (const { parent, children } of families) {
      const cell = parent.values.get(col);
      if (!cell || cell.kind !== 'number' || cell.value.isZero()) continue;
      const sum = sumColumn(children, col);
      if (isWholeMultiple(cell.value, sum)) multiples.push({ parent: cell, children: sum });
    }
  }
  // Several independent comparisons must agree: a single one may be a real missing row.
  if (multiples.length < 2) return undefined;
  const first = multiples[0];
  return {
    about: 'structure',
    reason: `${multiples.length} 处上级数恰为下级合计的整数倍（如 ${toA1(first.parent.pos)} = ${first.parent.text}，下级合计 ${first.children.toFixed(first.parent.decimals)}），科目层级可能读错`,
    cells: multiples.slice(0, EXAMPLES).map((m) => at(table, m.parent.pos)),
  };
}

/** An amount column that holds mostly words: a name column was taken for amounts. */
function textColumns(table: Table): Implausibility | undefined {
  for (const col of table.columns) {
    // Counted first; the texts are listed only for the column that holds mostly words.
    let textCount = 0;
    let numberCount = 0;
    for (const row of table.rows) {
      const kind = row.values.get(col)?.kind;
      if (kind === 'text') textCount++;
      else if (kind === 'number') numberCount++;
    }
    if (textCount >= 3 && textCount > numberCount) {
      const texts = table.rows.flatMap((r) => {
        const cell = r.values.get(col);
        return cell?.kind === 'text' ? [cell] : [];
      });
      return {
        about: 'amounts',
        reason: `第 ${col} 栏按金额读取，但 ${texts.length} 个单元格是文字（如“${texts[0].text}”），金额栏可能读错（科目名称栏被当作金额）`,
        cells: texts.slice(0, EXAMPLES).map((c) => at(table, c.pos)),
      };
    }
  }
  return undefined;
}

/**
 * The 合计 row matches no level of the rows (Σ类, Σ款 or Σ项) in any amount column with data: the
 * rows or columns were read wrongly. A real error breaks one column, never all of them.
 */
function unmatchedTotal(table: Table): Implausibility | undefined {
  const total = table.total();
  const codeRows = table.codeRows();
  if (!total || codeRows.length === 0) return undefined;
  const tried: ValueCell[] = [];
  const slack = new Decimal('0.01').times(codeRows.length + 1);
  const levels = [3, 5, 7].map((length) => codeRows.filter((r) => r.code!.length === length)).filter((level) => level.length > 0);
  for (const col of table.columns) {
    const cell = total.values.get(col);
    if (!cell || cell.kind !== 'number' || cell.value.isZero()) continue;
    if (levels.some((level) => sumColumn(level, col).minus(cell.value).abs().lte(slack))) return undefined;
    tried.push(cell);
  }
  if (tried.length < 2) return undefined;
  return {
    about: 'structure',
    reason: `合计行在 ${tried.length} 个金额栏都不等于任何一级科目（类、款、项）之和，行或栏可能读错`,
    cells: tried.slice(0, EXAMPLES).map((c) => at(table, c.pos)),
  };
}

const CHECKS = [repeatedCode, wholeMultiples, textColumns, unmatchedTotal];

/** The first reason the reading of `table` makes no sense, or undefined when it is plausible. */
export function findImplausibility(table: Table): Implausibility | undefined {
  for (const check of CHECKS) {
    const found = check(table);
    if (found) return found;
  }
  return undefined;
}

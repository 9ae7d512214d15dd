import type { Severity } from '../../finding';
import { Decimal, ZERO } from '../../money/decimal';
import { identityTolerance, sameFigureTolerance } from '../../money/tolerance';
import { toA1 } from '../../model/address';
import type { AmountUnit } from '../../money/unit';
import type { ValueCell } from '../../values/value-cell';
import type { RuleContext } from '../rule';
import { amountIn, commonUnit, decimalsOf, show } from './amounts';
import { cellName } from './cell-ref';

/** One side of an identity: the cell (undefined when the row or column is not printed) and its name. */
export interface Term {
  cell: ValueCell | undefined;
  name: string;
  /** −1 for a subtracted term (年末 = 年初 + 收入 − 支出). */
  sign?: 1 | -1;
}

/** The cells are present and hold numbers (or blanks/“——”, read as 0); otherwise says why not. */
export function usable(ctx: RuleContext, subject: string, terms: readonly Term[]): terms is readonly (Term & { cell: ValueCell })[] {
  const sheet = terms.find((t) => t.cell)?.cell?.sheet;
  for (const t of terms) {
    if (!t.cell) {
      ctx.unchecked(`${subject}：表中未找到“${t.name}”`, sheet);
      return false;
    }
    if (t.cell.kind === 'text' || t.cell.kind === 'error') {
      ctx.unchecked(`${subject}：${t.cell.sheet} ${toA1(t.cell.pos)}（${t.name}）的内容“${t.cell.text}”不是数字`, t.cell.sheet);
      return false;
    }
  }
  return true;
}

/** 元 tables have no 尾差: their identities close to the fen (§3 rule 1). */
function verdict(rounding: boolean, tolerance: Decimal, decimals: number, unit: AmountUnit): string {
  if (unit === '元') return '，元表允许误差 0';
  return rounding ? `，在尾差范围 ${show(tolerance, Math.max(decimals, 3))} 内` : `，超出尾差范围 ${show(tolerance, Math.max(decimals, 3))}`;
}

/** One figure printed twice is the same 元 value rounded the same way (§3 rule 3): no 尾差 range applies. */
function sameFigureVerdict(rounding: boolean): string {
  return rounding ? '，两处应为同一数字（相差一个舍入单位，请核实取数）' : '，两处应为同一数字';
}

/** “收入支出决算总表 本年支出合计” + “本年支出合计（行次58）”: the subject loses the repeated name. */
function withoutRepeat(subject: string, name: string): string {
  const base = name.split(/[（(]/)[0].trim();
  return base && subject.endsWith(base) && subject.length > base.length ? subject.slice(0, -base.length).trim() : subject;
}

/** Amounts carry their unit where tables of different units meet (元 tables beside 万元 ones). */
function withUnit(text: string, unit: AmountUnit, cells: readonly ValueCell[]): string {
  // A loop, not a Set: three figures of every finding ask.
  let first: AmountUnit | undefined;
  for (const c of cells) {
    if (!c.unit) continue;
    if (first === undefined) first = c.unit;
    else if (c.unit !== first) return `${text} ${unit}`;
  }
  return text;
}

/** “C9+C10+…+C16” over the parts that hold something (blank lines add nothing to read). */
function expression(all: readonly (Term & { cell: ValueCell })[], home: string): string {
  const filled = all.filter((p) => p.cell.kind !== 'blank');
  const parts = filled.length > 0 ? filled : all;
  const name = (i: number) => `${i === 0 ? (parts[i].sign === -1 ? '−' : '') : parts[i].sign === -1 ? '−' : '+'}${cellName(parts[i].cell, home)}`;
  // Only the cells shown are named: a sum over 10,000 rows names three.
  if (parts.length <= 4) return parts.map((_, i) => name(i)).join('');
  return `${name(0)}${name(1)}+…${name(parts.length - 1)}`;
}

/** A term usable() refuses: not printed, or words or an error where a number belongs. */
function unreadable(t: Term): boolean {
  return !t.cell || t.cell.kind === 'text' || t.cell.kind === 'error';
}

/** commonUnit of the total and the parts; the usual case, one table and so one unit, without building their list. */
function sumUnit(total: Term & { cell: ValueCell }, parts: readonly (Term & { cell: ValueCell })[]): AmountUnit {
  const unit = total.cell.unit;
  for (const p of parts) if (p.cell.unit !== unit) return commonUnit([total, ...parts], (t) => t.cell.unit);
  return unit ?? '万元';
}

/**
 * True when total = Σ parts holds exactly, every cell printed and readable and all in one unit:
 * then checkSum would report nothing, and the caller need not name the terms. Hierarchies and
 * row sums ask this first, so a workbook's hundreds of closing sums build no names or subjects.
 */
export function sumCloses(total: ValueCell | undefined, parts: readonly (ValueCell | undefined)[]): boolean {
  if (!total || total.kind === 'text' || total.kind === 'error') return false;
  let sum = ZERO;
  for (const p of parts) {
    if (!p || p.kind === 'text' || p.kind === 'error' || p.unit !== total.unit) return false;
    if (!p.value.isZero()) sum = sum.plus(p.value);
  }
  return sum.equals(total.value);
}

export interface SumCheck {
  subject: string;
  total: Term;
  parts: Term[];
  /** Severity beyond tolerance; defaults to the rule's. */
  severity?: Severity;
}

/**
 * total = Σ parts, with the §3 tolerance: within it an info 尾差, beyond it the rule's severity.
 * Returns false when the check could not run.
 */
export function checkSum(ctx: RuleContext, check: SumCheck): boolean {
  // Most sums close: nothing but the sum is built until a difference is found (no list of the
  // terms, no closure: a workbook checks hundreds of sums).
  if (unreadable(check.total) || check.parts.some(unreadable)) return usable(ctx, check.subject, [check.total, ...check.parts]);
  const total = check.total as Term & { cell: ValueCell };
  const parts = check.parts as (Term & { cell: ValueCell })[];
  const unit = sumUnit(total, parts);
  // Most parts are blank: adding ±0 changes neither the sum nor the sign of a zero sum, so zero
  // parts are skipped; minus() for a subtracted term gives the same sum as times(−1) would.
  let expected = ZERO;
  let rounded = 0;
  for (const p of parts) {
    const amount = amountIn(p.cell, unit);
    if (amount.isZero()) continue;
    expected = p.sign === -1 ? expected.minus(amount) : expected.plus(amount);
    rounded++;
  }
  const actual = amountIn(total.cell, unit);
  const difference = actual.minus(expected).abs();
  if (difference.isZero()) return true;
  const cells = [total.cell, ...parts.map((p) => p.cell)];
  const tolerance = identityTolerance(unit, rounded);
  const rounding = difference.lessThanOrEqualTo(tolerance);
  const decimals = decimalsOf(cells);
  const home = total.cell.sheet;
  ctx.report({
    messageId: 'sum',
    severity: rounding ? 'info' : check.severity,
    cells: [total.cell, ...parts.filter((p) => p.cell.kind !== 'blank').map((p) => p.cell)],
    data: {
      subject: withoutRepeat(check.subject, total.name),
      totalName: total.name,
      totalCell: cellName(total.cell, home),
      actual: withUnit(show(actual, decimals), unit, cells),
      expression: expression(parts, home),
      expected: withUnit(show(expected, decimals), unit, cells),
      difference: withUnit(show(difference, decimals), unit, cells),
      verdict: verdict(rounding, tolerance, decimals, unit),
    },
    expected,
    actual,
    difference,
    tolerance,
    rounding,
  });
  return true;
}

export interface EqualCheck {
  subject: string;
  left: Term;
  right: Term;
  severity?: Severity;
}

/** The two sides of a comparison, in one unit, with the cells and names a message needs. */
function compared(check: EqualCheck) {
  const left = check.left.cell as ValueCell;
  const right = check.right.cell as ValueCell;
  const unit = commonUnit([left, right]);
  const decimals = decimalsOf([left, right]);
  return {
    left,
    right,
    unit,
    decimals,
    actual: amountIn(left, unit),
    other: amountIn(right, unit),
    names: { subject: check.subject, leftName: check.left.name, leftCell: cellName(left, left.sheet), rightName: check.right.name, rightCell: cellName(right, left.sheet) },
  };
}

/**
 * One figure printed in two places (§3 rule 3): the same 元 value rounded the same way, so any
 * difference is reported; one rounding step is a warning, more is the rule's severity.
 */
export function checkEqual(ctx: RuleContext, check: EqualCheck): boolean {
  if (!usable(ctx, check.subject, [check.left, check.right])) return false;
  const c = compared(check);
  const difference = c.actual.minus(c.other).abs();
  if (difference.isZero()) return true;
  const tolerance = sameFigureTolerance(c.unit);
  const rounding = difference.lessThanOrEqualTo(tolerance);
  ctx.report({
    messageId: 'equal',
    severity: rounding ? 'warning' : check.severity,
    cells: [c.left, c.right],
    data: {
      ...c.names,
      actual: withUnit(show(c.actual, c.decimals), c.unit, [c.left, c.right]),
      expected: withUnit(show(c.other, c.decimals), c.unit, [c.left, c.right]),
      difference: withUnit(show(difference, c.decimals), c.unit, [c.left, c.right]),
      verdict: sameFigureVerdict(rounding),
    },
    expected: c.other,
    actual: c.actual,
    difference,
    tolerance,
    rounding,
  });
  return true;
}

/** left ≤ right (全口径 ≥ 财政拨款; an item ≤ its 三公 total), allowing one rounding step. */
export function checkNotGreater(ctx: RuleContext, check: EqualCheck): boolean {
  if (!usable(ctx, check.subject, [check.left, check.right])) return false;
  const c = compared(check);
  const excess = c.actual.minus(c.other);
  if (excess.lessThanOrEqualTo(sameFigureTolerance(c.unit))) return true;
  ctx.report({
    messageId: 'notGreater',
    severity: check.severity,
    cells: [c.left, c.right],
    data: {
      ...c.names,
      actual: withUnit(show(c.actual, c.decimals), c.unit, [c.left, c.right]),
      expected: withUnit(show(c.other, c.decimals), c.unit, [c.left, c.right]),
      difference: withUnit(show(excess, c.decimals), c.unit, [c.left, c.right]),
    },
    expected: c.other,
    actual: c.actual,
    difference: excess,
  });
  return true;
}

/** Amounts that may not be negative (财决01表 核实性公式 “1至8行、28行、32至85行≥0”). */
export function checkNonNegative(ctx: RuleContext, subject: string, terms: readonly Term[]): void {
  for (const t of terms) {
    const cell = t.cell;
    if (!cell || cell.kind !== 'number' || !cell.value.isNegative()) continue;
    ctx.report({
      messageId: 'negative',
      cells: [cell],
      data: { subject, name: t.name, cell: cellName(cell, cell.sheet), actual: show(cell.value, decimalsOf([cell])) },
      actual: cell.value,
      expected: '≥ 0',
    });
  }
}

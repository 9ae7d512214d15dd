import type { CellSnapshot } from '../../../engine/model/snapshot';
import { Decimal } from '../../../engine/money/decimal';
import { Unsupported, type Node } from './syntax';

export type Val = { t: 'n'; d: Decimal } | { t: 's'; s: string } | { t: 'b'; b: boolean } | { t: 'blank' } | { t: 'e'; code: string };

/** Thrown when a referenced formula is not computed yet: the cell is tried again on the next pass. */
export class Waiting extends Error {}

export interface Lookup {
  /** The cell (undefined when empty); throws Waiting / Unsupported for pending or failed formulas. */
  cell(sheet: string | undefined, row: number, col: number, a1: string): CellSnapshot | null | undefined;
  /** Rows of a sheet, to walk a range over the cells that exist only. */
  rows(sheet: string | undefined, a1: string): readonly ((CellSnapshot | null | undefined)[] | undefined)[];
  /** Counts cells visited; throws Unsupported past the workbook's budget. */
  visit(n: number): void;
}

const ZERO = new Decimal(0);

export function valueOf(cell: CellSnapshot | null | undefined): Val {
  if (!cell || cell.value === null) return { t: 'blank' };
  if (cell.error) return { t: 'e', code: String(cell.value) };
  if (typeof cell.value === 'number') return { t: 'n', d: new Decimal(String(cell.value)) };
  if (typeof cell.value === 'boolean') return { t: 'b', b: cell.value };
  return { t: 's', s: cell.value };
}

class ExcelError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

/** A value in arithmetic: blank 0, TRUE 1, numeric text its number, other text #VALUE!. */
function toNumber(v: Val): Decimal {
  switch (v.t) {
    case 'n':
      return v.d;
    case 'blank':
      return ZERO;
    case 'b':
      return v.b ? new Decimal(1) : ZERO;
    case 'e':
      throw new ExcelError(v.code);
    case 's': {
      const text = v.s.trim().replace(/,/g, '');
      if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) return new Decimal(text);
      throw new ExcelError('#VALUE!');
    }
  }
}

function toText(v: Val): string {
  switch (v.t) {
    case 'n':
      return String(v.d.toNumber());
    case 's':
      return v.s;
    case 'b':
      return v.b ? 'TRUE' : 'FALSE';
    case 'blank':
      return '';
    case 'e':
      throw new ExcelError(v.code);
  }
}

function sumArgs(args: Node[], lookup: Lookup): Decimal {
  let total = ZERO;
  for (const arg of args) {
    if (arg.k === 'range' || arg.k === 'ref') {
      // SUM over references adds the numbers and skips text, blanks and booleans; errors propagate.
      const area = arg.k === 'ref' ? { top: arg.row, bottom: arg.row, left: arg.col, right: arg.col } : arg;
      const rows = lookup.rows(arg.sheet, arg.a1);
      const bottom = Math.min(area.bottom, rows.length - 1);
      for (let r = area.top; r <= bottom; r++) {
        const line = rows[r];
        if (!line) continue;
        const right = Math.min(area.right, line.length - 1);
        lookup.visit(Math.max(0, right - area.left + 1));
        for (let c = area.left; c <= right; c++) {
          if (!line[c]) continue;
          const v = valueOf(lookup.cell(arg.sheet, r, c, arg.a1));
          if (v.t === 'e') throw new ExcelError(v.code);
          if (v.t === 'n') total = total.plus(v.d);
        }
      }
    } else total = total.plus(toNumber(evaluateNode(arg, lookup)));
  }
  return total;
}

function round(value: Decimal, places: Decimal): Decimal {
  const n = places.trunc().toNumber();
  if (n >= 0) return value.toDecimalPlaces(n, Decimal.ROUND_HALF_UP);
  const unit = new Decimal(10).pow(-n);
  return value.div(unit).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(unit);
}

function call(name: string, args: Node[], lookup: Lookup): Val {
  switch (name) {
    case 'SUM':
      return { t: 'n', d: sumArgs(args, lookup) };
    case 'ROUND':
      if (args.length !== 2) throw new Unsupported('ROUND 需要两个参数');
      return { t: 'n', d: round(toNumber(evaluateNode(args[0], lookup)), toNumber(evaluateNode(args[1], lookup))) };
    default:
      throw new Unsupported(`不支持函数 ${name}`);
  }
}

function arithmetic(op: string, a: Decimal, b: Decimal): Decimal {
  switch (op) {
    case '+':
      return a.plus(b);
    case '-':
      return a.minus(b);
    case '*':
      return a.times(b);
    case '/':
      if (b.isZero()) throw new ExcelError('#DIV/0!');
      return a.div(b);
    default:
      return a.pow(b);
  }
}

function evaluateNode(node: Node, lookup: Lookup): Val {
  switch (node.k) {
    case 'num':
      return { t: 'n', d: node.v };
    case 'str':
      return { t: 's', s: node.v };
    case 'bool':
      return { t: 'b', b: node.v };
    case 'ref':
      return valueOf(lookup.cell(node.sheet, node.row, node.col, node.a1));
    case 'range':
      throw new Unsupported(`区域 ${node.a1} 只能用在 SUM 中`);
    case 'neg':
      return { t: 'n', d: toNumber(evaluateNode(node.a, lookup)).neg() };
    case 'pct':
      return { t: 'n', d: toNumber(evaluateNode(node.a, lookup)).div(100) };
    case 'call':
      return call(node.name, node.args, lookup);
    case 'bin': {
      const a = evaluateNode(node.a, lookup);
      const b = evaluateNode(node.b, lookup);
      if (node.op === '&') return { t: 's', s: toText(a) + toText(b) };
      return { t: 'n', d: arithmetic(node.op, toNumber(a), toNumber(b)) };
    }
  }
}

/** The formula's value; an Excel error value (#DIV/0!, #VALUE!) when Excel would show one. */
export function evaluate(node: Node, lookup: Lookup): Val {
  try {
    const v = evaluateNode(node, lookup);
    // A formula that is just a reference to an empty cell shows 0 in Excel.
    return v.t === 'blank' ? { t: 'n', d: ZERO } : v;
  } catch (error) {
    if (error instanceof ExcelError) return { t: 'e', code: error.code };
    throw error;
  }
}

import { toA1, type CellPos } from '../model/address';
import type { GradeScale } from './grade-bands';

/**
 * Excel formulas of the fill. Only functions every Excel since 2010 and WPS 表格 have (ROUND,
 * IF, MIN, SUM, ISNUMBER); English names and ',' separators, as the file format stores them.
 */

/** 执行率 as a percent figure (77.58) or as a fraction for a percent-formatted cell (0.7758). */
export function rateFormula(budget: string, executed: string, asFraction: boolean): string {
  return asFraction ? `=IF(${budget}=0,"",ROUND(${executed}/${budget},4))` : `=IF(${budget}=0,"",ROUND(${executed}/${budget}*100,2))`;
}

/** 预算执行得分 = min(执行率, 100 %) × 分值, from the unrounded rate, two decimals. */
export function scoreFormula(budget: string, executed: string, weight: string): string {
  return `=IF(${budget}=0,"",ROUND(MIN(${executed}/${budget},1)*${weight},2))`;
}

/** 资金结(转)余 = 全年预算数 − 全年执行数. */
export function balanceFormula(budget: string, executed: string): string {
  return `=${budget}-${executed}`;
}

/** 总分 = Σ indicator 得分 + 预算执行得分, two decimals. */
export function totalFormula(parts: readonly CellPos[]): string {
  return `=ROUND(${sumExpression(parts)},2)`;
}

/** A blank total of a 公开 table: the sum of exactly its part cells. */
export function sumFormula(parts: readonly CellPos[]): string {
  return `=${sumExpression(parts)}`;
}

/** 等级 from the 总分 cell by nested IFs over the bands; blank while 总分 is not a number. */
export function gradeFormula(total: string, scale: GradeScale): string {
  let inner = `"${scale.below}"`;
  for (const band of [...scale.bands].reverse()) inner = `IF(${total}>=${band.min},"${band.label}",${inner})`;
  return `=IF(ISNUMBER(${total}),${inner},"")`;
}

/** Excel's SUM takes at most 255 arguments. */
const MAX_ARGS = 255;

/**
 * SUM over the exact cells: runs of adjacent cells in one column or row become a range
 * (I12:I20), the others are listed one by one; more than 255 arguments are split into SUMs.
 */
export function sumExpression(parts: readonly CellPos[]): string {
  const args = runs(parts).map(([a, b]) => (a === b ? toA1(a) : `${toA1(a)}:${toA1(b)}`));
  if (args.length === 0) return '0';
  const chunks: string[] = [];
  for (let i = 0; i < args.length; i += MAX_ARGS) chunks.push(`SUM(${args.slice(i, i + MAX_ARGS).join(',')})`);
  return chunks.join('+');
}

/** Consecutive cells (same column, next row; or same row, next column) joined, in the given order. */
function runs(parts: readonly CellPos[]): [CellPos, CellPos][] {
  const out: [CellPos, CellPos][] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (last && isNext(last, p)) last[1] = p;
    else out.push([p, p]);
  }
  return out;
}

function isNext([a, b]: [CellPos, CellPos], p: CellPos): boolean {
  const vertical = a.col === b.col && p.col === b.col && p.row === b.row + 1;
  const horizontal = a.row === b.row && p.row === b.row && p.col === b.col + 1;
  return vertical || horizontal;
}

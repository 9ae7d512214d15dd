import type { Grid } from '../model/grid';
import type { CellPos } from '../model/address';
import type { FundRow, SelfEval } from '../tables/self-eval';
import { isBlankCell } from './compare';

/**
 * The 分值 column of the funds block (central 附件1: 项目资金 | 年初预算数 | 全年预算数 |
 * 全年执行数 | 分值 | 执行率 | 得分), searched in the header rows above the first fund line.
 * The 山西 template has none: the 分值 is then 10.
 */
export function fundWeightColumn(grid: Grid, pe: SelfEval): number | undefined {
  const first = pe.funds[0]?.annualBudget?.pos.row;
  if (first === undefined) return undefined;
  for (let r = Math.max(pe.range.top, first - 3); r < first; r++) {
    for (let c = 0; c < grid.rowLength(r); c++) if (/^分值/.test(grid.norm(r, c))) return c;
  }
  return undefined;
}

/** The row that carries 预算执行得分 (and so counts in 总分). */
export function executionScoreRow(grid: Grid, pe: SelfEval): number | undefined {
  const rows = pe.funds;
  if (!rows[0]?.score) return undefined;
  const filled = (fund: FundRow) => fund.score !== undefined && !isBlankCell(grid.cell(fund.score.pos.row, fund.score.pos.col));
  if (filled(rows[0])) return 0;
  // 资金总额 得分 left blank while a source line (市县级财政资金) carries it: that line counts.
  const carrier = rows.findIndex((fund, i) => i > 0 && filled(fund));
  return carrier > 0 ? carrier : 0;
}

/** The 总分 row's cells: the total (first number right of the label, else under 分值) and the grade right of it. */
export function totalAndGradeCells(grid: Grid, pe: SelfEval): { total?: CellPos; grade?: CellPos } {
  const total = pe.total?.pos ?? locateTotal(grid, pe);
  if (!total) return {};
  if (pe.grade) return { total, grade: pe.grade.pos };
  for (let c = total.col + 1; c <= Math.max(pe.range.right, total.col + 1); c++) {
    if (grid.isMergedCovered(total.row, c)) continue;
    return { total, grade: { row: total.row, col: c } };
  }
  return { total };
}

function locateTotal(grid: Grid, pe: SelfEval): CellPos | undefined {
  const last = pe.indicators[pe.indicators.length - 1];
  if (!last) return undefined;
  for (let r = last.score.pos.row + 1; r <= Math.min(pe.range.bottom, last.score.pos.row + 3); r++) {
    let labelCol = -1;
    for (let c = 0; c < grid.rowLength(r); c++) {
      if (grid.text(r, c)) {
        labelCol = c;
        break;
      }
    }
    if (labelCol < 0 || !/^总分/.test(grid.norm(r, labelCol))) continue;
    let firstText = Number.POSITIVE_INFINITY;
    for (let c = labelCol + 1; c < grid.rowLength(r); c++) {
      if (grid.isMergedCovered(r, c) || !grid.text(r, c)) continue;
      if (/^[\d.]+$/.test(grid.norm(r, c))) return { row: r, col: c };
      firstText = c;
      break;
    }
    // Blank 总分: the 山西 template prints it under the 分值 column, the grade under 得分.
    const col = last.weight.pos.col;
    return col < firstText && !grid.isMergedCovered(r, col) ? { row: r, col } : undefined;
  }
  return undefined;
}

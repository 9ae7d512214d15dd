import { cellDecimal, Decimal, ZERO } from '../money/decimal';
import { toA1, type CellPos } from '../model/address';
import type { Grid } from '../model/grid';
import { isExecutionIndicator } from '../rules/performance/support-indicators';
import { fundLabel, natural, shown, subjectOf } from '../rules/performance/support-self-eval';
import type { FundRow, SelfEval } from '../tables/self-eval';
import type { ValueCell } from '../values/value-cell';
import { compareNumber, isBlankCell } from './compare';
import type { FillBuilder } from './fill-builder';
import type { FillItem } from './fill-item';
import { balanceFormula, gradeFormula, rateFormula, scoreFormula, totalFormula } from './formulas';
import { DEFAULT_GRADES, gradeOf, sameGrade, scaleForPrinted, type GradeScale } from './grade-bands';
import { executionScoreRow, fundWeightColumn, totalAndGradeCells } from './funds-block';

const DEFAULT_WEIGHT = new Decimal(10);

/** A planned number cell and the value it holds after the fill. */
interface Planned {
  item: FillItem;
  value: Decimal;
}

function usable(cell: ValueCell | undefined): cell is ValueCell {
  return cell !== undefined && (cell.kind === 'number' || cell.kind === 'blank');
}

function isPercentFormat(grid: Grid, pos: CellPos): boolean {
  return grid.cell(pos.row, pos.col)?.numFmt?.includes('%') === true;
}

/** The funds lines of one 自评表: 资金结(转)余, 执行率 and 预算执行得分 per line. */
function planFunds(b: FillBuilder, grid: Grid, pe: SelfEval, subject: string): Planned | undefined {
  const weightCol = fundWeightColumn(grid, pe);
  const scoreIndicator = pe.indicators.some(isExecutionIndicator);
  const carrier = scoreIndicator ? undefined : executionScoreRow(grid, pe);
  let carried: Planned | undefined;
  pe.funds.forEach((fund, i) => {
    const line = `${subject}${fundLabel(fund, i)}`;
    const { annualBudget: budget, executed } = fund;
    if (!budget || !executed) return;
    if (!usable(budget) || !usable(executed)) {
      const bad = usable(budget) ? executed : budget;
      b.note('PE-1', 'warning', pe.sheet, bad.pos, `${line}：${toA1(bad.pos)} 的内容“${bad.text}”不是数字，不能计算结余、执行率和得分`);
      return;
    }
    // A source line with neither budget nor spending (其他资金 left blank) has nothing to derive.
    if (budget.kind === 'blank' && executed.kind === 'blank') return;
    const B = toA1(budget.pos);
    const X = toA1(executed.pos);
    if (fund.balance && b.wants(pe.sheet, fund.balance.pos)) {
      const value = budget.value.minus(executed.value);
      const numFmt = grid.cell(budget.pos.row, budget.pos.col)?.numFmt ?? '0.00';
      b.add({ kind: 'balance', code: 'PE-3', sheet: pe.sheet, pos: fund.balance.pos, label: `${line} 资金结(转)余`, formula: balanceFormula(B, X), value, shown: natural(value), numFmt, status: compareNumber(b.cell(pe.sheet, fund.balance.pos), value) });
    }
    if (budget.value.isZero()) {
      if (fund.rate && (i === 0 || !executed.value.isZero())) {
        b.note('PE-1', executed.value.isZero() ? 'info' : 'warning', pe.sheet, fund.rate.pos, `${line}：全年预算数 ${B} 为 0，执行率和预算执行得分无法计算，不填（全年执行数 ${X} = ${executed.text || '0'}）`);
      }
      return;
    }
    const rate = executed.value.dividedBy(budget.value).times(100);
    if (fund.rate) planRate(b, grid, pe.sheet, fund.rate.pos, `${line} 执行率`, B, X, rate);
    const scoreHere = fund.score && carrier !== undefined && (i === carrier || (carrier === 0 && pe.funds.length === 2));
    if (fund.score && scoreHere && b.wants(pe.sheet, fund.score.pos)) {
      const weight = weightOf(grid, pe, fund, weightCol);
      const value = Decimal.min(rate, 100).dividedBy(100).times(weight.value);
      const rounded = value.toDecimalPlaces(2);
      const item = b.add({ kind: 'score', code: 'PE-2', sheet: pe.sheet, pos: fund.score.pos, label: `${line} 预算执行得分`, formula: scoreFormula(B, X, weight.ref), value: rounded, shown: natural(rounded), numFmt: '0.00', status: compareNumber(b.cell(pe.sheet, fund.score.pos), value) });
      if (i === carrier) carried = { item, value: rounded };
    }
  });
  if (carried || carrier === undefined) return carried;
  // The carrying line was not planned (no budget, unreadable): 总分 reads its cell as it is.
  return undefined;
}

export function planRate(b: FillBuilder, grid: Grid, sheet: string, pos: CellPos, label: string, B: string, X: string, rate: Decimal, fraction = isPercentFormat(grid, pos)): void {
  if (!b.wants(sheet, pos)) return;
  const rounded = rate.toDecimalPlaces(2);
  b.add({
    kind: 'rate',
    code: 'PE-1',
    sheet,
    pos,
    label,
    formula: rateFormula(B, X, fraction),
    value: rounded,
    cached: fraction ? rate.dividedBy(100).toDecimalPlaces(4).toNumber() : rounded.toNumber(),
    shown: `${shown(rounded, 2)}%`,
    numFmt: fraction ? '0.00%' : '0.00',
    status: compareNumber(b.cell(sheet, pos), rate, true),
  });
}

/** The line's 分值: its own 分值 cell, else 资金总额's, else 10 (财预〔2020〕10号). */
function weightOf(grid: Grid, pe: SelfEval, fund: FundRow, col: number | undefined): { value: Decimal; ref: string } {
  if (col !== undefined) {
    for (const row of [fund.label.pos.row, pe.funds[0].label.pos.row]) {
      const cell = grid.cell(row, col);
      if (cell && typeof cell.value === 'number') return { value: cellDecimal(cell.value), ref: toA1({ row, col }) };
    }
  }
  return { value: DEFAULT_WEIGHT, ref: '10' };
}

/** 总分 = Σ indicator 得分 + 预算执行得分; then 等级 from the 总分 cell. */
function planTotal(b: FillBuilder, grid: Grid, pe: SelfEval, subject: string, execution: Planned | undefined, scale: GradeScale | undefined): void {
  if (pe.indicators.length === 0) return;
  const { total: totalPos, grade: gradePos } = totalAndGradeCells(grid, pe);
  if (!totalPos) return;
  const wantsGrade = gradePos !== undefined && b.wants(pe.sheet, gradePos);
  if (!b.wants(pe.sheet, totalPos) && !wantsGrade) return;
  const bad = pe.indicators.map((i) => i.score).find((s) => s.kind === 'text' || s.kind === 'error');
  if (bad) {
    b.note('PE-7', 'warning', pe.sheet, bad.pos, `${subject}：得分 ${toA1(bad.pos)} 的内容“${bad.text}”不是数字，不能计算总分`);
    return;
  }
  const parts: CellPos[] = pe.indicators.map((i) => i.score.pos);
  let sum = pe.indicators.reduce((acc, i) => acc.plus(i.score.value), ZERO);
  const dependsOn: string[] = [];
  const scoreIndicator = pe.indicators.some(isExecutionIndicator);
  const carrierRow = scoreIndicator ? undefined : executionScoreRow(grid, pe);
  const carrierCell = carrierRow === undefined ? undefined : pe.funds[carrierRow].score;
  if (carrierCell) {
    const value = b.effective(pe.sheet, carrierCell.pos, execution);
    if (value === undefined) return;
    parts.push(carrierCell.pos);
    sum = sum.plus(value);
    if (execution?.item.chosen) dependsOn.push(execution.item.key);
  }
  const value = sum.toDecimalPlaces(2);
  const totalItem = b.wants(pe.sheet, totalPos)
    ? b.add({ kind: 'total', code: 'PE-7', sheet: pe.sheet, pos: totalPos, label: `${subject} 总分`, formula: totalFormula(parts), value, shown: natural(value), numFmt: '0.00', status: compareNumber(b.cell(pe.sheet, totalPos), value), dependsOn })
    : undefined;
  if (!gradePos || !wantsGrade) return;
  const effectiveTotal = b.effective(pe.sheet, totalPos, totalItem && { item: totalItem, value });
  const printedGrade = grid.text(gradePos.row, gradePos.col);
  if (effectiveTotal === undefined || (isBlankCell(b.cell(pe.sheet, totalPos)) && !totalItem?.chosen)) return;
  const bands = scale ?? scaleForPrinted([printedGrade], DEFAULT_GRADES);
  const grade = gradeOf(effectiveTotal, bands);
  const status = isBlankCell(b.cell(pe.sheet, gradePos)) ? 'empty' : sameGrade(printedGrade, grade) ? 'same' : 'conflict';
  b.add({ kind: 'grade', code: 'PE-8', sheet: pe.sheet, pos: gradePos, label: `${subject} 等级`, formula: gradeFormula(toA1(totalPos), bands), value: grade, shown: grade, status, dependsOn: totalItem?.chosen ? [totalItem.key] : [] });
}

/** Every derived cell of one 项目支出绩效自评表 (山西 / central template). */
export function planSelfEval(b: FillBuilder, pe: SelfEval, scale: GradeScale | undefined): void {
  const grid = b.grid(pe.sheet);
  if (!grid) return;
  const subject = subjectOf(pe);
  const execution = planFunds(b, grid, pe, subject);
  planTotal(b, grid, pe, subject, execution, scale);
}

/** One project row of the 河南 项目单位自评汇总表: only 执行率 is derived (得分率 columns are the user's). */
export function planSummaryRow(b: FillBuilder, pe: SelfEval, siblings: readonly SelfEval[]): void {
  const grid = b.grid(pe.sheet);
  const fund = pe.funds[0];
  if (!grid || !fund?.rate || !fund.annualBudget || !fund.executed) return;
  const { annualBudget: budget, executed, rate } = fund;
  const subject = subjectOf(pe);
  if (!usable(budget) || !usable(executed)) return;
  if (budget.kind === 'blank' && executed.kind === 'blank') return;
  if (budget.value.isZero()) {
    b.note('PE-1', executed.value.isZero() ? 'info' : 'warning', pe.sheet, rate.pos, `${subject}：全年预算数 ${toA1(budget.pos)} 为 0，执行率无法计算，不填`);
    return;
  }
  // The column's other rows show rates as percentages (100%): a blank one follows them.
  const fraction = siblings.some((s) => s.sheet === pe.sheet && s.funds[0]?.rate && (isPercentFormat(grid, s.funds[0].rate.pos) || /%$/.test(s.funds[0].rate.text.trim())));
  planRate(b, grid, pe.sheet, rate.pos, `${subject} 执行率`, toA1(budget.pos), toA1(executed.pos), executed.value.dividedBy(budget.value).times(100), fraction);
}

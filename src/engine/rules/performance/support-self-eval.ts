import type { CellLocation } from '../../finding';
import { toA1 } from '../../model/address';
import { Decimal, formatAmount } from '../../money/decimal';
import type { FundRow, SelfEval } from '../../tables/self-eval';
import type { PrintedText } from '../../tables/table';
import type { TableSet } from '../../tables/table-set';
import type { ValueCell } from '../../values/value-cell';
import type { RuleContext } from '../rule';
import { distinctSelfEvals } from './support-duplicates';

const NO_SELF_EVAL = '未找到项目支出绩效自评表';

/** Every 自评表, exact repeats included (PE-12 reports them); none → “not checked”. */
export function allSelfEvalsToCheck(ctx: RuleContext): readonly SelfEval[] {
  if (ctx.tables.selfEvals.length === 0) ctx.unchecked(NO_SELF_EVAL);
  return ctx.tables.selfEvals;
}

/**
 * The 自评表 a rule can check, each exact repeat left out (PE-12 reports it once). None at all →
 * “not checked”; only 汇总表 rows when the rule needs the full 山西 table → “not checked” with
 * `summaryReason`.
 */
export function selfEvalsToCheck(ctx: RuleContext, summaryReason?: string): SelfEval[] {
  if (ctx.tables.selfEvals.length === 0) {
    ctx.unchecked(NO_SELF_EVAL);
    return [];
  }
  const all = distinctSelfEvals(ctx.tables);
  if (summaryReason === undefined) return all;
  const projects = all.filter((pe) => pe.variant === 'project');
  if (projects.length === 0) ctx.unchecked(`只有项目自评汇总表：${summaryReason}`, all[0].sheet);
  return projects;
}

export function projectName(pe: SelfEval): string {
  return pe.projectName?.text.trim() || pe.meta.title?.text.trim() || pe.sheet;
}

/** “项目支出绩效自评表“金保工程…”” or “项目自评汇总表“…””: the subject of every message. */
export function subjectOf(pe: SelfEval): string {
  return pe.variant === 'summary' ? `项目自评汇总表“${projectName(pe)}”` : `项目支出绩效自评表“${projectName(pe)}”`;
}

/** A printed text of the 自评表 as a finding cell. */
export function at(pe: SelfEval, printed: PrintedText): CellLocation {
  return { sheet: pe.sheet, cell: toA1(printed.pos) };
}

/** The fund line's name as printed (“资金总额:” → 资金总额). */
export function fundLabel(fund: FundRow, index: number): string {
  const text = fund.label.text.replace(/[:：\s]+$/u, '').trim();
  return text || (index === 0 ? '资金总额' : `第${index + 1}行资金`);
}

export function a1(cell: ValueCell): string {
  return toA1(cell.pos);
}

/** A number cell, or undefined for a missing, blank or unreadable one. */
export function numberOf(cell: ValueCell | undefined): Decimal | undefined {
  return cell && cell.kind === 'number' ? cell.value : undefined;
}

/** Cells that hold words or an Excel error where a figure is expected. */
export function unreadable(cell: ValueCell | undefined): cell is ValueCell {
  return cell !== undefined && (cell.kind === 'text' || cell.kind === 'error');
}

/** The figure as the table shows it, never fewer than `min` decimals. */
export function shown(value: Decimal, decimals: number, min = 0): string {
  return formatAmount(value, Math.max(min, Math.min(decimals, 6)));
}

/** A score or weight as written: 87, 2.5, 94.56 (no padding zeros). */
export function natural(value: Decimal): string {
  return value.toFixed();
}

/** 执行率 (percent figure, unrounded) and 预算执行得分 (10 分, capped at 100 %), 财预〔2020〕10号. */
export function executionRate(executed: Decimal, budget: Decimal): Decimal {
  return executed.dividedBy(budget).times(100);
}

export function executionScore(rate: Decimal): Decimal {
  return Decimal.min(rate, 100).dividedBy(10);
}

export function truncate(value: Decimal, decimals: number): Decimal {
  return value.toDecimalPlaces(decimals, Decimal.ROUND_DOWN);
}

/** 年初预算数·预算编制数 of a fund row. */
export function compiledBudget(_ctx: RuleContext, _pe: SelfEval, fund: FundRow): ValueCell | undefined {
  return fund.compiled ?? fund.declared;
}

/** 年初预算数 for the 执行率 comparison: 预算编制数, or 目标申报数 when 预算编制数 is left blank. */
export function initialBudget(ctx: RuleContext, pe: SelfEval, fund: FundRow): ValueCell | undefined {
  const compiled = compiledBudget(ctx, pe, fund);
  return compiled?.kind === 'number' ? compiled : (fund.declared ?? compiled);
}

/** Every text cell inside the 自评表 (偏差原因 notes included), for statements of adjustment. */
export function textsOf(ctx: RuleContext, pe: SelfEval): readonly PrintedText[] {
  return selfEvalTexts(ctx.tables, pe);
}

/** textsOf for a reader given the tables; listed once per 自评表 and audit (PE-9, PE-10 and the statement readers share them). */
export function selfEvalTexts(tables: TableSet, pe: SelfEval): readonly PrintedText[] {
  return tables.deriveFor(readSelfEvalTexts, pe);
}

function readSelfEvalTexts(tables: TableSet, pe: SelfEval): readonly PrintedText[] {
  const { top, bottom, left, right } = pe.range;
  return tables.sheetTextCells(pe.sheet).filter((t) => t.pos.row >= top && t.pos.row <= bottom && t.pos.col >= left && t.pos.col <= right);
}

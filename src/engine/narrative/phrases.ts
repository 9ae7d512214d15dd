import type { AmountUnit } from '../money/unit';
import type { InputBook } from './inputs';
import type { NarrativeVariant } from './variant';
import { abs, amt, cmp, lit, minus, num, pct, ratio, when, type Num, type Piece } from './text-expr';

/** What every section generator needs. */
export interface Ctx {
  variant: NarrativeVariant;
  unit: AmountUnit;
  year: string;
  unitName: string;
  inputs: InputBook;
}

/** An amount and its unit: 1,475,018.17元 */
export function money(ctx: Ctx, n: Num): Piece[] {
  return [amt(n), lit(ctx.unit)];
}

/** A share of a fixed denominator (§5.3 N-SHARE-1), “0.00” when the denominator is 0. */
export function share(part: Num, whole: Num): Piece {
  return when(cmp('=', whole, num(0)), [lit('0.00')], [pct(ratio(part, whole))]);
}

/**
 * Year-on-year clause after “{label}”: 增加/减少 |Δ|, 增长/下降 pct% (N-YOY-2), 持平 when equal,
 * 增长率无可比性 on a zero base (N-YOY-3). Needs the prior-year figure: a placeholder without it.
 */
export function yoy(ctx: Ctx, current: Num, priorLabel: string): Piece {
  return ctx.inputs.need(priorLabel, (prior) => {
    const delta = minus(current, prior);
    return [
      when(
        cmp('=', delta, num(0)),
        [lit('持平')],
        [
          when(cmp('>', delta, num(0)), [lit('增加')], [lit('减少')]),
          ...money(ctx, abs(delta)),
          lit('，'),
          when(cmp('=', prior, num(0)), [lit('增长率无可比性')], [when(cmp('>', delta, num(0)), [lit('增长')], [lit('下降')]), pct(ratio(abs(delta), prior)), lit('%')]),
        ],
      ),
    ];
  });
}

/** “主要原因是…。” — the user's words only (N-REASON-1), left out when nothing changed. */
export function reasonIfChanged(ctx: Ctx, current: Num, priorLabel: string, reasonLabel: string): Piece[] {
  const a = ctx.inputs.amount(priorLabel);
  const reason = [lit(ctx.variant === '上海' ? '主要原因：' : '主要原因是'), ctx.inputs.text(reasonLabel), lit('。')];
  if (!a.at) return reason;
  // Live: the reason disappears when the figures come out equal.
  return [when(cmp('=', minus(current, a.n), num(0)), [], reason)];
}

/** 一、二、… */
export const CHINESE_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四'];

/** The prior year: “2022” for a 2023 report. */
export function priorYear(year: string): string {
  return /^\d{4}$/.test(year) ? String(Number(year) - 1) : '上';
}

export const YEAR_WORD = (ctx: Ctx): string => `${ctx.year}年度`;
export const SINCE = (ctx: Ctx): string => (ctx.variant === '上海' ? `与${priorYear(ctx.year)}年度相比，` : ctx.variant === '河南' ? '与上年度相比，' : '与上年相比，');

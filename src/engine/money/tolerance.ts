import { Decimal } from './decimal';
import type { AmountUnit } from './unit';

// Decimals are immutable: the steps are made once, not on every check.
const HALF_FEN = new Decimal('0.005');
const FEN = new Decimal('0.01');
const HALF_TENTH = new Decimal('0.05');

/**
 * The tolerance model of domain-rules.md §3.
 *
 * Tables in 元 must close to the fen: 0.005 absorbs nothing but float noise from the host.
 * Tables in 万元/亿元 are rounded from 元 per cell, so an identity a = b1 + … + bn may miss by
 * half a cent of the unit for every independently rounded term: 0.005 × (n + 1).
 * Only terms that hold a value count: a blank line carries no rounding.
 */
export function identityTolerance(unit: AmountUnit, roundedTerms: number): Decimal {
  if (unit === '元') return HALF_FEN;
  return HALF_FEN.times(Math.max(roundedTerms, 1) + 1);
}

/** One figure printed twice (T01 本年收入合计 and T02 合计): same 元 value rounded the same way. */
export function sameFigureTolerance(unit: AmountUnit): Decimal {
  return unit === '元' ? HALF_FEN : FEN;
}

/** Percentages are printed with 2 decimals, half-up: ±0.01 pp; with 1 decimal ±0.05. */
export function percentTolerance(decimals: number): Decimal {
  return decimals >= 2 ? FEN : HALF_TENTH;
}

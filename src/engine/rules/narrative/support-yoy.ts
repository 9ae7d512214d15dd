import type { Decimal } from '../../money/decimal';
import type { YoyMention } from '../../narrative/check/analyze';

/** The prior-year figure a YoY clause implies: printed, or current − signed Δ (§5.3 N-YOY-1). */
export function priorOf(y: YoyMention): Decimal | undefined {
  if (y.prior !== undefined) return y.prior;
  if (y.current === undefined) return undefined;
  return y.increase ? y.current.minus(y.delta.value) : y.current.plus(y.delta.value);
}

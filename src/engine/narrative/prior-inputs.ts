import { Decimal } from '../money/decimal';
import { fromYuan, toYuan, type AmountUnit } from '../money/unit';
import type { TableSet } from '../tables/table-set';
import type { ValueCell } from '../values/value-cell';
import { Facts } from './facts';
import type { NarrativeInputs } from './inputs';

/**
 * The prior-year figures of the 情况说明 taken from last year's 决算 workbook (its own totals are
 * this year's 上年数), converted to this year's amount unit. Reasons are never taken: they are
 * the user's words for this year.
 */
export function priorInputs(prior: TableSet, unit: AmountUnit): NarrativeInputs {
  const f = new Facts(prior);
  const out: NarrativeInputs = {};
  const put = (label: string, ...cells: Array<ValueCell | undefined>) => {
    const usable = cells.filter((c): c is ValueCell => c !== undefined && (c.kind === 'number' || c.kind === 'blank'));
    if (usable.length === 0) return;
    const sum = usable.reduce((acc, c) => acc.plus(toYuan(c.value, c.unit ?? f.unit)), new Decimal(0));
    out[label] = Number(fromYuan(sum, unit).toDecimalPlaces(2).toFixed(2));
  };
  put('上年收入总计', f.t01Line(31, 1));
  put('上年支出总计', f.t01Line(62, 2));
  put('上年财政拨款收入总计', f.t04Line(32, 1));
  put('上年财政拨款支出总计', f.t04Line(64, 2));
  put('上年一般公共预算财政拨款支出', f.t05?.value('合计', 1));
  put('上年“三公”经费财政拨款支出决算', f.t3g(7));
  if (f.t10) put('上年机关运行经费支出', f.t10Line(5), f.t10Line(6));
  return out;
}

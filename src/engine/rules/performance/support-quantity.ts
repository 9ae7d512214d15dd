import { Decimal } from '../../money/decimal';
import { compact } from './support-text-figures';

/** A 定量 indicator value: “≥24次”, “=3个”, “≤5%”, “24小时内”. */
export interface Quantity {
  /** ge: more is better; le: less is better (反向指标). */
  direction: 'ge' | 'le';
  value: Decimal;
  unit: string;
}

const GE = /^(≥|>=|>|大于等于|大于|不低于|不少于|达到|=|等于)/;
const LE = /^(≤|<=|<|小于等于|小于|不高于|不超过|不多于|低于)/;
const BODY = /^(\d+(?:\.\d+)?)(\D{0,6})$/;

/** The quantity, or undefined for words (“提升”, “达成预期指标”) and dates (“2023年11月”). */
export function parseQuantity(text: string): Quantity | undefined {
  let rest = compact(text);
  let direction: Quantity['direction'] = 'ge';
  const le = LE.exec(rest);
  const ge = le ? null : GE.exec(rest);
  if (le) direction = 'le';
  rest = rest.slice((le ?? ge)?.[0].length ?? 0);
  const body = BODY.exec(rest);
  if (!body) return undefined;
  let unit = body[2];
  if (/(以内|内|以下)$/.test(unit)) direction = 'le';
  unit = unit.replace(/(以内|内|以下|以上)$/, '');
  return { direction, value: new Decimal(body[1]), unit };
}

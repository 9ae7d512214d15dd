import { Decimal } from './decimal';

/** Amount units printed in 金额单位 lines. */
export type AmountUnit = '元' | '万元' | '亿元';

const YUAN_PER_UNIT: Record<AmountUnit, Decimal> = {
  元: new Decimal(1),
  万元: new Decimal(10000),
  亿元: new Decimal(100000000),
};

export function toYuan(value: Decimal, unit: AmountUnit): Decimal {
  return value.times(YUAN_PER_UNIT[unit]);
}

export function fromYuan(value: Decimal, unit: AmountUnit): Decimal {
  return value.dividedBy(YUAN_PER_UNIT[unit]);
}

/** Finds the unit in a header line such as “金额单位：万元” or “单位：元”. */
export function detectUnit(text: string): AmountUnit | undefined {
  const compact = text.replace(/\s+/g, '');
  const match = /(?:金额)?单位[:：]?(亿元|万元|元)/.exec(compact) ?? /[(（](亿元|万元|元)[)）]/.exec(compact);
  return match ? (match[1] as AmountUnit) : undefined;
}

import type { Rule } from '../rule';
import { l1TableMapping } from './l-1-table-mapping';
import { s1RequiredTables } from './s-1-required-tables';
import { s2SameYear } from './s-2-same-year';
import { s3SameUnitName } from './s-3-same-unit-name';
import { s4SameUnitCode } from './s-4-same-unit-code';
import { s6Placeholders } from './s-6-placeholders';
import { s7Punctuation } from './s-7-punctuation';
import { s8NarrativeUnits } from './s-8-narrative-units';
import { s9PercentFormat } from './s-9-percent-format';
import { u1AmountUnit } from './u-1-amount-unit';

export const STRUCTURE_RULES: readonly Rule[] = [
  l1TableMapping,
  u1AmountUnit,
  s1RequiredTables,
  s2SameYear,
  s3SameUnitName,
  s4SameUnitCode,
  s6Placeholders,
  s7Punctuation,
  s8NarrativeUnits,
  s9PercentFormat,
];

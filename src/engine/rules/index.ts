import { T01_RULES } from './t01';
import { T02_RULES } from './t02';
import { T03_RULES } from './t03';
import { T04_RULES } from './t04';
import { T05_RULES } from './t05';
import { T06_RULES } from './t06';
import { GF_SOC_RULES } from './gf-soc';
import { THREE_PUBLIC_RULES } from './three-public';
import { T10_RULES } from './t10';
import { CROSS_RULES } from './cross';
import { STRUCTURE_RULES } from './structure';
import { PERFORMANCE_RULES } from './performance';
import { NARRATIVE_RULES } from './narrative';
import type { Rule } from './rule';

/** The registry: every rule of the catalog (delivered_with `audit`, then `narrative`), grouped as in the catalog. */
export const RULES: readonly Rule[] = [
  ...T01_RULES,
  ...T02_RULES,
  ...T03_RULES,
  ...T04_RULES,
  ...T05_RULES,
  ...T06_RULES,
  ...GF_SOC_RULES,
  ...THREE_PUBLIC_RULES,
  ...T10_RULES,
  ...CROSS_RULES,
  ...STRUCTURE_RULES,
  ...PERFORMANCE_RULES,
  ...NARRATIVE_RULES,
];

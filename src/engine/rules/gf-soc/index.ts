import type { Rule } from '../rule';

export const GF_SOC_RULES: readonly Rule[] = [];

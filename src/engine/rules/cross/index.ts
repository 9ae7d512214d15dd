import type { Rule } from '../rule';

export const CROSS_RULES: readonly Rule[] = [];

import type { Rule } from '../rule';

export const T06_RULES: readonly Rule[] = [];

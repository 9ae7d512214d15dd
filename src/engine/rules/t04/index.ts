import type { Rule } from '../rule';

export const T04_RULES: readonly Rule[] = [];

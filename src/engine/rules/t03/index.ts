import type { Rule } from '../rule';

export const T03_RULES: readonly Rule[] = [];

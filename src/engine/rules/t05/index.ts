import type { Rule } from '../rule';

export const T05_RULES: readonly Rule[] = [];

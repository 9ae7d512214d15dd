import type { Rule } from '../rule';

export const T10_RULES: readonly Rule[] = [];

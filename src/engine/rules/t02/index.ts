import type { Rule } from '../rule';

export const T02_RULES: readonly Rule[] = [];

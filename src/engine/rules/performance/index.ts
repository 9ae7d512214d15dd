import type { Rule } from '../rule';

export const PERFORMANCE_RULES: readonly Rule[] = [];

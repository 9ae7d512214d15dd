import type { Rule } from '../rule';

export const STRUCTURE_RULES: readonly Rule[] = [];

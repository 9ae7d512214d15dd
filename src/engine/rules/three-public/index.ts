import type { Rule } from '../rule';

export const THREE_PUBLIC_RULES: readonly Rule[] = [];

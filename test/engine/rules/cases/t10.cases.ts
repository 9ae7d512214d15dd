import type { CaseBook } from '../../../helpers/rule-tester';

export const cases: CaseBook = {};

import type { CaseBook } from '../../../helpers/rule-tester';
import { cases as c0 } from './t01.cases';
import { cases as c1 } from './t02.cases';
import { cases as c2 } from './t03.cases';
import { cases as c3 } from './t04.cases';
import { cases as c4 } from './t05.cases';
import { cases as c5 } from './t06.cases';
import { cases as c6 } from './gf-soc.cases';
import { cases as c7 } from './three-public.cases';
import { cases as c8 } from './t10.cases';
import { cases as c9 } from './cross.cases';
import { cases as c10 } from './structure.cases';
import { cases as c11 } from './performance.cases';
import { cases as narrativeSeedCases } from './narrative.cases';
import { withGridCases } from './narrative-grids.cases';

const c12 = withGridCases(narrativeSeedCases);

/** Every rule's accept/reject cases, by catalog code. */
export const ALL_CASES: CaseBook = { ...c0, ...c1, ...c2, ...c3, ...c4, ...c5, ...c6, ...c7, ...c8, ...c9, ...c10, ...c11, ...c12 };

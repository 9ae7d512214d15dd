import type { Rule } from '../rule';
import { nAmt1Amounts } from './n-amt-1-amounts';
import { nComp1Completion } from './n-comp-1-completion';
import { nList1ZeroItems } from './n-list-1-zero-items';
import { nReason1Reasons } from './n-reason-1-reasons';
import { nShare1Shares } from './n-share-1-shares';
import { nUnit1Units } from './n-unit-1-units';
import { nYoy1ChangeRate } from './n-yoy-1-change-rate';
import { nYoy2DirectionWords } from './n-yoy-2-direction-words';
import { nYoy3ZeroBase } from './n-yoy-3-zero-base';
import { nYoy4SameComparison } from './n-yoy-4-same-comparison';
import { pe11NarrativePerformance } from './pe-11-narrative-performance';
import { s5Headings } from './s-5-headings';
import { sg4ThreePublicReason } from './sg-4-three-public-reason';

/** The catalog's rules delivered with the 情况说明 feature: they run when the workbook holds a narrative. */
export const NARRATIVE_RULES: readonly Rule[] = [
  nYoy1ChangeRate,
  nYoy2DirectionWords,
  nYoy3ZeroBase,
  nYoy4SameComparison,
  nShare1Shares,
  nComp1Completion,
  nAmt1Amounts,
  nList1ZeroItems,
  nReason1Reasons,
  nUnit1Units,
  s5Headings,
  sg4ThreePublicReason,
  pe11NarrativePerformance,
];

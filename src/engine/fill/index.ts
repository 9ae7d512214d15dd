export type { FillItem, FillKind, FillNote, FillPlan, FillStatus } from './fill-item';
export type { FillOptions } from './fill-options';
export { planFill } from './plan-fill';
export { fillChangePlan } from './fill-change-plan';
export { fillableFindings, noteFindings, refusedFindings } from './fill-findings';
export { DEFAULT_GRADES, GRADE_SCALES, SHANGHAI_GRADES, type GradeScale, type GradeScaleName } from './grade-bands';

import type { ChangePlan } from '../plan/change-plan';
import type { FillPlan } from './fill-item';

/** The writes of a fill: every chosen item (blanks, and what the user asked to replace). */
export function fillChangePlan(plan: FillPlan): ChangePlan {
  return { writes: plan.items.filter((i) => i.chosen).map((i) => i.write) };
}

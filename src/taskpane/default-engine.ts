import { audit } from '../engine/audit';
import { planMarks } from '../engine/plan/mark-plan';
import { planReport } from '../engine/plan/report-plan';
import type { AuditEngine } from './engine-api';

/** The real engine, for index.tsx (and any demo that wants real findings). */
export const defaultEngine: AuditEngine = {
  audit: (snapshot, options) => audit(snapshot, options),
  planMarks,
  planReport,
};

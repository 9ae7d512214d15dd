import { summarize, type AuditInput, type AuditResult } from '../engine/audit';
import type { Finding } from '../engine/finding';
import { findingKey } from '../engine/plan/finding-key';
import type { CellNote, Explanations } from '../engine/plan/mark-plan';
import type { TableOverride } from '../engine/recognize/recognize-workbook';
import type { UnitType } from '../engine/rules/rule';
import type { WorkbookHost } from '../excel/excel-host';
import type { AuditEngine } from './engine-api';
import { removeOverride, upsertOverride } from './mapping';

/**
 * The pane's work, without React: each action takes the host and the engine (as App receives
 * them) and the current session, and returns the next session. App only keeps the state.
 */
export interface Session {
  result: AuditResult;
  /** The mapping corrections saved in the workbook (used by the next audit). */
  overrides: TableOverride[];
  /** 出错说明 saved in the workbook, by findingKey. */
  explanations: Explanations;
  /** Every sheet of the workbook, for the mapping editor and the report's unique name. */
  sheetNames: string[];
  /** Notes the adapter left out (the cell has the user's own note, or notes are unsupported). */
  skippedNotes: CellNote[];
  /** False after 清除标记: saving an explanation then does not paint the cells again. */
  marked: boolean;
  /** The 单位类型 saved in the workbook (机关运行经费 rules), used by the next audit. */
  unitType?: UnitType;
  /** The corrections the shown result was audited with (saved ones apply from the next audit). */
  auditedOverrides: TableOverride[];
  /** 清除标记 was run after this audit: the list no longer matches the marks in the workbook. */
  cleared?: boolean;
}

export type AuditStep = 'read' | 'recognize' | 'check' | 'mark';

export const AUDIT_STEPS: readonly { step: AuditStep; label: string }[] = [
  { step: 'read', label: '读取工作表' },
  { step: 'recognize', label: '识别表格' },
  { step: 'check', label: '审核勾稽关系' },
  { step: 'mark', label: '标记单元格' },
];

/**
 * Called before each step; App awaits it to let the browser paint the step text. Before 标记单元格
 * it also gets the audited (not yet marked) session, so the results can show while cells are marked.
 */
export type StepListener = (step: AuditStep, index: number, audited?: Session) => void | Promise<void>;

export interface Deps {
  host: WorkbookHost;
  engine: AuditEngine;
}

/** What 一键审核 returns: the session, and the error if only the marking failed. */
export interface AuditOutcome {
  session: Session;
  /** Marking failed (a protected sheet, cell edit mode): the findings are still worth showing. */
  markError?: unknown;
}

/**
 * 一键审核: read the workbook with its saved corrections and explanations, audit, mark. The
 * engine's audit() recognizes and checks in one call, so 识别表格 and 审核勾稽关系 are announced
 * back to back before it. A failed read throws; a failed marking keeps the findings.
 */
export async function runAudit({ host, engine }: Deps, onStep: StepListener = () => undefined, options: Omit<AuditInput, 'overrides'> = {}): Promise<AuditOutcome> {
  await onStep('read', 0);
  const { snapshot, overrides, explanations, unitType } = await host.readWorkbook();
  await onStep('recognize', 1);
  await onStep('check', 2);
  const result = engine.audit(snapshot, { unitType, ...options, overrides, explanations });
  const session: Session = { result, overrides, explanations, sheetNames: snapshot.sheets.map((s) => s.name), skippedNotes: [], marked: false, unitType, auditedOverrides: overrides };
  await onStep('mark', 3, session);
  try {
    const { skippedNotes } = await host.applyMarks(engine.planMarks(result.findings, explanations));
    return { session: { ...session, skippedNotes, marked: true } };
  } catch (markError) {
    return { session, markError };
  }
}

/**
 * Saves (or, with empty text, withdraws) the 出错说明 of one finding and repaints the marks so
 * the explained cells turn green, unless the marks were cleared.
 */
export async function saveExplanation({ host, engine }: Deps, session: Session, finding: Finding, text: string): Promise<Session> {
  const explanations = { ...session.explanations };
  const trimmed = text.trim();
  if (trimmed) explanations[findingKey(finding)] = trimmed;
  else delete explanations[findingKey(finding)];
  await host.saveSettings({ explanations });
  let skippedNotes = session.skippedNotes;
  if (session.marked) skippedNotes = (await host.applyMarks(engine.planMarks(session.result.findings, explanations))).skippedNotes;
  // The counts stay the engine's: 已说明 is recounted with the new explanations.
  const summary = summarize(session.result.findings, session.result.unchecked, explanations);
  return { ...session, result: { ...session.result, summary }, explanations, skippedNotes };
}

/** Saves a mapping correction; it takes effect at the next audit. */
export async function saveOverride({ host }: Pick<Deps, 'host'>, session: Session, override: TableOverride): Promise<Session> {
  const overrides = upsertOverride(session.overrides, override);
  await host.saveSettings({ overrides });
  return { ...session, overrides };
}

/** Saves the 单位类型 (or forgets it); it takes effect at the next audit. */
export async function saveUnitType({ host }: Pick<Deps, 'host'>, session: Session, unitType: UnitType | undefined): Promise<Session> {
  await host.saveSettings({ unitType: unitType ?? null });
  return { ...session, unitType };
}

export async function deleteOverride({ host }: Pick<Deps, 'host'>, session: Session, override: TableOverride): Promise<Session> {
  const overrides = removeOverride(session.overrides, override);
  await host.saveSettings({ overrides });
  return { ...session, overrides };
}

/** 清除标记: works without a session too (marks from an earlier visit live in the workbook). */
export async function clearMarks({ host }: Pick<Deps, 'host'>, session: Session | undefined): Promise<{ restoredCells: number; removedNotes: number; session?: Session }> {
  const { restoredCells, removedNotes } = await host.clearMarks();
  return { restoredCells, removedNotes, session: session && { ...session, marked: false, skippedNotes: [], cleared: true } };
}

/** 导出审核报告 to a new sheet; the session remembers its name so the next export gets another. */
export async function exportReport({ host, engine }: Deps, session: Session): Promise<{ sheetName: string; session: Session }> {
  const { sheetName } = await host.writeReport(engine.planReport(session.result, session.sheetNames, session.explanations));
  return { sheetName, session: { ...session, sheetNames: [...session.sheetNames, sheetName] } };
}

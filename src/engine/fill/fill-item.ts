import type { Severity } from '../finding';
import type { CellSnapshot } from '../model/snapshot';
import type { CellWrite } from '../plan/change-plan';

/** What a planned cell is: the 自评表 families, and a 公开 table's blank total. */
export type FillKind = 'balance' | 'rate' | 'score' | 'total' | 'grade' | 'sum';

/**
 * empty    — the cell is blank: it will be filled;
 * same     — it already shows the value (within its display rounding): left alone unless asked;
 * conflict — it shows a different value: never changed unless the user replaces it explicitly.
 */
export type FillStatus = 'empty' | 'same' | 'conflict';

/** One derived cell the engine can compute, with what is there now and what it would write. */
export interface FillItem {
  /** `${sheet}!${cell}`: stable across re-plans, used to choose conflicts to replace. */
  key: string;
  kind: FillKind;
  /** Catalog code of the identity (PE-1/2/3/7/8, T02-2…). */
  code: string;
  sheet: string;
  cell: string;
  /** “项目支出绩效自评表“…”资金总额 执行率”: what the cell is, in Chinese. */
  label: string;
  status: FillStatus;
  /** True when this plan writes the cell (every blank; same/conflict only on request). */
  chosen: boolean;
  /** The cell as it is now (null when it does not exist in the snapshot). */
  current: CellSnapshot | null;
  /** The formula, the number format and the engine's value (cached result). */
  write: CellWrite;
  /** The engine's value as shown (“77.58”, “优”). */
  expected: string;
  /** The cell's current display text, for messages (“96.76”). */
  actual: string;
  /** Planned cells this one's formula reads (the chain 得分 → 总分 → 等级). */
  dependsOn: string[];
}

/** A derived cell that cannot be computed (全年预算数 0, a source cell that is not a number). */
export interface FillNote {
  code: string;
  severity: Severity;
  sheet: string;
  cell: string;
  message: string;
}

export interface FillPlan {
  items: FillItem[];
  notes: FillNote[];
}

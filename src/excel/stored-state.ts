import type { Explanations } from '../engine/plan/mark-plan';
import type { TableOverride } from '../engine/recognize/recognize-workbook';
import type { UnitType } from '../engine/rules/rule';
import type { FillRecord } from './apply-fill';

/** The XML namespace of the add-in's custom XML part: saved with the workbook, invisible to users. */
export const STATE_NAMESPACE = 'urn:juesuan:state:v1';

/** A cell's fill before the add-in changed it: pattern 'None' means no fill. */
export interface SavedFill {
  sheet: string;
  cell: string;
  color: string | null;
  pattern?: string;
}

export interface SavedNote {
  sheet: string;
  cell: string;
  kind: 'note' | 'comment';
  /** Comment id (comments are found by id, notes by cell). */
  id?: string;
}

/**
 * Everything the add-in remembers in the workbook: the original fills and its own notes (so
 * 清除标记 restores them after save and reopen), the user's mapping corrections and 出错说明.
 */
export interface StoredState {
  version: 1;
  fills: SavedFill[];
  notes: SavedNote[];
  overrides: TableOverride[];
  explanations: Explanations;
  /** The 单位类型 the user chose (the CLI's --unit-type). */
  unitType?: UnitType;
  /** The last 填充, until it is undone: 撤销填充 survives closing the pane or the workbook. */
  lastFill?: FillRecord;
}

export function emptyState(): StoredState {
  return { version: 1, fills: [], notes: [], overrides: [], explanations: {} };
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

export function stateToXml(state: StoredState): string {
  return `<juesuan xmlns="${STATE_NAMESPACE}"><state>${escapeXml(JSON.stringify(state))}</state></juesuan>`;
}

/** Reads the part's XML; a damaged or foreign part yields an empty state (never throws). */
export function stateFromXml(xml: string | undefined): StoredState {
  const match = xml ? /<state>([\s\S]*)<\/state>/.exec(xml) : null;
  if (!match) return emptyState();
  try {
    const parsed = JSON.parse(unescapeXml(match[1])) as Partial<StoredState>;
    return { ...emptyState(), ...parsed, version: 1 };
  } catch {
    return emptyState();
  }
}

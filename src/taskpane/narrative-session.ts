import { audit } from '../engine/audit';
import type { Finding } from '../engine/finding';
import { readNarrative } from '../engine/narrative/check/read-narrative';
import { generateNarrative, type NarrativeResult } from '../engine/narrative/generate';
import type { NarrativeVariant } from '../engine/narrative/variant';
import type { WorkbookSnapshot } from '../engine/model/snapshot';
import { recognizeWorkbook } from '../engine/recognize/recognize-workbook';
import { NARRATIVE_RULES } from '../engine/rules/narrative';
import { planMarks, type Explanations, type MarkPlan } from '../engine/plan/mark-plan';
import type { TableOverride } from '../engine/recognize/recognize-workbook';
import type { UnitType } from '../engine/rules/rule';

/** 生成情况说明: the paragraphs and the sheets to add, from the workbook as it is now (its 情况说明数据 sheet included). */
export function previewNarrative(snapshot: WorkbookSnapshot, variant: NarrativeVariant | undefined, plain: boolean): NarrativeResult {
  return generateNarrative(recognizeWorkbook(snapshot), { variant, mode: plain ? 'static' : 'formula' });
}

const NARRATIVE_CODES = new Set(NARRATIVE_RULES.map((r) => r.code));

/** What 检查情况说明 reads: the workbook and its saved corrections, 出错说明 and 单位类型. */
export interface NarrativeRead {
  snapshot: WorkbookSnapshot;
  overrides?: TableOverride[];
  explanations?: Explanations;
  unitType?: UnitType;
}

/**
 * 检查情况说明: the audit's findings about the narrative (the 13 narrative rules, S-2's narrative
 * years and any other finding on a narrative cell, such as S-6's placeholders), audited as 一键审核 would (with the saved corrections), and the mark plan of the whole
 * audit: marks replace the earlier ones (the saved state cannot tell which finding set them), so
 * marking only the narrative's findings would take away 一键审核's marks on the tables.
 */
export function checkNarrative(read: NarrativeRead): { findings: Finding[]; found: boolean; marks: MarkPlan } {
  const explanations = read.explanations ?? {};
  const result = audit(read.snapshot, { overrides: read.overrides, explanations, unitType: read.unitType });
  // Any other finding on a narrative cell is about the narrative too (S-6: a 【请填写：…】 left).
  const doc = readNarrative(result.tableSet);
  const narrativeCells = new Set([...(doc?.lines ?? []), ...(doc?.headings ?? [])].map((l) => `${l.at.sheet}!${l.at.cell}`));
  const onNarrative = (f: Finding) => f.locations.length > 0 && narrativeCells.has(`${f.locations[0].sheet}!${f.locations[0].cell}`);
  const findings = result.findings.filter((f) => NARRATIVE_CODES.has(f.code) || (f.code === 'S-2' && f.messageId === 'narrativeYear') || onNarrative(f));
  const found = result.tableSet.textCells().some((c) => /^\s*[一二三]、.*情况说明/.test(c.text));
  return { findings, found, marks: planMarks(result.findings, explanations) };
}

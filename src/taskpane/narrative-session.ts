import { audit } from '../engine/audit';
import type { Finding } from '../engine/finding';
import { generateNarrative, type NarrativeResult } from '../engine/narrative/generate';
import type { NarrativeVariant } from '../engine/narrative/variant';
import type { WorkbookSnapshot } from '../engine/model/snapshot';
import { recognizeWorkbook } from '../engine/recognize/recognize-workbook';
import { NARRATIVE_RULES } from '../engine/rules/narrative';

/** 生成情况说明: the paragraphs and the sheets to add, from the workbook as it is now (its 情况说明数据 sheet included). */
export function previewNarrative(snapshot: WorkbookSnapshot, variant: NarrativeVariant | undefined, plain: boolean): NarrativeResult {
  return generateNarrative(recognizeWorkbook(snapshot), { variant, mode: plain ? 'static' : 'formula' });
}

const NARRATIVE_CODES = new Set(NARRATIVE_RULES.map((r) => r.code));

/** 检查情况说明: the audit's findings about the narrative (the 13 narrative rules and S-2's narrative years). */
export function checkNarrative(snapshot: WorkbookSnapshot): { findings: Finding[]; found: boolean } {
  const result = audit(snapshot);
  const findings = result.findings.filter((f) => NARRATIVE_CODES.has(f.code) || (f.code === 'S-2' && f.messageId === 'narrativeYear'));
  const found = result.tableSet.textCells().some((c) => /^\s*[一二三]、.*情况说明/.test(c.text));
  return { findings, found };
}

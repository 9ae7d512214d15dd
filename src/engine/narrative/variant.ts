import type { TableSet } from '../tables/table-set';

/**
 * The wording families of 第三部分 (domain-rules §5.1): 山西 决算 (seeds 000/004), 河南 and
 * central style (seed 002), 上海 2024. They differ in section numbering and sentence wording.
 */
export type NarrativeVariant = '山西' | '河南' | '上海';

export const NARRATIVE_VARIANTS: readonly NarrativeVariant[] = ['山西', '河南', '上海'];

/**
 * 山西 publishes the 相关信息统计表 (公开10); 上海 prints no 行次 in its summary tables; the
 * central / 河南 template has neither. The user can always choose another.
 */
export function detectVariant(tables: TableSet): NarrativeVariant {
  if (tables.get('T10')) return '山西';
  const t01 = tables.get('T01');
  if (t01 && t01.meta.missingLines === undefined && t01.rows.every((r) => r.labelPos !== undefined) && !hasPrintedLines(tables)) return '上海';
  return '河南';
}

/** True when the T01 prints a 行次 column (the 上海 2024 template does not). */
function hasPrintedLines(tables: TableSet): boolean {
  const t01 = tables.get('T01');
  if (!t01) return true;
  const sheet = tables.workbook.sheets.find((s) => s.name === t01.sheet);
  if (!sheet) return true;
  for (let r = t01.range.top; r <= Math.min(t01.range.bottom, t01.range.top + 8); r++) {
    for (const cell of sheet.cells[r] ?? []) if (cell && typeof cell.value === 'string' && cell.value.replace(/\s+/g, '') === '行次') return true;
  }
  return false;
}

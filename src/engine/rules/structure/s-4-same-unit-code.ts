import { defineRule } from '../rule';
import { at, outliers, type Printed } from './support-text';

/** The code in front of a 预算单位: “144001-晋城市…” → 144001 (also “144004 晋城市…”). */
function unitCode(text: string): string | undefined {
  return /^\s*(\d{3,})(?!\d)/.exec(text)?.[1];
}

/** §4.11 S-4: one 预算单位 code in every 自评表 (seed 004: 144001 in project 1, 144004 in projects 2 and 3). */
export const s4SameUnitCode = defineRule({
  code: 'S-4',
  title: '自评表单位编码一致',
  severity: 'warning',
  group: 'structure',
  description: '各项目支出绩效自评表“预算单位”的单位编码相同',
  messages: {
    otherCode: '{where}的预算单位编码为 {code}（{cell}），而其余自评表（如{refWhere} {refCell}）为 {expected}',
  },
  check(ctx) {
    const items: Printed[] = [];
    const seen = new Set<string>();
    for (const pe of ctx.tables.selfEvals) {
      const code = pe.budgetUnit && unitCode(pe.budgetUnit.text);
      if (!pe.budgetUnit || !code) continue;
      const cell = at(pe.sheet, pe.budgetUnit.pos);
      if (seen.has(`${cell.sheet}!${cell.cell}`)) continue;
      seen.add(`${cell.sheet}!${cell.cell}`);
      items.push({ value: code, where: `自评表“${pe.projectName?.text ?? ''}”（${pe.sheet}）`, cell });
    }
    if (items.length === 0) {
      ctx.unchecked('没有印有单位编码的自评表，未核对单位编码');
      return;
    }
    const result = outliers(items)!;
    for (const odd of result.odd) {
      ctx.report({
        messageId: 'otherCode',
        cells: [odd.cell, result.reference.cell],
        data: { where: odd.where, code: odd.value, cell: odd.cell.cell, refWhere: result.reference.where, refCell: result.reference.cell.cell, expected: result.reference.value },
      });
    }
  },
});

import { TABLE_NAMES } from '../../tables/table-id';
import { normalizeText } from '../../values/normalize';
import { defineRule } from '../rule';
import { at, isHidden, majority, type Printed } from './support-text';

/** “144001-晋城市…中心” → “晋城市…中心”; full-width folded, spaces and a trailing “（本级）” dropped. */
export function unitNameOf(text: string): string {
  return normalizeText(text)
    .replace(/^\d+[-_—–－:：]?/, '')
    .replace(/\((本级|汇总|合并)\)$/, '');
}

/**
 * §4.11 S-3 (GovBudgetChecker R006): one unit name in every table header (部门名称/单位名称) and
 * in the 预算单位 of every 自评表 — seed 002's 汇总表 names 焦作市居民卡服务中心 while its tables
 * name 焦作市人力资源社会保障电子政务中心.
 */
export const s3SameUnitName = defineRule({
  code: 'S-3',
  title: '单位名称一致',
  severity: 'error',
  group: 'structure',
  description: '各公开表表头的单位名称相同，且与各自评表“预算单位”（去掉单位编码后）相同',
  messages: {
    otherName: '{where}为“{name}”（{cells}），与{refWhere}的“{expected}”不一致',
  },
  check(ctx) {
    const { tables } = ctx;
    const headers: Printed[] = tables.tables.filter((t) => !isHidden(tables, t.sheet)).flatMap((t) => (t.meta.unitName ? [{ value: unitNameOf(t.meta.unitName.text), shown: t.meta.unitName.text, where: `${TABLE_NAMES[t.id]}（${t.sheet}）表头的单位名称`, cell: at(t.sheet, t.meta.unitName.pos) }] : []));
    const seen = new Set<string>();
    const selfEvals: (Printed & { department?: string })[] = [];
    for (const pe of tables.selfEvals) {
      if (!pe.budgetUnit || isHidden(tables, pe.sheet)) continue;
      const cell = at(pe.sheet, pe.budgetUnit.pos);
      if (seen.has(`${cell.sheet}!${cell.cell}`)) continue;
      seen.add(`${cell.sheet}!${cell.cell}`);
      const where = pe.variant === 'summary' ? `自评汇总表（${pe.sheet}）的单位名称` : `自评表“${pe.projectName?.text ?? ''}”（${pe.sheet}）的预算单位`;
      selfEvals.push({ value: unitNameOf(pe.budgetUnit.text), shown: pe.budgetUnit.text.replace(/^\s*\d+\s*[-_—–－:：]?\s*/, ''), where, cell, department: pe.department && unitNameOf(pe.department.text) });
    }
    const all = [...headers, ...selfEvals];
    if (all.length === 0) {
      ctx.unchecked('各表都没有印单位名称，未核对单位名称');
      return;
    }
    // The tables' headers are the reference; a 自评表 only when no header names the unit.
    const expected = majority((headers.length > 0 ? headers : selfEvals).map((h) => h.value)).value!;
    const reference = all.find((p) => p.value === expected)!;
    // A 部门决算 (header = the 主管部门) lists its subordinate units' 自评表: their 预算单位 differ by design.
    const departmentWorkbook = selfEvals.some((s) => s.department === expected);
    const odd = [...headers, ...(departmentWorkbook ? [] : selfEvals)].filter((p) => p.value !== expected);
    const groups = new Map<string, Printed[]>();
    for (const p of odd) groups.set(`${p.where}|${p.value}`, [...(groups.get(`${p.where}|${p.value}`) ?? []), p]);
    for (const group of groups.values()) {
      ctx.report({
        messageId: 'otherName',
        cells: [...group.map((p) => p.cell), reference.cell],
        data: { where: group[0].where, name: group[0].shown ?? group[0].value, cells: group.map((p) => p.cell.cell).join('、'), refWhere: headers.length > 0 ? `各公开表表头（如${reference.where.replace(/表头的单位名称$/, '')}）` : reference.where, expected: reference.shown ?? expected },
      });
    }
  },
});

import { FUNCTION_CLASSES, OBSOLETE_CLASS_NAMES } from '../../dictionary/function-classes';
import { FUNCTION_CODE_NAMES } from '../../dictionary/function-codes';
import { toA1 } from '../../model/address';
import { normalizeText } from '../../values/normalize';
import { defineRule } from '../rule';

/**
 * R002 科目字典检查 / rules/v3_3.yaml “功能分类科目编码按 3/5/7 位识别为 类/款/项”: every row has
 * a 3/5/7-digit code, its 类 (for a 款) or 款 (for a 项) is printed, and its name is the
 * dictionary's (names compared without spaces: PDF copies wrap “社会保障和 就业支出”).
 */
export const t02Codes = defineRule({
  code: 'T02-3',
  title: '收入决算表科目编码与名称规范',
  severity: 'warning',
  group: 'table',
  description: '收入决算表：科目编码为3、5或7位；款的类、项的款须列出；科目名称须与政府收支分类科目一致',
  messages: {
    badCode: '收入决算表 第{row}行“{text}”没有3、5或7位的功能分类科目编码（编码栏为“{code}”）',
    duplicate: '收入决算表 第{row}行 科目编码 {code} 重复出现',
    noParent: '收入决算表 第{row}行 {code} {name} 的上级科目 {parent} 未列出',
    unknownClass: '收入决算表 第{row}行 {code} {name}：{code} 不是支出功能分类的类级科目',
    obsolete: '收入决算表 第{row}行 {code} 的类名“{name}”已停用，现为“{standard}”',
    nameMismatch: '收入决算表 第{row}行 {code} 的科目名称为“{name}”，政府收支分类科目为“{standard}”',
    noName: '收入决算表 第{row}行 {code} 没有科目名称，应为“{standard}”',
  },
  check(ctx) {
    const t02 = ctx.tables.get('T02');
    if (!t02) return ctx.unchecked('未找到收入决算表');
    if (t02.rows.length === 0) return ctx.unchecked('收入决算表没有数据行', t02.sheet);
    const seen = new Set<string>();
    for (const row of t02.rows) {
      if (row.key === '合计') continue;
      const at = { sheet: t02.sheet, cell: toA1(row.labelPos ?? { row: row.row, col: 0 }) };
      const rowNo = row.row + 1;
      const code = row.code;
      if (!code) {
        const printed = row.printedCode;
        const cell = printed ? { sheet: t02.sheet, cell: toA1(printed.pos) } : at;
        ctx.report({ messageId: 'badCode', cells: [cell], data: { row: rowNo, text: row.label.trim(), code: printed?.text || '空' } });
        continue;
      }
      if (seen.has(code)) {
        ctx.report({ messageId: 'duplicate', cells: [at], data: { row: rowNo, code } });
        continue;
      }
      seen.add(code);
      const name = normalizeText(row.label);
      const shown = row.label.trim();
      const parent = code.length > 3 ? code.slice(0, code.length - 2) : undefined;
      if (parent && !t02.code(parent)) ctx.report({ messageId: 'noParent', cells: [at], data: { row: rowNo, code, name: shown, parent } });
      const standard = code.length === 3 ? FUNCTION_CLASSES.find((c) => c.code === code)?.name : FUNCTION_CODE_NAMES[code];
      // The name cell, when the name is printed there (a name may also sit in the code cell).
      const nameAt = row.namePos && row.label.trim() ? { sheet: t02.sheet, cell: toA1(row.namePos) } : at;
      if (code.length === 3 && OBSOLETE_CLASS_NAMES[name]) {
        ctx.report({ messageId: 'obsolete', cells: [nameAt], data: { row: rowNo, code, name: shown, standard: standard ?? OBSOLETE_CLASS_NAMES[name] }, expected: standard, actual: shown });
      } else if (code.length === 3 && !standard) {
        ctx.report({ messageId: 'unknownClass', cells: [at], data: { row: rowNo, code, name: shown } });
      } else if (standard && (!name || name === code)) {
        ctx.report({ messageId: 'noName', cells: [at], data: { row: rowNo, code, standard }, expected: standard });
      } else if (standard && name !== normalizeText(standard)) {
        ctx.report({ messageId: 'nameMismatch', cells: [nameAt], data: { row: rowNo, code, name: shown, standard }, expected: standard, actual: shown });
      }
    }
  },
});

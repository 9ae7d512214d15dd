import { FUNCTION_CLASSES, t01LineOfClass } from '../../dictionary/function-classes';
import { toA1 } from '../../model/address';
import type { ValueCell } from '../../values/value-cell';
import { defineRule } from '../rule';

function nonZero(cell: ValueCell | undefined): boolean {
  return cell !== undefined && cell.kind === 'number' && !cell.value.isZero();
}

/**
 * domain-rules §2.4: T01 行次32–57 are derived from the 类 (first 3 digits) of the codes in
 * 支出决算表, so a class has an amount in one table only if it has one in the other (X-3
 * then compares the amounts).
 */
export const t01ClassesMatchT03 = defineRule({
  code: 'T01-7',
  title: '总表各类支出与支出决算表的类级科目一一对应',
  severity: 'warning',
  group: 'table',
  description: '收入支出决算总表行次32至57 某类支出不为0时，支出决算表应有该类科目的支出；反之亦然',
  messages: {
    missingInT03: '收入支出决算总表 {t01Cell} {className}（行次{line}）= {amount}，但支出决算表中没有 {code} 类科目的支出',
    missingInT01: '支出决算表 {t03Cell} {code} {className} 本年支出合计 = {amount}，但收入支出决算总表 {t01Cell}（行次{line}）为空或0',
    noT01Row: '支出决算表 {t03Cell} {code} {className} 本年支出合计 = {amount}，收入支出决算总表中没有该类的行次',
  },
  check(ctx) {
    const t01 = ctx.tables.get('T01');
    if (!t01) return ctx.unchecked('未找到收入支出决算总表');
    const t03 = ctx.tables.get('T03');
    if (!t03) return ctx.unchecked('未找到支出决算表，无法核对总表各类支出');
    const t03Classes = new Set(t03.codeRows().map((r) => r.code!.slice(0, 3)));
    const codes = [...new Set([...FUNCTION_CLASSES.map((c) => c.code), ...t03Classes])];
    for (const code of codes) {
      const rows = t03.codeRows().filter((r) => r.code!.startsWith(code));
      const t03Cells = rows.map((r) => r.values.get(1)).filter((c): c is ValueCell => c !== undefined);
      const classCell = t03.value(code, 1);
      const t03Cell = nonZero(classCell) ? classCell : (t03Cells.find(nonZero) ?? classCell ?? t03Cells[0]);
      const t03Has = t03Cells.some(nonZero);
      const className = FUNCTION_CLASSES.find((c) => c.code === code)?.name ?? rows[0]?.label ?? '';
      const line = t01LineOfClass(code);
      const t01Cell = line === undefined ? undefined : t01.line(line)?.values.get(2);
      if (t01Cell && (t01Cell.kind === 'text' || t01Cell.kind === 'error')) {
        ctx.unchecked(`收入支出决算总表 ${toA1(t01Cell.pos)}（行次${line}）的内容“${t01Cell.text}”不是数字`, t01.sheet);
        continue;
      }
      if (nonZero(t01Cell) && !t03Has) {
        ctx.report({
          messageId: 'missingInT03',
          cells: t03Cell ? [t01Cell!, t03Cell] : [t01Cell!],
          data: { t01Cell: toA1(t01Cell!.pos), className, line: line!, amount: t01Cell!.text, code },
        });
      } else if (t03Has && !nonZero(t01Cell) && t03Cell) {
        const data = { t03Cell: toA1(t03Cell.pos), code, className, amount: t03Cell.text, line: line ?? '', t01Cell: t01Cell ? toA1(t01Cell.pos) : '' };
        if (t01Cell) ctx.report({ messageId: 'missingInT01', cells: [t01Cell, t03Cell], data });
        else ctx.report({ messageId: 'noT01Row', cells: [t03Cell], data });
      }
    }
  },
});

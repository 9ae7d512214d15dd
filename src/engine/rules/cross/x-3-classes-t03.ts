import { t01LineOfClass } from '../../dictionary/function-classes';
import type { Table } from '../../tables/table';
import { defineRule, type RuleContext } from '../rule';
import { checkSameOrZero, className, classCodes, codeTerm, lineCell, MISSING_ROW, needTables } from './support-cross';

/**
 * Without a 支出决算表, the 一般公共预算财政拨款支出决算表 holds the same classes when all spending
 * is 一般公共预算财政拨款: its 合计 栏次1 equals the 总表's 本年支出合计 (行次58) to the cent.
 */
function fallbackT05(ctx: RuleContext, t01: Table): Table | undefined {
  const t05 = ctx.tables.get('T05');
  const total = t01.line(58)?.values.get(2);
  const t05Total = t05?.total()?.values.get(1);
  if (t05 && total?.kind === 'number' && t05Total?.kind === 'number' && total.value.equals(t05Total.value)) return t05;
  const why = t05 ? `一般公共预算财政拨款支出决算表合计 ${t05Total?.text || '（未读到）'} 与总表本年支出合计 ${total?.text || '（未读到）'} 不同，支出不全是一般公共预算财政拨款` : '也未找到一般公共预算财政拨款支出决算表';
  ctx.unchecked(`未找到支出决算表，${why}，无法核对各类支出`);
  return undefined;
}

/**
 * 财决01表 32–57行 are the 26 功能分类 classes of 支出决算表 (domain-rules §2.4): each class row of
 * the 总表 equals the class row of 03表 栏次1. A class printed in one table only counts as 0 in the
 * other. Without 03表, 05表 栏次1 stands in when all spending is 一般公共预算 (see fallbackT05).
 */
export const x3ClassesT03 = defineRule({
  code: 'X-3',
  title: '总表各类支出与支出决算表类级科目一致',
  severity: 'error',
  group: 'cross-table',
  description: '收入支出决算总表行次32至57 各类支出 = 支出决算表对应类级科目 栏次1 本年支出合计（无支出决算表且支出全为一般公共预算财政拨款时，与一般公共预算财政拨款支出决算表比较）',
  messages: { missingRow: MISSING_ROW },
  check(ctx) {
    const t01 = needTables(ctx, ['T01'], '各类支出')?.[0];
    if (!t01) return;
    const t03 = ctx.tables.get('T03') ?? fallbackT05(ctx, t01);
    if (!t03) return;
    const name = t03.id === 'T03' ? '支出决算表' : '一般公共预算财政拨款支出决算表';
    for (const code of classCodes(t03)) {
      const line = t01LineOfClass(code);
      const left = line === undefined ? { cell: undefined, name: `收入支出决算总表 ${className(code, t03)}` } : lineCell(t01, line, 2);
      const right = t03.code(code) ? codeTerm(t03, code, 1) : { cell: undefined, name: `${name} ${code} 类` };
      checkSameOrZero(ctx, { subject: `${code} ${className(code, t03)}（总表与${name}）`, left, right });
    }
  },
});

import { defineRule } from '../rule';
import { checkHierarchy } from '../support/code-hierarchy';
import { checkSum } from '../support/identity';
import { checkBalanceRoll, checkSpendingSplit, colTerm, rowName, TSOC_NAME } from './support-columns';

const SPENDING_COLUMNS: Record<number, string> = { 1: '合计', 2: '基本支出', 3: '项目支出' };

/**
 * 国有资本经营预算财政拨款支出决算表：合计（栏次1）= 基本支出（2）+ 项目支出（3），逐行；功能分类
 * 逐级汇总。上海/四川/云南 的“收入支出决算表”（6 个栏次：年初、本年收入、本年支出 合计/基本/项目、
 * 年末）改为 栏次3 = 4 + 5，且 年末 = 年初 + 本年收入 − 本年支出。
 */
export const socSums = defineRule({
  code: 'SOC-1',
  title: '国有资本经营决算表合计等于基本加项目且科目逐级汇总',
  severity: 'error',
  group: 'table',
  description:
    '国有资本经营预算财政拨款支出决算表：每一行 栏次1 合计 = 栏次2 基本支出 + 栏次3 项目支出，每一栏次 合计 = Σ类、类 = Σ款、款 = Σ项；收入支出决算表（6 栏）另查 本年支出 = 基本 + 项目、年末 = 年初 + 本年收入 − 本年支出',
  messages: {},
  check(ctx) {
    const tsoc = ctx.tables.get('TSOC');
    if (!tsoc) return ctx.unchecked(`未找到${TSOC_NAME}`);
    const cols = tsoc.columns;
    if (cols.length === 6) {
      checkSpendingSplit(ctx, tsoc, TSOC_NAME);
      checkBalanceRoll(ctx, tsoc, TSOC_NAME);
    } else if (cols.length === 3 && [1, 2, 3].every((c) => cols.includes(c))) {
      for (const row of tsoc.rows) {
        checkSum(ctx, {
          subject: `${TSOC_NAME} ${rowName(row)}行`,
          total: colTerm(row, 1, SPENDING_COLUMNS),
          parts: [colTerm(row, 2, SPENDING_COLUMNS), colTerm(row, 3, SPENDING_COLUMNS)],
        });
      }
    } else {
      ctx.unchecked(`${TSOC_NAME}：栏次为 ${cols.join('、') || '无'}，既不是 3 栏（合计/基本/项目）也不是 6 栏（收入支出表），未核对行内关系`, tsoc.sheet);
    }
    if (cols.length > 0) checkHierarchy(ctx, tsoc, TSOC_NAME, cols);
  },
});

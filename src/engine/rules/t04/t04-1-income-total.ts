import { defineRule } from '../rule';
import { checkSum, type Term } from '../support/identity';
import { lineTerm, lineTerms } from '../support/lines';
import { T04_SUBJECT } from './support-columns';

/**
 * 财决01-1表 “27行 = 1+2+3行”: 本年收入合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算
 * 财政拨款. 行次4–26 are blank in the template; an amount typed there still belongs to the sum.
 */
export const t04IncomeTotal = defineRule({
  code: 'T04-1',
  title: '财政拨款本年收入合计等于三类财政拨款之和',
  severity: 'error',
  group: 'table',
  description: '财政拨款收入支出决算总表：行次27 本年收入合计 = 行次1 + 行次2 + 行次3',
  messages: {},
  check(ctx) {
    const t04 = ctx.tables.get('T04');
    if (!t04) return ctx.unchecked(`未找到${T04_SUBJECT}`);
    const stray: Term[] = lineTerms(t04, 4, 26, 1).filter((t) => t.cell?.kind === 'number' && !t.cell.value.isZero());
    checkSum(ctx, { subject: T04_SUBJECT, total: lineTerm(t04, 27, 1), parts: [1, 2, 3].map((n) => lineTerm(t04, n, 1)).concat(stray) });
  },
});

import { defineRule } from '../rule';
import { childrenOf } from '../../tables/code-index';
import { checkSum } from '../support/identity';
import { amountColumns, classRows, columnName, rowTerm, subjectOf } from './support-t06';

/**
 * V33-243 经济分类 类 = Σ款: 301 = Σ301xx, 302 = Σ302xx, 303, 307, 309, 310, 311, 312, 313, 399,
 * for every amount 栏次 (决算数; in 山西 2022 金额 and 其中：基本支出). A 类 printed without its 款
 * is not summed.
 */
export const t06ClassSums = defineRule({
  code: 'T06-1',
  title: '经济分类各类等于所属款之和',
  severity: 'error',
  group: 'table',
  description: '基本支出决算明细表：每个经济分类类级科目 = 所属款级科目之和（301、302、303、307、310、312、313、399 等，各金额栏分别校验）',
  messages: {},
  check(ctx) {
    const t06 = ctx.tables.get('T06');
    if (!t06) return ctx.unchecked('未找到一般公共预算财政拨款基本支出决算明细表');
    const subject = subjectOf(t06);
    const classes = classRows(t06);
    if (classes.length === 0) return ctx.unchecked(`${subject}：未读到经济分类类级科目（301、302 等）`, t06.sheet);
    for (const col of amountColumns(t06)) {
      for (const cls of classes) {
        const items = childrenOf(t06, cls.code!);
        if (items.length === 0) continue;
        checkSum(ctx, {
          subject: `${subject} ${columnName(t06, col)} ${cls.code} = 所属款之和`,
          total: rowTerm(cls, col, cls.code!),
          parts: items.map((r) => rowTerm(r, col, r.code!)),
        });
      }
    }
  },
});

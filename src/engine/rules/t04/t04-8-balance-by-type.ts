import { defineRule } from '../rule';
import { checkSum } from '../support/identity';
import { lineTerm } from '../support/lines';
import { EXPENDITURE_COLUMNS, expenditureTerm, T04_SUBJECT } from './support-columns';

/**
 * V33-242 “变动关系 … 分口径校验”: for each budget type, 年末 = 年初 + 收入 − 支出, i.e.
 * 行次60 栏次k+2 = 行次28+k + 行次k − 行次59 栏次k+2 (k = 1 一般公共预算, 2 政府性基金, 3 国有资本经营).
 */
export const t04BalanceByType = defineRule({
  code: 'T04-8',
  title: '分口径年末结转结余等于年初加收入减支出',
  severity: 'error',
  group: 'table',
  description:
    '财政拨款收入支出决算总表：按一般公共预算、政府性基金预算、国有资本经营预算分别校验 年末财政拨款结转和结余 = 年初财政拨款结转和结余 + 本年收入 − 本年支出',
  messages: {},
  check(ctx) {
    const t04 = ctx.tables.get('T04');
    if (!t04) return ctx.unchecked(`未找到${T04_SUBJECT}`);
    for (const k of [1, 2, 3]) {
      const col = k + 2;
      checkSum(ctx, {
        subject: `${T04_SUBJECT}（${EXPENDITURE_COLUMNS[col]}：年末 = 年初 + 收入 − 支出）`,
        total: expenditureTerm(t04, 60, col),
        parts: [lineTerm(t04, 28 + k, 1), lineTerm(t04, k, 1), { ...expenditureTerm(t04, 59, col), sign: -1 }],
      });
    }
  },
});

import { defineRule } from '../rule';
import { checkSum } from '../support/identity';
import { codeTerm, needTables } from './support-cross';

/**
 * V33-203 / D-006: 05表 合计 栏次2 基本支出 = 06表 人员经费合计 + 公用经费合计. In the 山西 2022
 * 明细表 (金额 + 其中：基本支出) the 金额 column covers all 一般公共预算 spending, so
 * 05表 栏次1 = Σ金额 and 05表 栏次2 = Σ其中：基本支出 (seed 000: 643,865.64 + 831,152.53 = 1,475,018.17).
 */
export const x7BasicT06 = defineRule({
  code: 'X-7',
  title: '一般公共预算基本支出与基本支出明细表一致',
  severity: 'error',
  group: 'cross-table',
  description: '一般公共预算财政拨款支出决算表合计 栏次2 基本支出 = 基本支出决算明细表 人员经费合计 + 公用经费合计（山西2022明细表：栏次1 = 金额合计，栏次2 = 其中：基本支出合计）',
  messages: {},
  check(ctx) {
    const tables = needTables(ctx, ['T05', 'T06'], '基本支出与人员经费、公用经费');
    if (!tables) return;
    const [t05, t06] = tables;
    const pairs: [t05Col: number, t06Col: number][] = t06.variant === '2022' ? [[1, 1], [2, 2]] : [[2, 1]];
    for (const [t05Col, t06Col] of pairs) {
      checkSum(ctx, {
        subject: t05Col === 1 ? '一般公共预算财政拨款支出（支出决算表与明细表金额）' : '一般公共预算财政拨款基本支出（支出决算表与明细表）',
        total: codeTerm(t05, '合计', t05Col),
        parts: [codeTerm(t06, '人员经费合计', t06Col), codeTerm(t06, '公用经费合计', t06Col)],
      });
    }
  },
});

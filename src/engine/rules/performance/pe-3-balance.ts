import { defineRule } from '../rule';
import { checkSum } from '../support/identity';
import { fundLabel, selfEvalsToCheck, subjectOf } from './support-self-eval';

/** 山西 自评表 项目资金: 资金结(转)余 = 全年预算数 − 全年执行数, on every fund line. */
export const peBalance = defineRule({
  code: 'PE-3',
  title: '资金结余等于全年预算数减全年执行数',
  severity: 'error',
  group: 'performance',
  description: '项目支出绩效自评表：资金结(转)余 = 全年预算数 − 全年执行数（每一资金行）',
  messages: {},
  check(ctx) {
    for (const pe of selfEvalsToCheck(ctx, '汇总表没有资金结(转)余栏')) {
      const subject = subjectOf(pe);
      const first = pe.funds[0];
      if (!first?.balance || !first.annualBudget || !first.executed) {
        ctx.unchecked(`${subject}：未找到“全年预算数”“全年执行数”或“资金结(转)余”栏`, pe.sheet);
        continue;
      }
      pe.funds.forEach((fund, i) => {
        checkSum(ctx, {
          subject: `${subject}${fundLabel(fund, i)}`,
          total: { cell: fund.balance, name: '资金结(转)余' },
          parts: [
            { cell: fund.annualBudget, name: '全年预算数' },
            { cell: fund.executed, name: '全年执行数', sign: -1 },
          ],
        });
      });
    }
  },
});

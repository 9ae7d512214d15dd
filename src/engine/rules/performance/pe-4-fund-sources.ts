import type { FundRow } from '../../tables/self-eval';
import type { ValueCell } from '../../values/value-cell';
import { defineRule } from '../rule';
import { checkSum } from '../support/identity';
import { compiledBudget, fundLabel, selfEvalsToCheck, subjectOf } from './support-self-eval';

type Column = 'declared' | 'compiled' | 'annualBudget' | 'executed' | 'balance';

const COLUMNS: [Column, string][] = [
  ['declared', '目标申报数'],
  ['compiled', '预算编制数'],
  ['annualBudget', '全年预算数'],
  ['executed', '全年执行数'],
  ['balance', '资金结(转)余'],
];

/**
 * 项目资金 block (山西 自评表, 财预〔2020〕10号 附件1): the 资金总额 line = Σ its source lines
 * (市县区财政资金, 上年结转资金, 其他资金…) in every amount column.
 */
export const peFundSources = defineRule({
  code: 'PE-4',
  title: '资金总额等于各资金来源之和',
  severity: 'error',
  group: 'performance',
  description: '项目支出绩效自评表：资金总额行 = 各资金来源行之和（目标申报数、预算编制数、全年预算数、全年执行数、资金结(转)余各栏）',
  messages: {},
  check(ctx) {
    for (const pe of selfEvalsToCheck(ctx, '汇总表只有资金总额，没有资金来源行')) {
      const [total, ...sources] = pe.funds;
      // A table with only the 资金总额 line has no sources to add up.
      if (!total || sources.length === 0) continue;
      const subject = subjectOf(pe);
      const cellOf = (fund: FundRow, column: Column): ValueCell | undefined => (column === 'compiled' ? compiledBudget(ctx, pe, fund) : fund[column]);
      const seen = new Set<number>();
      for (const [column, name] of COLUMNS) {
        const totalCell = cellOf(total, column);
        if (!totalCell || seen.has(totalCell.pos.col)) continue;
        seen.add(totalCell.pos.col);
        checkSum(ctx, {
          subject: `${subject}${name}`,
          total: { cell: totalCell, name: fundLabel(total, 0) },
          parts: sources.map((s, i) => ({ cell: cellOf(s, column), name: fundLabel(s, i + 1) })),
        });
      }
    }
  },
});

import { defineRule } from '../rule';
import { a1, at, initialBudget, executionRate, executionScore, selfEvalsToCheck, shown, subjectOf, textsOf } from './support-self-eval';
import { fundsStatements } from './support-text-figures';

/** Words that document a budget adjustment (“年初预算已核减”, “预算调整”, “调减资金”). */
const ADJUSTED = /(预算|资金|指标)(已|被|经|进行了?|作了?)?(调整|调减|调增|核减|追加|追减|收回|压减)|调整后的?(全年)?预算|(调整|调减|核减|收回|追减|压减)了?(部分)?(预算|资金|指标)/;
/**
 * Every ADJUSTED wording has 调, 核, 追, 收 or 压, and no other character folds to one of them
 * under NFKC: texts without any are skipped before the (costlier) compact form is built.
 */
const MAY_STATE_ADJUSTMENT = /[调核追收压]/;
/** The template's own 备注 (“如果有调整，取调整后的预算数”) documents nothing. */
const REMARK = /^备注|取数规则/;

/**
 * 山西 自评表 备注2 “全年预算数的取数规则：如果年初预算未调整，取预算编制数；如果有调整，取调整后的
 * 预算数”. Setting 全年预算数 = 全年执行数 below the 年初 budget turns any 执行率 into 100 %.
 */
export const peBudgetBasis = defineRule({
  code: 'PE-9',
  title: '全年预算数按备注取数',
  severity: 'warning',
  group: 'performance',
  description: '项目支出绩效自评表：全年预算数未经调整应等于年初预算数（预算编制数）；全年预算数 = 全年执行数 < 年初预算数且未说明调整，或分析文字所写预算与全年预算数不同，应核实',
  messages: {
    basis: '{subject}：全年预算数 {budgetCell} = {budget} 等于全年执行数 {executedCell}，低于年初预算数 {initialCell} = {initial}，表中未说明预算调整，执行率因此为 100%；按年初预算数计算执行率为 {initialRate}%，预算执行得分 {initialScore}{evidence}',
    textBudget: '{subject}：{label} {textCell} 写“{quote}”，与全年预算数 {budgetCell} = {budget} 不同；按所写预算计算执行率为 {textRate}%，预算执行得分 {textScore}',
    undocumented: '{subject}：全年预算数 {budgetCell} = {budget} 与年初预算数 {initialCell} = {initial} 不同，表中未说明预算调整（备注2：未调整时取预算编制数）',
  },
  check(ctx) {
    for (const pe of selfEvalsToCheck(ctx, '汇总表没有年初预算数')) {
      const subject = subjectOf(pe);
      const fund = pe.funds[0];
      const budgetCell = fund?.annualBudget;
      const executedCell = fund?.executed;
      const initialCell = fund && initialBudget(ctx, pe, fund);
      if (budgetCell?.kind !== 'number' || executedCell?.kind !== 'number' || initialCell?.kind !== 'number') {
        ctx.unchecked(`${subject}：资金总额行的年初预算数、全年预算数或全年执行数未填或不是数字`, pe.sheet);
        continue;
      }
      const budget = budgetCell.value;
      const initial = initialCell.value;
      const executed = executedCell.value;
      const adjusted = textsOf(ctx, pe).some((t) => {
        if (!MAY_STATE_ADJUSTMENT.test(t.text)) return false;
        const words = ctx.tables.normalized(pe.sheet, t.pos, t.text);
        return !REMARK.test(words) && ADJUSTED.test(words);
      });
      const statement = fundsStatements(ctx, pe).find((s) => s.budget);
      const quote = statement && [statement.budget, statement.executed, statement.rate].flatMap((q) => (q ? [q.quote] : [])).join('，');
      const data = { subject, budgetCell: a1(budgetCell), budget: budgetCell.text, executedCell: a1(executedCell), initialCell: a1(initialCell), initial: initialCell.text };
      if (budget.equals(executed) && budget.lessThan(initial) && !adjusted && !initial.isZero()) {
        const rate = executionRate(executed, initial);
        ctx.report({
          messageId: 'basis',
          cells: [budgetCell, executedCell, initialCell, ...(statement ? [at(pe, statement.text)] : [])],
          data: {
            ...data,
            initialRate: shown(rate.toDecimalPlaces(2), 2),
            initialScore: shown(executionScore(rate).toDecimalPlaces(2), 2),
            evidence: statement ? `；${statement.label}亦写“${quote}”` : '',
          },
          expected: initial,
          actual: budget,
          difference: initial.minus(budget),
        });
        continue;
      }
      const quoted = statement?.budget;
      // “年初预算 X” is no claim about 全年预算数; “预算下达 X” is, unless an adjustment is stated.
      const claimsAnnual = quoted && (quoted.basis === 'annual' || (quoted.basis === 'any' && !adjusted));
      if (statement && quoted && claimsAnnual && !quoted.value.isZero() && !quoted.value.equals(budget) && !budget.toDecimalPlaces(quoted.decimals).equals(quoted.value)) {
        const rate = executionRate(executed, quoted.value);
        ctx.report({
          messageId: 'textBudget',
          cells: [at(pe, statement.text), budgetCell],
          data: {
            ...data,
            label: statement.label,
            textCell: at(pe, statement.text).cell,
            quote: quote ?? quoted.quote,
            textRate: shown(rate.toDecimalPlaces(2), 2),
            textScore: shown(executionScore(rate).toDecimalPlaces(2), 2),
          },
          expected: quoted.value,
          actual: budget,
          difference: quoted.value.minus(budget).abs(),
        });
        continue;
      }
      if (!budget.equals(initial) && !adjusted) {
        ctx.report({ messageId: 'undocumented', severity: 'info', cells: [budgetCell, initialCell], data, expected: initial, actual: budget, difference: initial.minus(budget).abs() });
      }
    }
  },
});

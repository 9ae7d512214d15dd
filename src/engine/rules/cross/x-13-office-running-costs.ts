import { defineRule, type RuleContext } from '../rule';
import { checkEqual } from '../support/identity';
import { unitTypeOf } from '../support/unit-type';
import { codeTerm, lineCell, needTables } from './support-cross';

/**
 * The 山西/上海 名词解释 defines 机关运行经费 as the (日常) 公用经费 of the 财政拨款基本支出 of
 * 行政单位 and 参公事业单位, so it equals 06表 公用经费合计 exactly. The central/河南 definition
 * (“为保障行政单位（含参公）运行用于购买货物和服务的各项资金…”) only approximates it.
 */
const EXACT_DEFINITION = /机关运行经费[”"]?[：:]?(?:是)?指?行政单位和参照公务员法管理的事业单位.*?公用经费/;

function exactDefinition(ctx: RuleContext): boolean {
  return ctx.tables.textCells().some((t) => EXACT_DEFINITION.test(t.text.replace(/\s+/g, '')));
}

/**
 * 机关运行经费 (T10 行次5 行政单位 / 行次6 参公事业单位) = 06表 公用经费合计 (山西2022明细表: 其中：基本支出).
 * The unit type comes from the options, else from which of 行次5/6 is filled; an ordinary 事业单位
 * has no 机关运行经费 and nothing is compared (T10-3 checks that both lines are then empty).
 * Severity: error when the workbook's 名词解释 gives the 山西/上海 definition (the two must be equal),
 * warning otherwise (our choice: without that text the definition in force is unknown, and under
 * the central one the figures are only approximately equal).
 */
export const x13OfficeRunningCosts = defineRule({
  code: 'X-13',
  title: '机关运行经费与基本支出公用经费一致',
  severity: 'error',
  group: 'cross-table',
  description: '行政单位：相关信息统计表行次5 机关运行经费 = 基本支出决算明细表公用经费合计；参公事业单位：行次6 = 公用经费合计。名词解释采用山西/上海口径时为错误，否则为警告',
  messages: {},
  check(ctx) {
    const t06 = needTables(ctx, ['T06'], '机关运行经费与公用经费')?.[0];
    if (!t06) return;
    const t10 = ctx.tables.get('T10');
    const known = unitTypeOf(ctx);
    if (!known) {
      if (!t10) return ctx.unchecked('未指定单位类型，工作簿中也未写明，且未找到部门决算公开相关信息统计表，无法判断机关运行经费应与哪一行次比较');
      return ctx.unchecked('相关信息统计表行次5（行政单位）和行次6（参公事业单位）均有数，无法判断单位类型；请在审核选项中指定单位类型', t10.sheet);
    }
    const { type } = known;
    // An ordinary 事业单位 has no 机关运行经费: nothing to compare (T10-3 checks both lines are empty).
    if (type === '事业单位') return;
    if (!t10) return ctx.unchecked(`单位类型为${type}（${known.source}），但未找到部门决算公开相关信息统计表，无法核对机关运行经费`);
    const exact = exactDefinition(ctx);
    checkEqual(ctx, {
      subject: `机关运行经费（${type}${known.source === '审核选项' ? '' : `，${known.source}`}）与公用经费合计${exact ? '（名词解释为山西/上海口径，应相等）' : '（未见山西/上海口径的名词解释，按近似相等提示）'}`,
      left: lineCell(t10, type === '行政单位' ? 5 : 6, 1),
      right: codeTerm(t06, '公用经费合计', t06.variant === '2022' ? 2 : 1),
      severity: exact ? 'error' : 'warning',
    });
  },
});

import { defineRule } from '../rule';
import { checkNotGreater } from '../support/identity';
import { codeTerm, needTables } from './support-cross';

/** 06表 item and the 三公 决算 栏次 that includes it (三公 covers basic and project spending). */
const PAIRS: [code: string, col: number][] = [
  ['30212', 8],
  ['31013', 10],
  ['30231', 11],
  ['30217', 12],
];

/**
 * The 基本支出 (山西2022: 金额) of 因公出国（境）费用, 公务用车购置, 公务用车运行维护费 and 公务接待费
 * cannot exceed the matching 三公 决算数, which adds project spending to it.
 */
export const x14ThreePublicItems = defineRule({
  code: 'X-14',
  title: '基本支出明细的三公项目不超过三公经费决算',
  severity: 'warning',
  group: 'cross-table',
  description: '基本支出决算明细表 30212 ≤ 三公经费表栏次8，31013 ≤ 栏次10，30231 ≤ 栏次11，30217 ≤ 栏次12',
  messages: {},
  check(ctx) {
    const tables = needTables(ctx, ['T06', 'T3G'], '基本支出明细中的三公项目');
    if (!tables) return;
    const [t06, t3g] = tables;
    if (!t3g.row('data')) return ctx.unchecked('三公经费支出决算表：未读到数据行', t3g.sheet);
    for (const [code, col] of PAIRS) {
      if (!t06.code(code)) continue; // the variant does not print the item: nothing spent on it
      checkNotGreater(ctx, { subject: '基本支出明细与三公经费决算', left: codeTerm(t06, code, 1), right: codeTerm(t3g, 'data', col) });
    }
  },
});

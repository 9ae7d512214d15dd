import { defineRule } from '../rule';
import { checkSum } from '../support/identity';
import { SIDES, T3G_NAME, t3gTerm } from './support-t3g';

/** “三公”经费 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费：栏次1 = 2 + 3 + 6，栏次7 = 8 + 9 + 12。 */
export const threePublicTotal = defineRule({
  code: 'SG-1',
  title: '“三公”经费合计等于三项之和',
  severity: 'error',
  group: 'table',
  description: '财政拨款“三公”经费支出决算表：预算数 栏次1 合计 = 栏次2 因公出国（境）费 + 栏次3 公务用车购置及运行维护费 + 栏次6 公务接待费；决算数 栏次7 = 8 + 9 + 12',
  messages: {},
  check(ctx) {
    const t3g = ctx.tables.get('T3G');
    if (!t3g) return ctx.unchecked(`未找到${T3G_NAME}`);
    for (const side of SIDES) {
      const o = side.offset;
      checkSum(ctx, { subject: `${T3G_NAME} ${side.name}`, total: t3gTerm(t3g, o + 1), parts: [t3gTerm(t3g, o + 2), t3gTerm(t3g, o + 3), t3gTerm(t3g, o + 6)] });
    }
  },
});

import { defineRule } from '../rule';
import { checkSum } from '../support/identity';
import { SIDES, T3G_NAME, t3gTerm } from './support-t3g';

/** 公务用车购置及运行维护费 = 公务用车购置费 + 公务用车运行维护费：栏次3 = 4 + 5，栏次9 = 10 + 11。 */
export const vehicleSubtotal = defineRule({
  code: 'SG-2',
  title: '公务用车购置及运行维护费等于购置费加运行维护费',
  severity: 'error',
  group: 'table',
  description: '财政拨款“三公”经费支出决算表：预算数 栏次3 公务用车购置及运行维护费小计 = 栏次4 公务用车购置费 + 栏次5 公务用车运行维护费；决算数 栏次9 = 10 + 11',
  messages: {},
  check(ctx) {
    const t3g = ctx.tables.get('T3G');
    if (!t3g) return ctx.unchecked(`未找到${T3G_NAME}`);
    for (const side of SIDES) {
      const o = side.offset;
      checkSum(ctx, { subject: `${T3G_NAME} ${side.name}`, total: t3gTerm(t3g, o + 3), parts: [t3gTerm(t3g, o + 4), t3gTerm(t3g, o + 5)] });
    }
  },
});

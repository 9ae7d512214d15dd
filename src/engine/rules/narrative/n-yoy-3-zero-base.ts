import { analyzeNarrative } from '../../narrative/check/analyze';
import { defineRule } from '../rule';
import { SECTION_NAMES, where } from './support-narrative';
import { priorOf } from './support-yoy';

/** §5.3 N-YOY-3: on a zero base the growth rate is not computable (“增长率无可比性”), never “增长100%”. */
export const nYoy3ZeroBase = defineRule({
  code: 'N-YOY-3',
  title: '上年为零时增长率无可比性',
  severity: 'warning',
  group: 'narrative',
  description: '上年数为 0 而本年大于 0 时，写“增长率无可比性”，不写“增长100%”',
  messages: {
    zeroBase: '情况说明“{section}”（{where}）“{excerpt}”：上年数为 0（本年 {current} 即为增加额），增长率无从计算，文中写 {printed}%',
  },
  check(ctx) {
    const a = analyzeNarrative(ctx.tables);
    if (!a) return;
    for (const y of a.yoys) {
      const prior = priorOf(y);
      if (prior === undefined || !prior.isZero() || !y.increase) continue;
      ctx.report({ messageId: 'zeroBase', cells: [y.at], data: { section: SECTION_NAMES[y.section], where: where(y.at), excerpt: y.excerpt, current: y.current!.toString(), printed: y.rate.text } });
    }
  },
});

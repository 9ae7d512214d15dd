import { analyzeNarrative } from '../../narrative/check/analyze';
import { defineRule } from '../rule';
import { SECTION_NAMES, where } from './support-narrative';

/** §5.3 N-YOY-2: Δ > 0 → 增加 … 增长; Δ < 0 → 减少 … 下降; the words agree with each other and with the printed figures. */
export const nYoy2DirectionWords = defineRule({
  code: 'N-YOY-2',
  title: '增减用词与数字方向一致',
  severity: 'error',
  group: 'narrative',
  description: '增加对应增长，减少对应下降；印出的本年数与上年数决定方向',
  messages: {
    words: '情况说明“{section}”（{where}）“{excerpt}”：“{first}”与“{second}”方向相反',
    sign: '情况说明“{section}”（{where}）“{excerpt}”：本年 {current}、上年 {prior}，应为“{expected}”',
  },
  check(ctx) {
    const a = analyzeNarrative(ctx.tables);
    if (!a) return;
    for (const y of a.yoys) {
      const data = { section: SECTION_NAMES[y.section], where: where(y.at), excerpt: y.excerpt };
      const rateUp = y.rateWord === '增长' || y.rateWord === '增加';
      if (rateUp !== y.increase) {
        ctx.report({ messageId: 'words', cells: [y.at], data: { ...data, first: y.increase ? '增加' : '减少', second: y.rateWord } });
        continue;
      }
      if (y.prior !== undefined && y.current !== undefined && !y.current.equals(y.prior) && y.current.greaterThan(y.prior) !== y.increase) {
        ctx.report({ messageId: 'sign', cells: [y.at], data: { ...data, current: y.current.toString(), prior: y.prior.toString(), expected: y.current.greaterThan(y.prior) ? '增加' : '减少' } });
      }
    }
  },
});

import { analyzeNarrative } from '../../narrative/check/analyze';
import { sameAmount, shownIn } from '../../narrative/check/printed';
import { defineRule } from '../rule';
import { cellsOf, SECTION_NAMES, where } from './support-narrative';

/** §5.3 N-AMT-1, §3 rule 4: an amount the narrative gives for a table quantity equals the table, in any unit, at the coarser precision. */
export const nAmt1Amounts = defineRule({
  code: 'N-AMT-1',
  title: '情况说明金额与表一致',
  severity: 'error',
  group: 'narrative',
  description: '情况说明中指明表中项目的金额，换算为表的单位并按较粗的精度取整后，等于表中数',
  messages: {
    amount: '情况说明“{section}”（{where}）写{name} {actual}，表中为 {expected}',
  },
  check(ctx) {
    const a = analyzeNarrative(ctx.tables);
    if (!a) return;
    for (const m of a.amounts) {
      // A number without a unit is a unit problem (N-UNIT-1) when it matches in 元 or 万元.
      const ok = m.printed.unit ? sameAmount(m.printed, m.figure, a.unit) : (['元', '万元'] as const).some((u) => sameAmount(m.printed, m.figure, u));
      if (ok) continue;
      const unit = m.printed.unit ?? a.unit;
      ctx.report({
        messageId: 'amount',
        cells: cellsOf(m.at, m.figure),
        expected: shownIn(m.figure, unit),
        actual: m.printed.text,
        data: { section: SECTION_NAMES[m.section], where: where(m.at), name: m.name, actual: m.printed.text, expected: shownIn(m.figure, unit) },
      });
    }
  },
});

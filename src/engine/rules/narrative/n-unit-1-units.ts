import { analyzeNarrative } from '../../narrative/check/analyze';
import type { CellLocation } from '../../finding';
import { defineRule } from '../rule';
import { SECTION_NAMES, where } from './support-narrative';

/** §5.3 N-UNIT-1 (§2.5): every amount of a section states its unit, and one section uses one unit (seed 004 五（三）, 六). */
export const nUnit1Units = defineRule({
  code: 'N-UNIT-1',
  title: '情况说明金额单位明确且一致',
  severity: 'warning',
  group: 'narrative',
  description: '同一部分的金额都写明单位，并使用同一单位',
  messages: {
    missing: '情况说明“{section}”（{where}）的金额 {amounts} 没有写单位',
    mixed: '情况说明“{section}”（{where}）同时使用 {units}：{amounts}',
  },
  check(ctx) {
    const a = analyzeNarrative(ctx.tables);
    if (!a) return;
    for (const [id, list] of a.printedBySection) {
      const missing = list.filter((x) => !x.p.unit && !x.p.value.isZero());
      if (missing.length > 0) {
        ctx.report({ messageId: 'missing', cells: unique(missing.map((x) => x.at)), data: { section: SECTION_NAMES[id], where: where(missing[0].at), amounts: missing.map((x) => x.p.text).slice(0, 4).join('、') } });
      }
      const units = [...new Set(list.map((x) => x.p.unit).filter((u) => u !== undefined))];
      if (units.length > 1) {
        const samples = units.map((u) => list.find((x) => x.p.unit === u)!);
        ctx.report({ messageId: 'mixed', cells: unique(samples.map((x) => x.at)), data: { section: SECTION_NAMES[id], where: where(samples[0].at), units: units.join('和'), amounts: samples.map((x) => x.p.text).join('、') } });
      }
    }
  },
});

function unique(cells: CellLocation[]): CellLocation[] {
  const seen = new Set<string>();
  return cells.filter((c) => !seen.has(`${c.sheet}!${c.cell}`) && seen.add(`${c.sheet}!${c.cell}`) !== undefined);
}

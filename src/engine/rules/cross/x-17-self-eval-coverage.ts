import { toA1 } from '../../model/address';
import { Decimal, ZERO } from '../../money/decimal';
import { identityTolerance } from '../../money/tolerance';
import type { ValueCell } from '../../values/value-cell';
import { defineRule } from '../rule';
import { distinctSelfEvals } from '../performance/support-duplicates';
import { amountIn, commonUnit, decimalsOf, show } from '../support/amounts';
import { usable, type Term } from '../support/identity';
import { codeTerm, needTables } from './support-cross';

/** The narrative's share of 项目支出 covered by the 自评: “占本部门（单位）项目支出总额的100%”. */
const SHARE = /占[^，。；]{0,16}项目支出(?:总额|决算数|总数)?的?(\d+(?:\.\d+)?)%/;

/**
 * Σ 全年执行数 of the 自评表 (each project's first fund row, 资金总额) against 05表 合计 栏次3 项目支出.
 *
 * Tolerance: the 自评表 prints 万元 with 2–3 decimals (000: 78.194; 004: 29.099) and 05表 prints
 * 2 decimals (or 元); every printed figure is within half a cent of 万元 of its 元 value, so the §3
 * envelope for an identity of n rounded terms, 0.005 × (n + 1) 万元, covers the gap (004: 29.099 +
 * 54.96 + 57.466 = 141.525 vs 141.53). Within it nothing is reported: the two tables never share a
 * precision, so a 尾差 here says nothing.
 *
 * Whether every project was evaluated is not in the workbook: Σ below 项目支出 is reported as info
 * with the coverage (河南 汇总表 of seed 002: 50.32 / 52.71 = 95.47%); Σ above it is a warning
 * unless the excess fits in the 全口径 项目支出 (03表), i.e. the 自评 includes non-一般公共预算 projects.
 * A narrative “占…项目支出总额的X%” must equal the coverage.
 */
export const x17SelfEvalCoverage = defineRule({
  code: 'X-17',
  title: '项目自评资金与项目支出相符',
  severity: 'warning',
  group: 'cross-table',
  description: '全部项目均自评时，项目支出绩效自评表全年执行数之和 ≈ 一般公共预算财政拨款支出决算表项目支出；说明中“占项目支出总额的X%” = 自评资金 / 项目支出',
  messages: {
    coverage: '项目支出绩效自评表全年执行数合计 {evaluated} {unit}，一般公共预算项目支出 {spending} {unit}，自评覆盖率 {rate}%（未自评项目支出 {rest} {unit}）',
    exceeds: '项目支出绩效自评表全年执行数合计 {evaluated} {unit}，大于一般公共预算财政拨款项目支出 {spending} {unit}，超出 {difference} {unit}',
    wider: '项目支出绩效自评表全年执行数合计 {evaluated} {unit}，大于一般公共预算项目支出 {spending} {unit}，但不超过全口径项目支出 {wide} {unit}：自评可能包含非一般公共预算项目',
    share: '说明“{text}”称自评资金占项目支出的 {stated}%，按自评表全年执行数合计 {evaluated} ÷ 项目支出 {spending} 计算为 {rate}%',
  },
  check(ctx) {
    // A 自评表 printed twice (PE-12) is one project: counted once.
    const evals = distinctSelfEvals(ctx.tables);
    if (evals.length === 0) return ctx.unchecked('未找到项目支出绩效自评表，无法核对自评资金与项目支出');
    const t05 = needTables(ctx, ['T05'], '自评资金与项目支出')?.[0];
    if (!t05) return;
    const spendTerm = codeTerm(t05, '合计', 3);
    const executed: Term[] = evals.map((pe) => ({ cell: pe.funds[0]?.executed, name: `${pe.sheet} ${pe.projectName?.text ?? ''} 全年执行数` }));
    if (!usable(ctx, '自评资金与项目支出', [spendTerm, ...executed])) return;
    const cells = executed.map((t) => t.cell as ValueCell);
    const spendCell = spendTerm.cell as ValueCell;
    const unit = commonUnit([spendCell, ...cells]);
    const evaluated = cells.reduce((a, c) => a.plus(amountIn(c, unit)), ZERO);
    const spending = amountIn(spendCell, unit);
    const tolerance = identityTolerance(unit, cells.filter((c) => !c.value.isZero()).length);
    const diff = evaluated.minus(spending);
    const all = [spendCell, ...cells];
    const rate = spending.isZero() ? undefined : evaluated.dividedBy(spending).times(100);
    const d = decimalsOf(cells);
    const data = { unit, evaluated: show(evaluated, d), spending: show(spending, 2), rate: rate ? rate.toFixed(2) : '—', difference: show(diff.abs(), d), rest: show(diff.negated(), d) };
    if (diff.greaterThan(tolerance)) {
      const t03 = ctx.tables.get('T03');
      const wideCell = t03?.value('合计', 3);
      const wide = wideCell?.kind === 'number' ? amountIn(wideCell, unit) : undefined;
      if (wide && evaluated.lessThanOrEqualTo(wide.plus(tolerance))) ctx.report({ messageId: 'wider', severity: 'info', cells: [spendCell, wideCell!, ...cells], data: { ...data, wide: show(wide, 2) } });
      else ctx.report({ messageId: 'exceeds', cells: all, data, expected: spending, actual: evaluated, difference: diff });
    } else if (diff.negated().greaterThan(tolerance)) {
      ctx.report({ messageId: 'coverage', severity: 'info', cells: all, data, expected: spending, actual: evaluated, difference: diff.abs() });
    }
    if (!rate) return;
    for (const t of ctx.tables.textCells()) {
      // SHARE needs 占 and %, which removing white space cannot create: most cells stop here.
      if (!t.text.includes('占') || !t.text.includes('%')) continue;
      const m = SHARE.exec(t.text.replace(/\s+/g, ''));
      if (!m) continue;
      const stated = new Decimal(m[1]);
      // Half a unit of the printed last digit, plus 0.01 pp for the rounding of the amounts (§3 rule 5).
      const decimals = m[1].includes('.') ? m[1].split('.')[1].length : 0;
      const allowed = new Decimal(5).times(new Decimal(10).pow(-decimals - 1)).plus('0.01');
      if (stated.minus(rate).abs().lessThanOrEqualTo(allowed)) continue;
      ctx.report({ messageId: 'share', cells: [{ sheet: t.sheet, cell: toA1(t.pos) }, spendCell, ...cells], data: { ...data, text: m[0], stated: m[1] } });
    }
  },
});

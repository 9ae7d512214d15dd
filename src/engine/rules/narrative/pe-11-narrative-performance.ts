import type { CellLocation } from '../../finding';
import { Decimal } from '../../money/decimal';
import { analyzeNarrative } from '../../narrative/check/analyze';
import { amountAt, figureOf, percentOf, printed, sameAmount, samePercent, type Figure, type Printed } from '../../narrative/check/printed';
import { gradeOf } from '../../narrative/sections-performance';
import type { SelfEval } from '../../tables/self-eval';
import { defineRule, type FindingCell } from '../rule';
import { pct2, where } from './support-narrative';
import { coverageMentions, renamedProjects } from '../../narrative/check/performance-text';
import { toYuan } from '../../money/unit';
import { toA1 } from '../../model/address';

type MessageId = 'count' | 'funds' | 'grades' | 'figure' | 'overall' | 'coverageShare' | 'coverageClaim' | 'renamed';

/** The 自评表 figures a project sentence quotes, recomputed where PE-1/PE-7 define them. */
function projectFigures(pe: SelfEval) {
  const fund = pe.funds[0];
  const budget = figureOf([fund?.annualBudget], '万元');
  const executed = figureOf([fund?.executed], '万元');
  const score = figureOf([fund?.score], '万元');
  const indicators = pe.indicators.length > 0 ? figureOf(pe.indicators.map((i) => i.score), '万元') : undefined;
  const total = indicators && score ? { ...indicators, value: indicators.value.plus(score.value), cells: [...indicators.cells, ...score.cells] } : figureOf([pe.total], '万元');
  return { budget, executed, score, indicators, total };
}

const NUM = String.raw`(\d+(?:\.\d+)?)`;

/**
 * PE-11: the 预算绩效 part of the narrative agrees with the 自评表: project count, funds (Σ 全年预算数,
 * or Σ 年初 when the sentence means that), counts by grade, and each project's budget, execution,
 * rate (PE-1), scores and total (PE-7); the 部门整体 budget covers 基本支出 plus the projects.
 */
export const pe11NarrativePerformance = defineRule<MessageId>({
  code: 'PE-11',
  title: '情况说明绩效部分与自评表一致',
  severity: 'error',
  group: 'performance',
  description: '预算绩效情况中的项目个数、涉及资金、各等级个数、执行率和得分与自评表一致',
  messages: {
    count: '情况说明预算绩效情况（{where}）写自评项目 {printed} 个，自评表共 {expected} 个',
    funds: '情况说明预算绩效情况（{where}）写自评涉及资金 {printed}，自评表全年预算数合计 {expected}（年初预算数合计 {initial}）',
    grades: '情况说明预算绩效情况（{where}）写 {printed} 个项目自评等级为“{grade}”，自评表中为 {expected} 个',
    figure: '情况说明预算绩效情况（{where}）写项目“{project}”{name} {printed}，自评表应为 {expected}',
    overall: '情况说明预算绩效情况（{where}）写部门整体全年预算数 {printed}，小于基本支出决算 {basic} 与项目全年预算数 {projects} 之和 {expected}',
    coverageShare:
      '情况说明预算绩效情况（{where}）写涉及资金 {part}，占项目支出总额的 {printed}%：以项目支出决算 {spending} 为分母是 {byPart}%，以自评项目全年执行数合计 {executed} 计的覆盖率是 {coverage}%，分母不明确，宜写明',
    coverageClaim: '情况说明预算绩效情况（{where}）称绩效自评覆盖 {printed}%，而自评项目全年执行数合计 {executed} ÷ 项目支出决算 {spending} = {coverage}%',
    renamed: '情况说明预算绩效情况（{where}）同一项目先写作“{first}”，下一句（{next}）又写作“{second}”{known}',
  },
  check(ctx) {
    const a = analyzeNarrative(ctx.tables);
    const section = a?.doc.sections.get('预算绩效');
    if (!a || !section) return;
    const projects = ctx.tables.selfEvals;
    if (projects.length === 0) {
      ctx.unchecked('工作簿中没有项目支出绩效自评表，未核对情况说明的预算绩效部分');
      return;
    }
    const text = section.text;
    const report = (messageId: MessageId, at: CellLocation, data: Record<string, string>, cells: FindingCell[] = []) => ctx.report({ messageId, cells: [at, ...cells], data: { where: where(at), ...data } });
    const sumOf = (pick: (pe: SelfEval) => Figure | undefined): Figure | undefined => {
      const figures = projects.map(pick);
      if (figures.some((f) => !f)) return undefined;
      return { value: figures.reduce((s, f) => s.plus(f!.value), new Decimal(0)), unit: '万元', decimals: Math.max(...figures.map((f) => f!.decimals)), cells: figures.flatMap((f) => f!.cells) };
    };
    const budgets = sumOf((pe) => figureOf([pe.funds[0]?.annualBudget], '万元'));
    const initials = sumOf((pe) => figureOf([pe.funds[0]?.compiled ?? pe.funds[0]?.declared], '万元'));
    // Lines about the 部门整体 self-evaluation are checked against the whole budget, not the projects.
    const overallLines = section.lineRanges().filter((r) => /部门（单位）整体|部门整体|单位整体|整体支出|整体绩效/.test(r.line.text));
    const inOverall = (index: number) => overallLines.some((r) => index >= r.start && index < r.end);
    for (const r of overallLines) overall(text.slice(r.start, r.end), r.start);
    let offset = 0;
    for (const sentence of text.split(/(?<=。)/)) {
      const here = offset;
      offset += sentence.length;
      if (/部门评价|重点绩效评价|重点评价|一级项目/.test(sentence) || inOverall(here)) continue;
      const count = /(?<!一级)项目(?:共)?\s*(\d+)\s*个|(\d+)\s*个项目支出绩效自评/.exec(sentence);
      if (count && /自评|绩效/.test(sentence)) {
        const n = Number(count[1] ?? count[2]);
        if (n !== projects.length) report('count', section.cellAt(here + count.index), { printed: String(n), expected: String(projects.length) });
      }
      const funds = /资金\s*(?=\d)/.exec(sentence);
      const p = funds ? amountAt(text, here + funds.index + funds[0].length) : undefined;
      if (p && /自评/.test(sentence) && budgets && !sameAmount(p, budgets, a.unit) && !(initials && sameAmount(p, initials, a.unit))) {
        report('funds', section.cellAt(p.index), { printed: p.text, expected: `${budgets.value.toString()}万元`, initial: initials ? `${initials.value.toString()}万元` : '未知' }, budgets.cells);
      }
      for (const g of sentence.matchAll(/(\d+)\s*个项目自评等级为[“"]?(优|良|中|差)/g)) {
        const expected = projects.filter((pe) => gradeText(pe) === g[2]).length;
        if (Number(g[1]) !== expected) report('grades', section.cellAt(here + g.index!), { printed: g[1], grade: g[2], expected: String(expected) });
      }
    }
    projectSentences();
    coverage();
    renamed();

    /** §7 000-11, 002-7: shares of 项目支出 and coverage claims (X-17 reports a share that is simply wrong). */
    function coverage(): void {
      const spending = figureOf([a!.facts.t05?.value('合计', 3)], a!.unit);
      const executed = sumOf((pe) => figureOf([pe.funds[0]?.executed], '万元'));
      if (!spending || !executed || spending.value.isZero()) return;
      const yuan = (f: { value: Decimal; unit: Figure['unit'] }) => toYuan(f.value, f.unit);
      const rate = yuan(executed).dividedBy(yuan(spending)).times(100);
      const shown = (f: Figure) => `${f.value.toFixed(f.decimals)}${f.unit}`;
      const data = { spending: shown(spending), executed: shown(executed), coverage: pct2(rate) };
      for (const c of coverageMentions(section!, inOverall)) {
        if (c.kind === 'claim') {
          if (samePercent(c.rate.value, c.rate.decimals, rate)) continue;
          ctx.report({ messageId: 'coverageClaim', severity: 'info', cells: [c.at, ...spending.cells, ...executed.cells], expected: pct2(rate), actual: c.rate.text, difference: pct2(c.rate.value.minus(rate).abs()), data: { where: where(c.at), printed: c.rate.text, ...data } });
          continue;
        }
        if (!c.part || !samePercent(c.rate.value, c.rate.decimals, rate)) continue;
        const byPart = yuan({ value: c.part.value, unit: c.part.unit ?? a!.unit }).dividedBy(yuan(spending)).times(100);
        if (samePercent(c.rate.value, c.rate.decimals, byPart)) continue;
        ctx.report({
          messageId: 'coverageShare',
          severity: 'info',
          cells: [c.at, ...spending.cells, ...executed.cells],
          expected: pct2(byPart),
          actual: c.rate.text,
          difference: pct2(byPart.minus(c.rate.value).abs()),
          data: { where: where(c.at), part: c.part.text, printed: c.rate.text, byPart: pct2(byPart), ...data },
        });
      }
    }

    /** §7 002-8: one project, two names in consecutive sentences. */
    function renamed(): void {
      const names = projects.map((pe) => ({ pe, name: pe.projectName?.text.trim() ?? '' })).filter((x) => x.name);
      for (const r of renamedProjects(section!, names.map((x) => x.name))) {
        const own = names.find((x) => r.first.replace(/项目$/, '') === x.name || r.first.startsWith(x.name));
        const nameCell: FindingCell[] = own?.pe.projectName ? [{ sheet: own.pe.sheet, cell: toA1(own.pe.projectName.pos) }] : [];
        const nextCell = r.nextAt.cell === r.at.cell && r.nextAt.sheet === r.at.sheet ? [] : [r.nextAt];
        ctx.report({
          messageId: 'renamed',
          severity: 'info',
          cells: [r.at, ...nextCell, ...nameCell],
          data: { where: where(r.at), first: r.first, second: r.second, next: where(r.nextAt), known: own ? `；自评表中为“${own.name}”` : '' },
        });
      }
    }

    function gradeText(pe: SelfEval): string | undefined {
      const printedGrade = pe.grade?.text.trim().replace(/[“”"]/g, '');
      if (printedGrade && /^(优|良|中|差)/.test(printedGrade)) return printedGrade[0];
      const total = projectFigures(pe).total;
      return total ? gradeOf(total.value) : undefined;
    }

    /** The 部门整体 budget cannot be less than 基本支出 决算 plus the projects' 全年预算 (§7 000-5). */
    function overall(sentence: string, here: number): void {
      const m = /全年预算数?为?\s*(?=\d)/.exec(sentence);
      const p = m ? amountAt(text, here + m.index + m[0].length) : undefined;
      const basic = figureOf([a!.facts.t05?.value('合计', 2)], a!.unit);
      if (!p || !basic || !budgets) return;
      const inDoc = (f: Figure) => (f.unit === a!.unit ? f.value : a!.unit === '元' ? f.value.times(10000) : f.value.dividedBy(10000));
      const floor = inDoc(basic).plus(inDoc(budgets));
      const value = p.unit === a!.unit || !p.unit ? p.value : p.unit === '元' ? p.value.dividedBy(10000) : p.value.times(10000);
      const tolerance = a!.unit === '元' ? new Decimal(100) : new Decimal('0.01');
      if (value.plus(tolerance).lessThan(floor)) {
        report('overall', section!.cellAt(p.index), { printed: p.text, basic: basic.value.toString(), projects: `${budgets.value.toString()}万元`, expected: floor.toDecimalPlaces(2).toString() }, [...basic.cells, ...budgets.cells]);
      }
    }

    /** Each project's own sentences: the text after its name, or the whole part when there is one project. */
    function projectSentences(): void {
      const names = projects.map((pe) => pe.projectName?.text.trim()).filter((n): n is string => !!n);
      const reported = new Set<string>();
      for (const pe of projects) {
        const name = pe.projectName?.text.trim();
        let segments: Array<{ start: number; end: number }> = [];
        if (projects.length === 1) segments = [{ start: 0, end: text.length }];
        else if (name) {
          for (const m of text.matchAll(new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))) {
            const next = names.filter((n) => n !== name).map((n) => text.indexOf(n, m.index! + name.length)).filter((i) => i >= 0);
            segments.push({ start: m.index!, end: Math.min(text.length, ...next) });
          }
        }
        const f = projectFigures(pe);
        const checks: Array<{ name: string; re: RegExp; figure: Figure | undefined; percent?: boolean }> = [
          { name: '全年预算数', re: /全年预算数为\s*(?=\d)/g, figure: f.budget },
          { name: '全年执行数', re: /全年执行数为\s*(?=\d)/g, figure: f.executed },
          { name: '预算执行情况得分', re: /预算执行情况得分\s*(?=\d)/g, figure: f.score },
          { name: '指标完成情况得分', re: /指标完成情况得分\s*(?=\d)/g, figure: f.indicators },
          { name: '总得分', re: /总得分\s*(?=\d)/g, figure: f.total },
          { name: '执行率', re: /执行率为\s*(?=\d)/g, figure: undefined, percent: true },
        ];
        for (const seg of segments) {
          const part = text.slice(seg.start, seg.end);
          for (const c of checks) {
            for (const m of part.matchAll(c.re)) {
              const at = seg.start + m.index! + m[0].length;
              if (inOverall(at)) continue;
              const number = new RegExp(`^${NUM}`).exec(text.slice(at));
              if (!number) continue;
              if (c.percent) {
                if (!f.budget || !f.executed) continue;
                const expected = percentOf(f.executed.value, f.budget.value);
                const p = printed(number[1], undefined, at, at + number[1].length);
                if (!expected || samePercent(p.value, p.decimals, expected)) continue;
                once(`${name}|${c.name}|${p.text}`, () => report('figure', section!.cellAt(at), { project: name ?? '', name: c.name, printed: `${p.text}%`, expected: `${expected.toDecimalPlaces(2).toFixed(2)}%` }, [...f.executed!.cells, ...f.budget!.cells]));
                continue;
              }
              const p: Printed | undefined = c.name.includes('得分') ? printed(number[1], undefined, at, at + number[1].length) : amountAt(text, at);
              if (!p || !c.figure) continue;
              const ok = c.name.includes('得分') ? p.value.minus(c.figure.value).abs().lessThanOrEqualTo(p.decimals >= 2 ? '0.005' : '0.05') : sameAmount(p, c.figure, '万元');
              if (ok) continue;
              once(`${name}|${c.name}|${p.text}`, () => report('figure', section!.cellAt(at), { project: name ?? '', name: c.name, printed: p.text, expected: c.figure!.value.toString() }, c.figure!.cells));
            }
          }
        }
      }
      function once(key: string, fn: () => void): void {
        if (reported.has(key)) return;
        reported.add(key);
        fn();
      }
    }
  },
});

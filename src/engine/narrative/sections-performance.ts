import { Decimal } from '../money/decimal';
import type { SelfEval } from '../tables/self-eval';
import { cellNum, type Facts } from './facts';
import { body, type Paragraph } from './paragraph';
import { YEAR_WORD, type Ctx } from './phrases';
import { amt, cmp, evaluate, int, lit, num, numFormula, pct, pick, plus, ratio, sumOf, when, type Num, type Piece } from './text-expr';

/** 自评等级 by 总分 (财预〔2020〕10号): 90–100 优, 80–90 良, 60–80 中, below 60 差. */
export function gradeOf(total: Decimal): string {
  if (total.greaterThanOrEqualTo(90)) return '优';
  if (total.greaterThanOrEqualTo(80)) return '良';
  if (total.greaterThanOrEqualTo(60)) return '中';
  return '差';
}

function gradePiece(total: Num): Piece {
  return when(cmp('<', total, num(90)), [when(cmp('<', total, num(80)), [when(cmp('<', total, num(60)), [lit('差')], [lit('中')])], [lit('良')])], [lit('优')]);
}

/** A formula longer than this for one count would crowd Excel's 8,192 characters: the count is then written as a number. */
const LIVE_COUNT_LIMIT = 3000;

/**
 * Projects by grade, live: each count is Σ IF(总分 in the grade's band, 1, 0) over the recomputed
 * 总分 of every project (the same 总分 the per-project sentences grade), so correcting a score in a
 * 自评表 updates the counts. With very many projects a count falls back to its number.
 */
function gradeCounts(totals: Num[]): Array<[string, Num]> {
  const below = (t: Num, limit: number) => cmp('<', t, num(limit));
  const one = num(1);
  const zero = num(0);
  const bands: Array<[string, (t: Num) => Num]> = [
    ['优', (t) => pick(below(t, 90), zero, one)],
    ['良', (t) => pick(below(t, 90), pick(below(t, 80), zero, one), zero)],
    ['中', (t) => pick(below(t, 80), pick(below(t, 60), zero, one), zero)],
    ['差', (t) => pick(below(t, 60), one, zero)],
  ];
  return bands.map(([grade, inBand]) => {
    const live = sumOf(totals.map(inBand));
    return [grade, numFormula(live).length > LIVE_COUNT_LIMIT ? num(evaluate(live)) : live];
  });
}

interface ProjectFigures {
  pe: SelfEval;
  budget: Num;
  executed: Num;
  /** 预算执行得分 (the 资金总额 line's 得分). */
  executionScore?: Num;
  indicatorScore?: Num;
  /** 总分 recomputed: Σ 三级指标得分 + 预算执行得分 (PE-7), else the printed 自评得分. */
  total: Num;
}

function figures(pe: SelfEval): ProjectFigures {
  const fund = pe.funds[0];
  const budget = cellNum(fund?.annualBudget);
  const executed = cellNum(fund?.executed);
  if (pe.variant === 'summary' || pe.indicators.length === 0) return { pe, budget, executed, total: cellNum(pe.total) };
  const executionScore = cellNum(fund?.score);
  const indicatorScore = sumOf(pe.indicators.map((i) => cellNum(i.score)));
  return { pe, budget, executed, executionScore, indicatorScore, total: plus(indicatorScore, executionScore) };
}

/** 预算绩效: project count and funds (Σ 全年预算数), counts by grade, one sentence per 自评表 (PE-11). */
export function performance(ctx: Ctx, f: Facts): Paragraph[] {
  const projects = f.projects.map(figures);
  if (projects.length === 0) return [body('预算绩效', [lit(`${YEAR_WORD(ctx)}本部门（单位）没有开展项目支出绩效自评的项目。`)])];
  const grades = gradeCounts(projects.map((p) => p.total));
  const head: Piece[] = [
    lit(`根据预算绩效管理要求，本部门（单位）组织对${ctx.year}年度项目支出全面开展了绩效自评，共涉及项目`),
    int(num(projects.length)),
    lit('个，资金'),
    amt(sumOf(projects.map((p) => p.budget))),
    lit('万元。其中，'),
    ...grades.flatMap(([g, n], k) => [lit(`${k > 0 ? '，' : ''}`), int(n), lit(`个项目自评等级为“${g}”`)]),
    lit('。'),
  ];
  const out: Paragraph[] = [body('预算绩效', head)];
  for (const p of projects) {
    const name = p.pe.projectName?.text ?? '项目';
    const pieces: Piece[] = [
      lit(`项目名称：${name}。项目全年预算数为`),
      amt(p.budget),
      lit('万元，全年执行数为'),
      amt(p.executed),
      lit('万元，执行率为'),
      when(cmp('=', p.budget, num(0)), [lit('0.00')], [pct(ratio(p.executed, p.budget))]),
      lit('%。'),
    ];
    if (p.executionScore && p.indicatorScore) {
      pieces.push(lit('综合考虑预算执行情况得分'), amt(p.executionScore), lit('分，产出、效益、服务对象满意度各方面因素，指标完成情况得分'), amt(p.indicatorScore), lit('分，'));
    }
    pieces.push(lit('总得分'), amt(p.total), lit('分，自评等级为“'), gradePiece(p.total), lit('”。'));
    out.push(body('预算绩效', pieces));
  }
  return out;
}

import { cellNum, type Facts } from './facts';
import { body, type Paragraph } from './paragraph';
import { money, share, YEAR_WORD, yoy, type Ctx } from './phrases';
import { cmp, int, lit, num, pct, ratio, when, type Num, type Piece } from './text-expr';

/** 三公 items: 决算 栏次 and its 预算 栏次 (§2.3 T3G). */
const ITEMS: Array<{ name: string; final: number; budget: number }> = [
  { name: '因公出国（境）费', final: 8, budget: 2 },
  { name: '公务用车购置费', final: 10, budget: 4 },
  { name: '公务用车运行维护费', final: 11, budget: 5 },
  { name: '公务接待费', final: 12, budget: 6 },
];

/** “完成全年预算的x%”, or “无预算” where the budget is 0 (a 0 % rate would divide by zero, §7 000-13). */
function completion(actual: Num, budget: Num): Piece {
  return when(cmp('=', budget, num(0)), [lit('全年无预算')], [lit('完成全年预算的'), pct(ratio(actual, budget)), lit('%')]);
}

/** 九（一）总体: T3G 预算 (栏次1) and 决算 (栏次7), completion, YoY, the explanation of 决算 ≠ 预算 (SG-4). */
export function threePublicOverall(ctx: Ctx, f: Facts): Paragraph[] {
  const budget = cellNum(f.t3g(1));
  const final = cellNum(f.t3g(7));
  const pieces: Piece[] = [
    lit(`${YEAR_WORD(ctx)}“三公”经费财政拨款支出全年预算`),
    ...money(ctx, budget),
    lit('，支出决算'),
    ...money(ctx, final),
    lit('，'),
    completion(final, budget),
    lit('，与上年相比'),
    yoy(ctx, final, '上年“三公”经费财政拨款支出决算'),
    lit('。'),
    when(cmp('=', final, budget), [], [lit('决算数'), when(cmp('>', final, budget), [lit('大于')], [lit('小于')]), lit('预算数的主要原因是'), ctx.inputs.text('“三公”经费预决算差异原因'), lit('。')]),
    lit('其中：'),
  ];
  ITEMS.forEach((item, k) => {
    const actual = cellNum(f.t3g(item.final));
    pieces.push(lit(`${k > 0 ? '；' : ''}${item.name}支出`), ...money(ctx, actual), lit('，'), completion(actual, cellNum(f.t3g(item.budget))));
  });
  pieces.push(lit('。'));
  return [body('三公总体', pieces)];
}

/** 九（二）具体: shares of the 决算 合计 (栏次7, N-SHARE-1), then 团组/车辆/接待 details from the inputs. */
export function threePublicDetail(ctx: Ctx, f: Facts): Paragraph[] {
  const total = cellNum(f.t3g(7));
  const part = (name: string, col: number): Piece[] => [lit(`${name}支出决算`), ...money(ctx, cellNum(f.t3g(col))), lit('，占'), share(cellNum(f.t3g(col)), total), lit('%')];
  const out: Paragraph[] = [
    body('三公具体', [lit('“三公”经费财政拨款支出决算中，'), ...part('因公出国（境）费', 8), lit('；'), ...part('公务用车购置及运行维护费', 9), lit('；'), ...part('公务接待费', 12), lit('。')]),
  ];
  const count = (label: string, word: string): Piece => ctx.inputs.need(label, (n) => [int(n), lit(word)]);
  const nonZero = (col: number): boolean => f.t3g(col)?.value.isZero() === false;
  const line = (k: number, name: string, col: number, details: Piece[]): Paragraph =>
    body('三公具体', [lit(`${k}. ${name}支出`), ...money(ctx, cellNum(f.t3g(col))), lit('，'), ...(nonZero(col) ? details : [lit('本年度无此项支出')]), lit('。')]);
  out.push(line(1, '因公出国（境）费', 8, [lit('全年因公出国（境）团组'), count('因公出国（境）团组数', '个'), lit('，累计'), count('因公出国（境）人次', '人次')]));
  // The counts come from a table that holds them (a 相关信息统计表 row, 三公表 栏次13…), else the inputs.
  const boughtCell = f.t10Labelled(/购置/) ?? f.t3gCount(/购置/);
  out.push(line(2, '公务用车购置费', 10, [lit('购置公务用车'), ...(boughtCell ? [int(cellNum(boughtCell)), lit('辆')] : [count('购置公务用车辆数', '辆')])]));
  const heldCell = f.t10Labelled(/保有量/) ?? f.t3gCount(/保有量/) ?? f.t10Line(7);
  const fleet: Piece = heldCell ? int(cellNum(heldCell)) : count('公务用车保有量', '');
  out.push(line(3, '公务用车运行维护费', 11, [lit('使用财政拨款负担的公务用车保有量共'), fleet, lit('辆')]));
  out.push(
    line(4, '公务接待费', 12, [lit('国内公务接待'), count('国内公务接待批次', '批次'), lit('、'), count('国内公务接待人次', '人次'), lit('；外事接待'), count('外事接待批次', '批次'), lit('、'), count('外事接待人次', '人次')]),
  );
  return out;
}


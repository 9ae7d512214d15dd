import { cellNum, type Facts } from './facts';
import { body, type Paragraph } from './paragraph';
import { money, reasonIfChanged, share, SINCE, YEAR_WORD, yoy, type Ctx } from './phrases';
import { lit, sumOf, type Piece } from './text-expr';
import { isNonZero } from './facts';
import type { ValueCell } from '../values/value-cell';

/** 一、收入支出决算总体情况说明: T01 总计 (行次31 / 62), YoY against the prior-year totals. */
export function overall(ctx: Ctx, f: Facts): Paragraph[] {
  const income = cellNum(f.t01Line(31, 1));
  const spending = cellNum(f.t01Line(62, 2));
  const same = f.t01Line(31, 1)?.value.equals(f.t01Line(62, 2)?.value ?? -1) === true;
  const pieces: Piece[] = [];
  if (ctx.variant === '上海' && same) {
    pieces.push(lit(`${YEAR_WORD(ctx)}收入支出总计`), ...money(ctx, income), lit(`。${SINCE(ctx)}收入支出总计`), yoy(ctx, income, '上年收入总计'), lit('。'));
  } else if (ctx.variant === '河南' && same) {
    pieces.push(lit(`${YEAR_WORD(ctx)}收、支总计均为`), ...money(ctx, income), lit(`。${SINCE(ctx)}收、支总计各`), yoy(ctx, income, '上年收入总计'), lit('，'));
  } else {
    pieces.push(lit(`${YEAR_WORD(ctx)}收入总计`), ...money(ctx, income), lit('，支出总计'), ...money(ctx, spending));
    pieces.push(lit(`。${SINCE(ctx)}收入总计`), yoy(ctx, income, '上年收入总计'), lit('，支出总计'), yoy(ctx, spending, '上年支出总计'), lit('。'));
  }
  pieces.push(...reasonIfChanged(ctx, income, '上年收入总计', '收入支出总计变动原因'));
  return [body('收入支出总体', pieces)];
}

const INCOME_ITEMS: Array<{ name: string; lines: number[] }> = [
  { name: '财政拨款收入', lines: [1, 2, 3] },
  { name: '上级补助收入', lines: [4] },
  { name: '事业收入', lines: [5] },
  { name: '经营收入', lines: [6] },
  { name: '附属单位上缴收入', lines: [7] },
  { name: '其他收入', lines: [8] },
];

/** “占比x%” (山西) or “占x%” (河南/上海). */
const SHARE_WORD = (ctx: Ctx): string => (ctx.variant === '山西' ? '占比' : '占');

/** 二、收入决算情况说明: items of T01 行次1–8 with their shares of 本年收入合计 (行次27). */
export function income(ctx: Ctx, f: Facts): Paragraph[] {
  const total = cellNum(f.t01Line(27, 1));
  const items = INCOME_ITEMS.map((item) => ({ name: item.name, cells: item.lines.map((l) => f.t01Line(l, 1)) }));
  return [body('收入', [lit(`${YEAR_WORD(ctx)}收入合计`), ...money(ctx, total), lit('，其中：'), ...itemList(ctx, items, total), lit('。')])];
}

/** 三、支出决算情况说明: T03 合计 栏次2–6 with their shares of 本年支出合计 (栏次1). */
export function spending(ctx: Ctx, f: Facts): Paragraph[] {
  const names = ['基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'];
  const total = cellNum(f.t03?.value('合计', 1));
  const items = names.map((name, i) => ({ name, cells: [f.t03?.value('合计', i + 2)] }));
  return [body('支出', [lit(`${YEAR_WORD(ctx)}支出合计`), ...money(ctx, total), lit('，其中：'), ...itemList(ctx, items, total), lit('。')])];
}

/** 山西 lists every item, zeros included; 河南 and 上海 only what is not zero (“不涉及的不列”). */
function itemList(ctx: Ctx, items: Array<{ name: string; cells: Array<ValueCell | undefined> }>, total: ReturnType<typeof cellNum>): Piece[] {
  const shown = ctx.variant === '山西' ? items : items.filter((i) => i.cells.some(isNonZero));
  const out: Piece[] = [];
  shown.forEach((item, k) => {
    const n = item.cells.length === 1 ? cellNum(item.cells[0]) : sumOf(item.cells.map(cellNum));
    if (k > 0) out.push(lit('；'));
    out.push(lit(item.name), ...money(ctx, n), lit(`，${SHARE_WORD(ctx)}`), share(n, total), lit('%'));
  });
  return out;
}

/** 四、财政拨款收支决算总体情况说明: T04 收入总计 (行次32) and 支出总计 (行次64 栏次2). */
export function fiscalOverall(ctx: Ctx, f: Facts): Paragraph[] {
  const income = cellNum(f.t04Line(32, 1));
  const spending = cellNum(f.t04Line(64, 2));
  const same = f.t04Line(32, 1)?.value.equals(f.t04Line(64, 2)?.value ?? -1) === true;
  const pieces: Piece[] = [];
  if (ctx.variant !== '山西' && same) {
    pieces.push(lit(`${YEAR_WORD(ctx)}财政拨款收、支总计均为`), ...money(ctx, income), lit(`。${SINCE(ctx)}财政拨款收、支总计各`), yoy(ctx, income, '上年财政拨款收入总计'), lit('。'));
  } else {
    pieces.push(lit(`${YEAR_WORD(ctx)}财政拨款收入总计`), ...money(ctx, income), lit('，支出总计'), ...money(ctx, spending));
    pieces.push(lit(`。${SINCE(ctx)}财政拨款收入总计`), yoy(ctx, income, '上年财政拨款收入总计'), lit('；财政拨款支出总计'), yoy(ctx, spending, '上年财政拨款支出总计'), lit('。'));
  }
  pieces.push(...reasonIfChanged(ctx, income, '上年财政拨款收入总计', '财政拨款收支变动原因'));
  return [body('财政拨款收支总体', pieces)];
}


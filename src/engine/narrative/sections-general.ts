import type { TableRow } from '../tables/table';
import { cellNum, className, isNonZero, PERSONNEL_CLASSES, PUBLIC_CLASSES, type Facts } from './facts';
import { body, type Paragraph } from './paragraph';
import { money, reasonIfChanged, share, SINCE, YEAR_WORD, yoy, type Ctx } from './phrases';
import { cmp, lit, minus, num, pct, ratio, sumOf, when, type Num, type Piece } from './text-expr';

/** 五（一）总体: T05 合计 and its share of 本年支出合计 (T01 行次58, N-SHARE-1), YoY. */
export function generalOverall(ctx: Ctx, f: Facts): Paragraph[] {
  const total = cellNum(f.t05?.value('合计', 1));
  const all = cellNum(f.t01Line(58, 2));
  const pieces: Piece[] = [
    lit(`${YEAR_WORD(ctx)}一般公共预算财政拨款支出`),
    ...money(ctx, total),
    lit('，占本年支出合计的'),
    share(total, all),
    lit(`%。${SINCE(ctx)}一般公共预算财政拨款支出`),
    yoy(ctx, total, '上年一般公共预算财政拨款支出'),
    lit('。'),
    ...reasonIfChanged(ctx, total, '上年一般公共预算财政拨款支出', '一般公共预算财政拨款支出变动原因'),
  ];
  return [body('一般公共预算总体', pieces)];
}

/** 五（二）结构: every non-zero 类 of T05 with its share of the T05 合计. */
export function generalStructure(ctx: Ctx, f: Facts): Paragraph[] {
  const total = cellNum(f.t05?.value('合计', 1));
  const classes = f.t05Rows(3).filter((r) => isNonZero(r.values.get(1)));
  const pieces: Piece[] = [lit(`${YEAR_WORD(ctx)}一般公共预算财政拨款支出`), ...money(ctx, total), lit('，主要用于以下方面：')];
  classes.forEach((row, k) => {
    const n = cellNum(row.values.get(1));
    pieces.push(lit(`${k > 0 ? '；' : ''}${className(row)}（类）`), ...money(ctx, n), lit('，占比'), share(n, total), lit('%'));
  });
  pieces.push(lit('。'));
  return [body('一般公共预算结构', pieces)];
}

/** The 年初预算 input of one T05 row: “年初预算：2080199 其他人力资源和社会保障管理事务支出”. */
export const budgetLabel = (row: TableRow): string => `年初预算：${row.code} ${className(row)}`;
export const budgetReasonLabel = (row: TableRow): string => `预决算差异原因：${row.code} ${className(row)}`;
export const BUDGET_TOTAL_LABEL = '一般公共预算财政拨款支出年初预算合计';
/** Which level §五（三） goes down to: 项 by default (上海: “依次说明到各项级科目”). */
export const DETAIL_LEVEL_LABEL = '具体情况说明到（类/款/项）';

/** “社会保障和就业支出（类）人力资源和社会保障管理事务（款）事业运行（项）” */
function fullName(f: Facts, row: TableRow): string {
  const rows = f.t05?.codeRows() ?? [];
  const parts: string[] = [];
  const levels: Array<[number, string]> = [
    [3, '类'],
    [5, '款'],
    [7, '项'],
  ];
  for (const [digits, word] of levels) {
    if (row.code!.length < digits) break;
    const r = rows.find((x) => x.code === row.code!.slice(0, digits));
    parts.push(`${r ? className(r) : row.code!.slice(0, digits)}（${word}）`);
  }
  return parts.join('');
}

/** “完成年初预算的x%”, or “完成全年预算” when nothing was budgeted (GovBudgetChecker R004). */
function completion(actual: Num, budget: Num): Piece {
  return when(cmp('=', budget, num(0)), [lit('年初未安排预算')], [lit('完成年初预算的'), pct(ratio(actual, budget)), lit('%')]);
}

/** 五（三）具体: 年初预算 (input) against 决算 for each 项 (or 类/款), completion %, reasons for differences. */
export function generalDetail(ctx: Ctx, f: Facts): Paragraph[] {
  const levelWord = String(ctx.inputs.raw(DETAIL_LEVEL_LABEL) ?? '项');
  const digits = levelWord.includes('类') ? 3 : levelWord.includes('款') ? 5 : 7;
  const rows = f.t05Rows(digits).filter((r) => isNonZero(r.values.get(1)) || ctx.inputs.has(budgetLabel(r)));
  const total = cellNum(f.t05?.value('合计', 1));
  const budgets = rows.map((r) => ctx.inputs.amount(budgetLabel(r)));
  const allGiven = budgets.length > 0 && budgets.every((b) => b.present);
  const head: Piece[] = [lit(`${YEAR_WORD(ctx)}一般公共预算财政拨款支出年初预算`)];
  const tail = (budget: Num): Piece[] => [...money(ctx, budget), lit('，支出决算'), ...money(ctx, total), lit('，'), completion(total, budget), lit('。其中：')];
  // The user's 年初预算 合计 when given (it is printed in the 预算 document); else the sum of the items.
  if (allGiven && !ctx.inputs.has(BUDGET_TOTAL_LABEL)) head.push(...tail(sumOf(budgets.map((b) => b.n))));
  else head.push(ctx.inputs.need(BUDGET_TOTAL_LABEL, tail));
  const out: Paragraph[] = [body('一般公共预算具体', head)];
  rows.forEach((row, i) => {
    const actual = cellNum(row.values.get(1));
    const item = ctx.inputs.need(budgetLabel(row), (b) => [
      lit('年初预算为'),
      ...money(ctx, b),
      lit('，支出决算为'),
      ...money(ctx, actual),
      lit('，'),
      completion(actual, b),
      lit('。'),
      when(
        cmp('=', minus(actual, b), num(0)),
        [],
        [lit(`决算数`), when(cmp('>', actual, b), [lit('大于')], [lit('小于')]), lit('年初预算数的主要原因是'), ctx.inputs.text(budgetReasonLabel(row)), lit('。')],
      ),
    ]);
    out.push(body('一般公共预算具体', [lit(`${i + 1}. ${fullName(f, row)}。`), item]));
  });
  return out;
}

/** 六、基本支出: T05 基本支出, T06 人员经费合计 / 公用经费合计 and their non-zero items (N-LIST-1). */
export function basic(ctx: Ctx, f: Facts): Paragraph[] {
  const total = cellNum(f.t05?.value('合计', 2));
  const personnel = cellNum(f.t06('人员经费合计'));
  const publicCosts = cellNum(f.t06('公用经费合计'));
  const list = (classes: string[]): Piece[] => {
    const items = f.t06Items(classes);
    if (items.length === 0) return [];
    const out: Piece[] = [lit('，主要包括：')];
    items.forEach((row, k) => {
      out.push(lit(`${k > 0 ? '、' : ''}${className(row)}`));
      if (ctx.variant === '山西') out.push(...money(ctx, cellNum(row.values.get(f.t06Col))));
    });
    return out;
  };
  const pieces: Piece[] = [
    lit(`${YEAR_WORD(ctx)}一般公共预算财政拨款基本支出`),
    ...money(ctx, total),
    lit('，其中：人员经费'),
    ...money(ctx, personnel),
    ...list(PERSONNEL_CLASSES),
    lit('；公用经费'),
    ...money(ctx, publicCosts),
    ...list(PUBLIC_CLASSES),
    lit('。'),
  ];
  return [body('基本支出', pieces)];
}


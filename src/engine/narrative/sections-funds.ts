import { cellNum, type Facts } from './facts';
import { body, type Paragraph } from './paragraph';
import { money, YEAR_WORD, type Ctx } from './phrases';
import { lit, type Piece } from './text-expr';
import type { Table } from '../tables/table';

/** The prescribed sentence for an empty fund table (§5.2 七/八), per variant. */
function emptySentence(ctx: Ctx, fund: string): string {
  if (ctx.variant === '河南') return `我单位${ctx.year}年度没有${fund}收入，也没有使用${fund}安排的支出。`;
  if (ctx.variant === '上海') return `${ctx.unitName}${YEAR_WORD(ctx)}无${fund}预算财政拨款收入和支出。`;
  return '本年度无此项支出。';
}

/** 七、政府性基金: TGF 合计 本年收入 (栏次2) and 本年支出 (栏次3), or the empty-table sentence. */
export function governmentFunds(ctx: Ctx, f: Facts): Paragraph[] {
  return [body('政府性基金', fundPieces(ctx, f.tgf, '政府性基金', 2, 3))];
}

/** 八、国有资本经营: TSOC 合计 (栏次1; the 6-栏 收入支出 variant: 本年收入 2, 本年支出 3), or the empty-table sentence. */
export function stateCapital(ctx: Ctx, f: Facts): Paragraph[] {
  const balance = f.tsoc?.columns.length === 6;
  return [body('国有资本经营', fundPieces(ctx, f.tsoc, '国有资本经营', balance ? 2 : undefined, balance ? 3 : 1))];
}

function fundPieces(ctx: Ctx, table: Table | undefined, fund: string, incomeCol: number | undefined, spendingCol: number): Piece[] {
  if (!table || table.isEmpty()) return [lit(emptySentence(ctx, fund))];
  const pieces: Piece[] = [lit(`${YEAR_WORD(ctx)}`)];
  if (incomeCol !== undefined) pieces.push(lit(`${fund}预算财政拨款收入`), ...money(ctx, cellNum(table.value('合计', incomeCol))), lit('，'));
  pieces.push(lit(`${fund}预算财政拨款支出`), ...money(ctx, cellNum(table.value('合计', spendingCol))), lit('。'));
  return pieces;
}

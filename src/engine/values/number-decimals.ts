import { cellDecimal, type Decimal } from '../money/decimal';

/**
 * The Decimal of each raw number one audit reads, built once. A workbook prints the same figure
 * in many cells (合计 and 财政拨款 columns, the 01/04/05 tables, a 自评表's 预算 and 执行: about
 * two in three of the seeds' amounts repeat one already read), and a Decimal is built from a
 * double through its text (cellDecimal). Decimals never change, so cells may share one.
 */
export class NumberDecimals {
  private readonly byNumber = new Map<number, Decimal>();

  of(n: number): Decimal {
    let value = this.byNumber.get(n);
    if (value === undefined) this.byNumber.set(n, (value = cellDecimal(n)));
    return value;
  }
}

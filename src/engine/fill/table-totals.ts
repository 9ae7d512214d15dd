import { Decimal, ZERO, formatAmount } from '../money/decimal';
import { toA1 } from '../model/address';
import type { TableSet } from '../tables/table-set';
import type { ValueCell } from '../values/value-cell';
import type { FillBuilder } from './fill-builder';
import { sumFormula } from './formulas';
import { tableIdentities, type SumIdentity } from './table-identities';

const keyOf = (cell: ValueCell) => `${cell.sheet}!${toA1(cell.pos)}`;

/** The format most parts show, so the total looks like its rows (#,##0.00 / 0.00). */
function partsFormat(b: FillBuilder, parts: readonly ValueCell[]): string | undefined {
  const counts = new Map<string, number>();
  for (const p of parts) {
    const fmt = b.cell(p.sheet, p.pos)?.numFmt;
    if (fmt && p.kind === 'number') counts.set(fmt, (counts.get(fmt) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b2) => b2[1] - a[1])[0]?.[0];
}

/**
 * Blank totals and subtotals of the 公开 tables (合计, 类 = Σ款, 本年收入合计, 总计, 人员经费合计…).
 * A blank total is computed once none of its parts is itself a blank total still to compute,
 * so 款 are summed before their 类 and 类 before 合计. A total whose parts are all zero or
 * blank stays blank (000/004 leave zero cells blank); “——” (not applicable) is never filled.
 */
export function planTableTotals(b: FillBuilder, tables: TableSet): void {
  const identities = tableIdentities(tables, (total) => total.kind === 'blank');
  // By cell: a table reads each cell once, so a 款 total is the same object among its 类's parts.
  const pending = new Set(identities.map((i) => i.total));
  const values = new Map<ValueCell, Decimal>();
  let progress = true;
  while (progress && pending.size > 0) {
    progress = false;
    for (const identity of identities) {
      if (!pending.has(identity.total) || identity.parts.some((p) => pending.has(p))) continue;
      pending.delete(identity.total);
      progress = true;
      const sum = sumOf(identity, values);
      if (sum === undefined) {
        const text = identity.parts.find((p) => p.storedAsText && !p.value.isZero());
        if (text) b.note(identity.code, 'info', identity.total.sheet, identity.total.pos, `${identity.name} ${toA1(identity.total.pos)} 未填：加数 ${toA1(text.pos)}“${text.text}”是文本格式的数字，SUM 公式不计入文本，请先转为数字`);
        continue;
      }
      if (sum.isZero()) continue;
      values.set(identity.total, sum);
      const decimals = Math.max(2, ...identity.parts.filter((p) => p.kind === 'number').map((p) => Math.min(p.decimals, 4)));
      b.add({
        kind: 'sum',
        code: identity.code,
        sheet: identity.total.sheet,
        pos: identity.total.pos,
        label: identity.name,
        formula: sumFormula(identity.parts.map((p) => p.pos)),
        value: sum,
        shown: formatAmount(sum, decimals),
        numFmt: partsFormat(b, identity.parts) ?? '#,##0.00',
        status: 'empty',
        dependsOn: identity.parts.filter((p) => values.has(p)).map(keyOf).filter((k) => b.has(k)),
      });
    }
  }
}

/** Σ parts as they will be after the fill; undefined when a part is words, an error, or a number stored as text (SUM skips those). */
function sumOf(identity: SumIdentity, values: ReadonlyMap<ValueCell, Decimal>): Decimal | undefined {
  let sum = ZERO;
  for (const p of identity.parts) {
    if (p.kind === 'text' || p.kind === 'error' || p.storedAsText) return undefined;
    sum = sum.plus(values.get(p) ?? (p.kind === 'number' ? p.value : ZERO));
  }
  return sum;
}

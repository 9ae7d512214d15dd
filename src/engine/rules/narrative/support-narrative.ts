import type { CellLocation } from '../../finding';
import { Decimal } from '../../money/decimal';
import type { Figure } from '../../narrative/check/printed';
import type { FindingCell } from '../rule';
import { locationOf } from '../support/cell-ref';

/** The narrative cell first, then the table cells behind the figure. */
export function cellsOf(at: CellLocation, ...figures: Array<Figure | undefined>): FindingCell[] {
  const out: FindingCell[] = [at];
  const seen = new Set<string>([`${at.sheet}!${at.cell}`]);
  for (const f of figures) {
    for (const c of f?.cells ?? []) {
      const loc = locationOf(c);
      const key = `${loc.sheet}!${loc.cell}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(c);
      }
    }
  }
  return out;
}

export const where = (at: CellLocation): string => `${at.sheet} ${at.cell}`;

export const pct2 = (d: Decimal): string => d.toDecimalPlaces(2).toFixed(2);

export const SECTION_NAMES: Record<string, string> = {
  收入支出总体: '收入支出决算总体情况',
  收入: '收入决算情况',
  支出: '支出决算情况',
  财政拨款收支总体: '财政拨款收支决算总体情况',
  一般公共预算总体: '一般公共预算财政拨款支出决算总体情况',
  一般公共预算结构: '一般公共预算财政拨款支出决算结构情况',
  一般公共预算具体: '一般公共预算财政拨款支出决算具体情况',
  基本支出: '基本支出决算情况',
  政府性基金: '政府性基金情况',
  国有资本经营: '国有资本经营情况',
  三公总体: '“三公”经费总体情况',
  三公具体: '“三公”经费具体情况',
  机关运行经费: '机关运行经费情况',
  政府采购: '政府采购情况',
  国有资产: '国有资产占用情况',
  预算绩效: '预算绩效情况',
};

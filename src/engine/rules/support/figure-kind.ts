import type { FigureKind } from '../../finding';
import type { AmountUnit } from '../../money/unit';
import type { ValueCell } from '../../values/value-cell';
import { commonUnit } from './amounts';

/** Rules whose figures are numbers of things (车辆数, 设备数), though their table is in 万元. */
const COUNT_RULES = new Set(['T10-2', 'T10-4']);

const NUMERIC = /^-?\d+(\.\d+)?$/;

/**
 * What a finding's expected/actual/difference measure, decided once for every rule from the
 * cells it names (the checked cell first): a rate cell (read as percent points) makes a rate,
 * a checked cell with a table unit an amount in the coarsest unit of the cells, a 自评表 cell
 * without one a score (分), figures that are not numbers (a printed label) text.
 */
export function figureKind(code: string, cells: readonly ValueCell[], figures: readonly (string | undefined)[]): { kind: FigureKind; unit?: AmountUnit } {
  if (figures.some((f) => f !== undefined && !NUMERIC.test(f))) return { kind: 'text' };
  if (COUNT_RULES.has(code)) return { kind: 'count' };
  if (cells[0]?.percent) return { kind: 'rate' };
  // The checked cell decides: a 总分 (no unit) compared with a funds row's 得分 is still a score.
  if (cells[0]?.unit) return { kind: 'amount', unit: commonUnit(cells.filter((c) => c.unit)) };
  // 自评表 分值 and 得分 carry no money unit: they are points (分).
  if (cells[0] && code.startsWith('PE-')) return { kind: 'score' };
  return { kind: 'number' };
}

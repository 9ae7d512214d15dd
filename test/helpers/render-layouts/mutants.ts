import { audit } from '../../../src/engine/audit';
import { toA1 } from '../../../src/engine/model/address';
import type { CellSnapshot, WorkbookSnapshot } from '../../../src/engine/model/snapshot';
import { Decimal, formatAmount } from '../../../src/engine/money/decimal';
import type { ValueCell } from '../../../src/engine/values/value-cell';

/** One amount raised by 1.00 (an indicator 得分 lowered by 1), in memory: test/system/mutation.test.ts and the renderings. */
export interface Mutant {
  cell: ValueCell;
  delta: Decimal;
  what: string;
}

function mutated(original: CellSnapshot, cell: ValueCell, delta: Decimal): CellSnapshot {
  const value = cell.value.plus(delta);
  if (cell.storedAsText) {
    const text = /,/.test(cell.text) ? formatAmount(value, cell.decimals) : value.toFixed(cell.decimals);
    return { ...original, value: text, text };
  }
  return { ...original, value: value.toNumber(), text: value.toFixed(cell.decimals) };
}

export function mutants(wb: WorkbookSnapshot): Mutant[] {
  const set = audit(wb).tableSet;
  const list: Mutant[] = [];
  for (const table of set.tables) for (const cell of table.allValues()) if (cell.kind === 'number') list.push({ cell, delta: new Decimal(1), what: `${table.id} 数据` });
  for (const pe of set.selfEvals) {
    for (const ind of pe.indicators) if (ind.score.kind === 'number') list.push({ cell: ind.score, delta: new Decimal(-1), what: '指标得分' });
    for (const fund of pe.funds) if (fund.executed?.kind === 'number') list.push({ cell: fund.executed, delta: new Decimal(1), what: '全年执行数' });
  }
  return list;
}

/** True when the mutant gives an error-level finding naming the changed cell. */
export function killed(wb: WorkbookSnapshot, m: Mutant): boolean {
  const row = wb.sheets.find((s) => s.name === m.cell.sheet)!.cells[m.cell.pos.row];
  const original = row[m.cell.pos.col]!;
  row[m.cell.pos.col] = mutated(original, m.cell, m.delta);
  try {
    const address = toA1(m.cell.pos);
    return audit(wb).findings.some((f) => f.severity === 'error' && f.locations.some((l) => l.sheet === m.cell.sheet && l.cell === address));
  } finally {
    row[m.cell.pos.col] = original;
  }
}

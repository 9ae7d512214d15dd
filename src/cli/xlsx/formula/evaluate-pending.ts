import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from '../../../engine/model/snapshot';
import type { DisplayText } from '../display-text';
import type { PendingFormula } from '../sheet-part';
import { evaluate, Waiting, type Lookup } from './evaluate';
import { parseFormula, Unsupported } from './syntax';

/** Passes over the pending formulas before the rest are called circular. */
const MAX_PASSES = 100;
/** Cells that SUM ranges may visit in one workbook. */
const VISIT_BUDGET = 50_000_000;

/** Marks a formula the reader could not compute: an error cell the engine reports as unreadable. */
export function markUncomputed(cell: CellSnapshot, reason: string): void {
  const formula = cell.formula ?? '';
  const shown = formula.length > 60 ? `${formula.slice(0, 57)}…` : formula;
  cell.value = '未计算的公式';
  cell.text = `未计算的公式 ${shown}（文件中没有计算结果，${reason}）`;
  cell.error = true;
}

/**
 * Files written by scripts often hold formulas with no cached result. They are computed here —
 * + − × ÷ ^ &, parentheses, SUM, ROUND, references on any sheet — in passes until nothing
 * changes (a formula may use another one). What cannot be computed is marked, never read as 0.
 */
export function evaluatePending(workbook: WorkbookSnapshot, pending: PendingFormula[], display: DisplayText): void {
  if (pending.length === 0) return;
  const waiting = new Set<CellSnapshot>(pending.map((p) => p.cell));
  const failed = new Set<CellSnapshot>();
  const byName = new Map<string, SheetSnapshot>(workbook.sheets.map((s) => [s.name.toLowerCase(), s]));
  let visited = 0;
  let home: SheetSnapshot = workbook.sheets[0];
  const sheetOf = (name: string | undefined, a1: string): SheetSnapshot => {
    if (name === undefined) return home;
    const sheet = byName.get(name.toLowerCase());
    if (!sheet) throw new Unsupported(`引用了不存在的工作表（${a1}）`);
    return sheet;
  };
  const lookup: Lookup = {
    cell(name, row, col, a1) {
      const cell = sheetOf(name, a1).cells[row]?.[col];
      if (cell && waiting.has(cell)) throw new Waiting();
      if (cell && failed.has(cell)) throw new Unsupported(`引用的 ${a1} 也未能计算`);
      return cell;
    },
    rows: (name, a1) => sheetOf(name, a1).cells,
    visit(n) {
      visited += n;
      if (visited > VISIT_BUDGET) throw new Unsupported('求和范围过大');
    },
  };
  let queue = pending;
  for (let pass = 0; pass < MAX_PASSES && queue.length > 0; pass++) {
    const next: PendingFormula[] = [];
    for (const p of queue) {
      home = workbook.sheets[p.sheet];
      try {
        const v = evaluate(parseFormula(p.cell.formula ?? ''), lookup);
        waiting.delete(p.cell);
        if (v.t === 'n') {
          const value = v.d.isZero() ? 0 : v.d.toNumber(); // Excel has no −0
          Object.assign(p.cell, { value, text: display.number(value, p.cell.numFmt) });
        } else if (v.t === 'e') Object.assign(p.cell, { value: v.code, text: v.code, error: true });
        else if (v.t === 's') Object.assign(p.cell, { value: v.s, text: v.s });
        else if (v.t === 'b') Object.assign(p.cell, { value: v.b, text: v.b ? 'TRUE' : 'FALSE' });
      } catch (error) {
        if (error instanceof Waiting) next.push(p);
        else if (error instanceof Unsupported) {
          waiting.delete(p.cell);
          failed.add(p.cell);
          markUncomputed(p.cell, error.reason);
        } else throw error;
      }
    }
    if (next.length === queue.length) break;
    queue = next;
  }
  for (const p of queue) {
    if (waiting.has(p.cell)) markUncomputed(p.cell, '公式之间循环引用或依赖过深');
  }
}

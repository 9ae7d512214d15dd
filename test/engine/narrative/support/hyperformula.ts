// Evaluates the 情况说明 formulas with HyperFormula (a devDependency, GPL-3.0, tests only: never
// bundled). HyperFormula has no FIXED, so this file registers one that follows Excel's definition:
// FIXED(number, [decimals = 2], [no_commas = FALSE]) rounds half away from zero and groups
// thousands with ','. The formulas themselves use Excel 2010 functions only.
import { FunctionArgumentType, FunctionPlugin, HyperFormula, type RawCellContent } from 'hyperformula';
import type { InterpreterState } from 'hyperformula/typings/interpreter/InterpreterState';
import type { ProcedureAst } from 'hyperformula/typings/parser';
import Decimal from 'decimal.js';
import type { WorkbookSnapshot } from '../../../../src/engine/model/snapshot';
import type { NewSheetPlan } from '../../../../src/engine/plan/change-plan';
import { fromA1 } from '../../../../src/engine/model/address';

class FixedPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    FIXED: {
      method: 'fixed',
      parameters: [
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.NUMBER, defaultValue: 2 },
        { argumentType: FunctionArgumentType.BOOLEAN, defaultValue: false },
      ],
    },
  };

  fixed(ast: ProcedureAst, state: InterpreterState) {
    return this.runFunction(ast.args, state, this.metadata('FIXED'), (value: number, decimals: number, noCommas: boolean) => {
      // Excel rounds the shortest decimal form of the double, half away from zero.
      const fixed = new Decimal(String(value)).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed(decimals);
      if (noCommas) return fixed;
      const [int, frac] = fixed.split('.');
      const sign = int.startsWith('-') ? '-' : '';
      const grouped = int.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
      return frac === undefined ? sign + grouped : `${sign}${grouped}.${frac}`;
    });
  }
}

let registered = false;

/** The workbook with the plan's new sheets, evaluated: the displayed value of every new cell. */
export function evaluatePlan(workbook: WorkbookSnapshot, sheets: readonly NewSheetPlan[]): Map<string, unknown> {
  if (!registered) {
    HyperFormula.registerFunctionPlugin(FixedPlugin, { enGB: { FIXED: 'FIXED' } });
    registered = true;
  }
  const data: Record<string, RawCellContent[][]> = {};
  for (const s of workbook.sheets) {
    // Snapshot rows may be sparse (missing rows and cells are empty): HyperFormula wants dense arrays.
    data[s.name] = Array.from({ length: s.cells.length }, (_, r) => {
      const row = s.cells[r] ?? [];
      return Array.from({ length: row.length }, (_, c) => {
        const cell = row[c];
        if (!cell || cell.value === null) return null;
        // Text stays text (a leading apostrophe keeps HyperFormula from reading “1,475,018.17” as anything else).
        return typeof cell.value === 'string' ? `'${cell.value}` : cell.value;
      });
    });
  }
  for (const plan of sheets) {
    const grid: RawCellContent[][] = [];
    for (const w of plan.cells) {
      const { row, col } = fromA1(w.cell);
      grid[row] ??= [];
      grid[row][col] = w.formula ?? (typeof w.value === 'string' ? `'${w.value}` : w.value);
    }
    data[plan.name] = Array.from({ length: grid.length }, (_, r) => Array.from({ length: grid[r]?.length ?? 0 }, (_, c) => grid[r]?.[c] ?? null));
  }
  const hf = HyperFormula.buildFromSheets(data, { licenseKey: 'gpl-v3' });
  const out = new Map<string, unknown>();
  for (const plan of sheets) {
    const id = hf.getSheetId(plan.name)!;
    for (const w of plan.cells) {
      const { row, col } = fromA1(w.cell);
      out.set(`${plan.name}!${w.cell}`, hf.getCellValue({ sheet: id, row, col }));
    }
  }
  hf.destroy();
  return out;
}

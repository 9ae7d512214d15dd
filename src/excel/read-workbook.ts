import { columnLetters, rangeFromA1, toA1 } from '../engine/model/address';
import type { CellSnapshot, RangeRect, SheetSnapshot, WorkbookSnapshot } from '../engine/model/snapshot';
import type { ExcelFeatures } from './features';
import { runBatch } from './run-batch';
import { STATE_NAMESPACE, stateFromXml, type StoredState } from './stored-state';

/** Excel refuses to return more than 5 million cells per read: read big sheets in row blocks. */
export const MAX_CELLS_PER_READ = 1_000_000;
/** Beyond this the add-in refuses rather than freezing Excel. */
export const MAX_WORKBOOK_CELLS = 5_000_000;

export class WorkbookTooLargeError extends Error {
  constructor(readonly sheet: string, readonly cells: number) {
    super(`工作簿过大：读取到“${sheet}”时已超过 ${MAX_WORKBOOK_CELLS} 个单元格（${cells}）。请删除多余的空行空列或拆分工作簿后重试。`);
    this.name = 'WorkbookTooLargeError';
  }
}

export interface WorkbookRead {
  snapshot: WorkbookSnapshot;
  state: StoredState;
  /** Number of context.sync() calls used (constant: 3). */
  syncs: number;
}

interface Block {
  sheet: number;
  top: number;
  left: number;
  range: Excel.Range;
}

function unqualified(address: string): string {
  return address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
}

function cell(value: unknown, text: string, formula: unknown, numFmt: string, type: string): CellSnapshot | null {
  const isFormula = typeof formula === 'string' && formula.startsWith('=');
  if ((value === '' || value === null) && !isFormula) return null;
  return {
    value: value === '' ? null : (value as CellSnapshot['value']),
    text,
    formula: isFormula ? (formula as string) : undefined,
    numFmt: numFmt && numFmt !== 'General' ? numFmt : undefined,
    error: type === 'Error' ? true : undefined,
  };
}

/**
 * Reads the whole workbook into the engine's snapshot in three syncs for any number of sheets:
 * (1) sheets and the add-in's saved state, (2) each sheet's used range and protection,
 * (3) values, text, formulas, formats, value types and merged areas in blocks.
 */
export async function readWorkbook(features: ExcelFeatures): Promise<WorkbookRead> {
  return runBatch(features, async (context) => {
    let syncs = 0;
    const sheets = context.workbook.worksheets;
    sheets.load('items/name,items/visibility');
    const parts = context.workbook.customXmlParts.getByNamespace(STATE_NAMESPACE);
    parts.load('items/id');
    await context.sync();
    syncs++;

    const used = sheets.items.map((ws) => {
      const range = ws.getUsedRangeOrNullObject(true);
      range.load('address,rowIndex,columnIndex,rowCount,columnCount');
      ws.protection.load('protected');
      return range;
    });
    const xml = parts.items[0]?.getXml();
    await context.sync();
    syncs++;

    const blocks: Block[] = [];
    const merged: (Excel.RangeAreas | undefined)[] = [];
    let total = 0;
    used.forEach((range, i) => {
      if (range.isNullObject) return;
      total += range.rowCount * range.columnCount;
      if (total > MAX_WORKBOOK_CELLS) throw new WorkbookTooLargeError(sheets.items[i].name, total);
      const rowsPerBlock = Math.max(1, Math.floor(MAX_CELLS_PER_READ / range.columnCount));
      for (let top = 0; top < range.rowCount; top += rowsPerBlock) {
        const rows = Math.min(rowsPerBlock, range.rowCount - top);
        const first = toA1({ row: range.rowIndex + top, col: range.columnIndex });
        const last = `${columnLetters(range.columnIndex + range.columnCount - 1)}${range.rowIndex + top + rows}`;
        const block = sheets.items[i].getRange(`${first}:${last}`);
        block.load('values,text,formulas,numberFormat,valueTypes');
        blocks.push({ sheet: i, top: range.rowIndex + top, left: range.columnIndex, range: block });
      }
      if (features.mergedAreas) {
        const areas = range.getMergedAreasOrNullObject();
        areas.load('areas/items/address');
        merged[i] = areas;
      }
    });
    await context.sync();
    syncs++;

    const snapshot: WorkbookSnapshot = {
      sheets: sheets.items.map<SheetSnapshot>((ws) => ({ name: ws.name, hidden: ws.visibility !== 'Visible', protected: ws.protection.protected, cells: [], merges: [] })),
    };
    for (const b of blocks) {
      const target = snapshot.sheets[b.sheet].cells;
      const { values, text, formulas, numberFormat, valueTypes } = b.range;
      values.forEach((row, r) => {
        const out: (CellSnapshot | null)[] = [];
        row.forEach((value, c) => {
          out[b.left + c] = cell(value, text[r][c], formulas[r][c], numberFormat[r][c], valueTypes[r][c]);
        });
        target[b.top + r] = out;
      });
    }
    merged.forEach((areas, i) => {
      if (!areas || areas.isNullObject) return;
      snapshot.sheets[i].merges = areas.areas.items.map<RangeRect>((a) => rangeFromA1(unqualified(a.address)));
    });
    for (const s of snapshot.sheets) for (let r = 0; r < s.cells.length; r++) s.cells[r] ??= [];
    return { snapshot, state: stateFromXml(xml?.value), syncs };
  });
}

/**
 * The `cellAddress: Range | string` argument of notes.add, comments.add and getItemByCell.
 * Office.js wants exactly one cell, and a string must name its sheet ("Sheet1!A1"); a
 * sheet-scoped collection also takes a bare "A1".
 */
import { formatAddress, parseArea, splitSheet, type Rect } from './address';
import { ErrorCodes, hostError } from './errors';
import { ClientObject } from './proxy-base';
import type { RequestContext } from './request-context';
import type { SheetModel, WorkbookModel } from './workbook-model';

export interface Scope {
  wb: WorkbookModel;
  /** Set for worksheet.notes / worksheet.comments. */
  sheet?: SheetModel;
}

export interface CellAt {
  sheet: SheetModel;
  row: number;
  col: number;
}

/** Office.js refuses, at the call, a proxy that belongs to another request context. */
export function checkSameContext(arg: unknown, context: RequestContext, where: string): void {
  if (arg instanceof ClientObject && arg.context !== context) {
    throw hostError(ErrorCodes.invalidRequestContext, 'Cannot use the object across different request contexts.', where);
  }
}

export function singleCell(scope: Scope, arg: unknown, where: string): CellAt {
  const { sheet, rect } = locate(scope, arg, where);
  if (rect.top !== rect.bottom || rect.left !== rect.right) {
    throw hostError(ErrorCodes.invalidArgument, `The provided range is larger than one cell: ${formatAddress(sheet.name, rect)}.`, where);
  }
  return { sheet, row: rect.top, col: rect.left };
}

function locate(scope: Scope, arg: unknown, where: string): { sheet: SheetModel; rect: Rect } {
  if (arg instanceof ClientObject) {
    const t = arg._target() as { sheet?: SheetModel; rect?: Rect } | null;
    if (!t?.sheet || !t.rect) throw hostError(ErrorCodes.invalidArgument, 'The cell argument is not a range.', where);
    return { sheet: t.sheet, rect: t.rect };
  }
  if (typeof arg !== 'string') throw hostError(ErrorCodes.invalidArgument, 'The cell argument must be a Range or an address string.', where);
  const { sheet: name, area } = splitSheet(arg);
  const sheet = name === undefined ? scope.sheet : scope.wb.findSheet(name);
  const rect = parseArea(area);
  if (!sheet || !rect) throw hostError(ErrorCodes.invalidArgument, `The address must name a sheet and a cell: ${JSON.stringify(arg)}`, where);
  if (scope.sheet && sheet !== scope.sheet) throw hostError(ErrorCodes.invalidArgument, `${arg} is not on sheet ${scope.sheet.name}.`, where);
  return { sheet, rect };
}

export function sameCell(a: CellAt, b: CellAt): boolean {
  return a.sheet === b.sheet && a.row === b.row && a.col === b.col;
}

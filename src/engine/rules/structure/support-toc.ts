import { LAYOUTS } from '../../layouts';
import { toA1, type CellPos } from '../../model/address';
import type { TableId } from '../../tables/table-id';
import type { TableSet } from '../../tables/table-set';
import { normalizeText } from '../../values/normalize';
import { narrativeCells } from './support-text';

export interface TocEntry {
  id: Exclude<TableId, 'PE'>;
  sheet: string;
  pos: CellPos;
  text: string;
}

/** “一、”, “1.”, “(一)”, “公开01表 ”, “附表1：” before a listed title; “……3” page numbers after it. */
const PREFIX = /^([一二三四五六七八九十]+[、.]|\d{1,2}[.、]|\([一二三四五六七八九十\d]+\)|(公开|附表|附件)?\d{1,2}(-\d{1,2})?表?[:：、.]?)+/;
const SUFFIX = /(\([^()]*\))*[.…·\-\d]*$/;

/**
 * Lines outside the tables that consist of a standard table's title (a 目录 entry): the
 * tables the document says it contains. Titles that start an unrecognized region are not
 * entries (L-1 reports those). Computed once per audit (S-1 and L-1 both read it).
 */
export function tocEntries(tables: TableSet): readonly TocEntry[] {
  return tables.derive(findTocEntries);
}

function findTocEntries(tables: TableSet): TocEntry[] {
  const failedTitles = new Set(tables.unrecognized.filter((u) => u.cell).map((u) => `${u.sheet}!${u.cell}`));
  const entries: TocEntry[] = [];
  for (const cell of narrativeCells(tables)) {
    if (cell.text.length > 60 || failedTitles.has(`${cell.sheet}!${toA1(cell.pos)}`)) continue;
    const norm = normalizeText(cell.text).replace(PREFIX, '').replace(SUFFIX, '');
    if (norm.length < 4 || !norm.endsWith('表')) continue;
    const layout = LAYOUTS.find((l) => l.titles.some((t) => t.test(norm)));
    if (layout && layout.id !== 'PE') entries.push({ id: layout.id, sheet: cell.sheet, pos: cell.pos, text: cell.text.trim() });
  }
  return entries;
}

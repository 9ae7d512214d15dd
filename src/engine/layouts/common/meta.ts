import { detectUnit, type AmountUnit } from '../../money/unit';
import type { Region } from '../../recognize/region';
import type { PrintedText, TableMeta } from '../../tables/table';

const LABEL = /(公开\d{1,2}表|附表\d+(-\d+)?|表\d{1,2}(-\d+)?)$/;
const YEAR = /(\d{4})年度?/;
const UNIT_NAME = /^(部门名称|单位名称|部门|单位|编制单位)[:：](.+)$/;

/** Header rows searched for a caption that carries the unit (a header spans up to three, plus 栏次). */
const HEADER_CAPTION_ROWS = 4;

const NOTE = /^(注|说明|备注)[:：0-9１-９.、]|^本表(反映|无数据)/;

/** A 注/说明/备注 line under a table (normalized text). */
export function isNoteLine(norm: string): boolean {
  return NOTE.test(norm);
}

/**
 * A caption line printed above a table (normalized): its label, 部门名称, 年度 or 金额单位 —
 * never a 注/说明 line, which may name a year too.
 */
export function isCaptionLine(norm: string): boolean {
  return !isNoteLine(norm) && (LABEL.test(norm) || UNIT_NAME.test(norm) || detectUnit(norm) !== undefined || /^[(（]?\d{4}年度?[)）]?$/.test(norm));
}

/**
 * Reads the printed lines above a table (label, 部门名称, 年度, 金额单位) and the 注/说明 lines
 * below it. `headerTop` is the first header row: everything above belongs to the caption.
 */
export function readMeta(region: Region, headerTop: number): { meta: TableMeta; unit?: AmountUnit } {
  const { grid } = region;
  const meta: TableMeta = { notes: [] };
  let unit: AmountUnit | undefined;
  if (region.titleRow !== undefined && region.titleCol !== undefined) {
    meta.title = { text: grid.text(region.titleRow, region.titleCol), pos: { row: region.titleRow, col: region.titleCol } };
  }
  const captionTop = region.titleRow ?? region.top;
  for (let r = captionTop; r < headerTop; r++) {
    for (let c = 0; c < grid.rowLength(r); c++) {
      const norm = grid.norm(r, c);
      if (!norm || (r === region.titleRow && c === region.titleCol)) continue;
      const printed: PrintedText = { text: grid.text(r, c), pos: { row: r, col: c } };
      const labelMatch = LABEL.exec(norm);
      if (labelMatch && !meta.label) meta.label = { text: labelMatch[1], pos: printed.pos };
      const cellUnit = detectUnit(norm);
      if (cellUnit && !unit) {
        unit = cellUnit;
        meta.unitLine = printed;
      }
      const name = UNIT_NAME.exec(norm);
      if (name && !detectUnit(norm) && !meta.unitName) meta.unitName = { text: name[2].replace(YEAR, '').trim(), pos: printed.pos };
      if (YEAR.test(norm) && !meta.year) meta.year = { text: YEAR.exec(norm)![1], pos: printed.pos };
    }
  }
  if (!meta.year && meta.title && YEAR.test(meta.title.text)) meta.year = { text: YEAR.exec(meta.title.text)![1], pos: meta.title.pos };
  // “收入支出决算总表（金额单位：万元）”: the unit printed in the title cell, when no line gives
  // one; else “决算数（万元）”: in the header's captions (their text: norm() leaves the unit out).
  if (!unit && meta.title) {
    unit = detectUnit(meta.title.text);
    if (unit) meta.unitLine = meta.title;
  }
  for (let r = headerTop; !unit && r <= Math.min(region.bottom, headerTop + HEADER_CAPTION_ROWS - 1); r++) {
    for (let c = 0; c < grid.rowLength(r) && !unit; c++) {
      unit = detectUnit(grid.text(r, c));
      if (unit) meta.unitLine = { text: grid.text(r, c), pos: { row: r, col: c } };
    }
  }
  return { meta, unit };
}

/** True for a row that starts a 注/说明/备注 line: the table body ends there. */
export function isNoteRow(region: Region, row: number): boolean {
  const { grid } = region;
  for (let c = 0; c < grid.rowLength(row); c++) {
    const norm = grid.norm(row, c);
    if (norm) return isNoteLine(norm);
  }
  return false;
}

/** Collects the 注/说明 lines from `from` to the region end. */
export function readNotes(region: Region, from: number, meta: TableMeta): void {
  const { grid } = region;
  for (let r = from; r <= region.bottom; r++) {
    for (let c = 0; c < grid.rowLength(r); c++) {
      const text = grid.text(r, c);
      if (text && /^(注|说明|备注)/.test(grid.norm(r, c))) meta.notes.push({ text, pos: { row: r, col: c } });
      if (text && /本表无数据|故本表无数据/.test(grid.norm(r, c)) && !/^(注|说明|备注)/.test(grid.norm(r, c))) meta.notes.push({ text, pos: { row: r, col: c } });
    }
  }
}

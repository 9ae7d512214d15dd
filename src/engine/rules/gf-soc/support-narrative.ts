import type { CellLocation } from '../../finding';
import { toA1, type CellPos } from '../../model/address';
import type { TableSet } from '../../tables/table-set';
import type { TextCell } from '../../tables/text-cells';

/** A section of the 情况说明 found by its heading, with the text up to the next section. */
export interface NarrativeSection {
  heading: string;
  /** The heading cell. */
  at: CellLocation;
  body: string;
}

interface Line {
  text: string;
  sheet: string;
  pos: CellPos;
}

/** A new top-level section: “八、…” or “第四部分”. Sub-headings “（一）” stay inside the section. */
const NEXT_SECTION = /^\s*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分)/;

const SECTION_INSIDE = /(?<=[。；;\n])\s*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分)/;

/**
 * Every text line of each sheet, top to bottom: built once per audit, searched once per heading.
 * Sheets come in the order of their first text cell (by row, then column; ties in workbook
 * order), as sorting all cells by position and grouping them by sheet would give.
 */
function linesBySheet(tables: TableSet): Line[][] {
  const bySheet = new Map<string, { first: CellPos; lines: Line[] }>();
  // textCells() lists each sheet's cells row by row, left to right: no sort needed inside a sheet.
  for (const cell of tables.textCells()) {
    let group = bySheet.get(cell.sheet);
    if (!group) bySheet.set(cell.sheet, (group = { first: cell.pos, lines: [] }));
    const texts = cell.text.includes('\n') ? cell.text.split(/\r?\n/) : [cell.text];
    for (const text of texts) {
      const line = text.trim();
      if (line) group.lines.push({ text: line, sheet: cell.sheet, pos: cell.pos });
    }
  }
  return [...bySheet.values()].sort((a, b) => a.first.row - b.first.row || a.first.col - b.first.col).map((g) => g.lines);
}

/** The text cells that say 情况说明: every section heading is among them. */
function explanationCells(tables: TableSet): TextCell[] {
  return tables.textCells().filter((cell) => cell.text.includes('情况说明'));
}

/**
 * The section whose heading matches (e.g. “七、政府性基金预算财政拨款收支决算情况说明”). A heading
 * followed directly by the next one is a 目录 entry and is skipped; of several bodies the last wins
 * (the 目录 comes first). Undefined when the workbook carries no such narrative.
 */
export function findSection(tables: TableSet, heading: RegExp): NarrativeSection | undefined {
  // Most workbooks hold no such heading: answer from the few cells that say 情况说明 before
  // splitting every cell into lines.
  if (!tables.derive(explanationCells).some((cell) => heading.test(cell.text))) return undefined;
  let found: NarrativeSection | undefined;
  for (const lines of tables.derive(linesBySheet)) {
    lines.forEach((line, i) => {
      const match = heading.exec(line.text);
      if (!match || /决算表/.test(line.text)) return;
      const rest = line.text.slice(match.index + match[0].length).replace(/^[\s.…。：:\d]+$/, '');
      const body = [rest];
      for (let k = i + 1; k < lines.length && !NEXT_SECTION.test(lines[k].text); k++) body.push(lines[k].text);
      // A narrative pasted as one long cell runs on into the next section: stop at its number.
      const text = body.join('\n').split(SECTION_INSIDE)[0].trim();
      if (text) found = { heading: match[0], at: { sheet: line.sheet, cell: toA1(line.pos) }, body: text };
    });
  }
  return found;
}

/** Short excerpt of a narrative body for messages. */
export function excerpt(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, '');
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

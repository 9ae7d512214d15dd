import type { CellLocation } from '../../finding';
import { toA1 } from '../../model/address';
import type { TableSet } from '../../tables/table-set';

/** A section of the 情况说明 found by its heading, with the text up to the next section. */
export interface NarrativeSection {
  heading: string;
  /** The heading cell. */
  at: CellLocation;
  body: string;
}

interface Line {
  text: string;
  at: CellLocation;
}

/** A new top-level section: “八、…” or “第四部分”. Sub-headings “（一）” stay inside the section. */
const NEXT_SECTION = /^\s*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分)/;

const SECTION_INSIDE = /(?<=[。；;\n])\s*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分)/;

function linesBySheet(tables: TableSet): Map<string, Line[]> {
  const bySheet = new Map<string, Line[]>();
  const cells = [...tables.textCells()].sort((a, b) => a.pos.row - b.pos.row || a.pos.col - b.pos.col);
  for (const cell of cells) {
    const at = { sheet: cell.sheet, cell: toA1(cell.pos) };
    const lines = bySheet.get(cell.sheet) ?? [];
    for (const text of cell.text.split(/\r?\n/)) if (text.trim()) lines.push({ text: text.trim(), at });
    bySheet.set(cell.sheet, lines);
  }
  return bySheet;
}

/**
 * The section whose heading matches (e.g. “七、政府性基金预算财政拨款收支决算情况说明”). A heading
 * followed directly by the next one is a 目录 entry and is skipped; of several bodies the last wins
 * (the 目录 comes first). Undefined when the workbook carries no such narrative.
 */
export function findSection(tables: TableSet, heading: RegExp): NarrativeSection | undefined {
  let found: NarrativeSection | undefined;
  for (const lines of linesBySheet(tables).values()) {
    lines.forEach((line, i) => {
      const match = heading.exec(line.text);
      if (!match || /决算表/.test(line.text)) return;
      const rest = line.text.slice(match.index + match[0].length).replace(/^[\s.…。：:\d]+$/, '');
      const body = [rest];
      for (let k = i + 1; k < lines.length && !NEXT_SECTION.test(lines[k].text); k++) body.push(lines[k].text);
      // A narrative pasted as one long cell runs on into the next section: stop at its number.
      const text = body.join('\n').split(SECTION_INSIDE)[0].trim();
      if (text) found = { heading: match[0], at: line.at, body: text };
    });
  }
  return found;
}

/** Short excerpt of a narrative body for messages. */
export function excerpt(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, '');
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

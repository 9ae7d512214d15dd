import type { CellLocation } from '../../finding';
import { toA1 } from '../../model/address';
import type { TableSet } from '../../tables/table-set';
import { INPUT_SHEET } from '../inputs';
import type { SectionId } from '../paragraph';

/** A line of narrative text and the cell it is in. */
export interface NarrativeLine {
  text: string;
  at: CellLocation;
}

/** A printed section heading (“六、一般公共预算财政拨款支出决算情况说明”). */
export interface HeadingLine extends NarrativeLine {
  /** “六” for a top-level heading, “（二）” for a sub-heading. */
  number: string;
  top: boolean;
  section?: SectionId;
}

/** The body text of one section, joined across lines, with the cell of every character range. */
export class SectionText {
  readonly text: string;
  private readonly starts: number[] = [];

  constructor(
    readonly id: SectionId,
    readonly lines: NarrativeLine[],
  ) {
    let text = '';
    for (const line of lines) {
      this.starts.push(text.length);
      text += line.text;
    }
    this.text = text;
  }

  /** Where each line's text starts and ends in `text`. */
  lineRanges(): Array<{ start: number; end: number; line: NarrativeLine }> {
    return this.lines.map((line, k) => ({ start: this.starts[k], end: this.starts[k] + line.text.length, line }));
  }

  /** The cell holding the character at `index`. */
  cellAt(index: number): CellLocation {
    let k = 0;
    while (k + 1 < this.starts.length && this.starts[k + 1] <= index) k++;
    return this.lines[k].at;
  }
}

export interface NarrativeDoc {
  sections: Map<SectionId, SectionText>;
  headings: HeadingLine[];
  /** Every body line, in order (for year and unit checks). */
  lines: NarrativeLine[];
}

const TOP = /^\s*([一二三四五六七八九十]{1,3})\s*[、.．]\s*(.*)$/;
const SUB = /^\s*([（(][一二三四五六七八九十]{1,2}[)）])\s*(.*)$/;
const PART = /^\s*第[一二三四五六七八九十]部分/;
/** A 目录 entry: dot leaders or a page number after a tab. */
const TOC = /(\.{3,}|…{2,}|·{3,})|\t\s*\d+\s*$/;

/** 一…六 are the same in every variant (§5.1); 五 has the 一般公共预算 sub-sections. */
const BY_NUMBER: Record<string, SectionId | 'general'> = { 一: '收入支出总体', 二: '收入', 三: '支出', 四: '财政拨款收支总体', 五: 'general', 六: '基本支出' };

function topSection(number: string, title: string): SectionId | 'general' | 'other' | '三公' | undefined {
  if (BY_NUMBER[number]) return BY_NUMBER[number];
  if (/三公/.test(title)) return '三公';
  if (/政府性基金/.test(title)) return '政府性基金';
  if (/国有资本经营/.test(title)) return '国有资本经营';
  if (/机关运行经费/.test(title)) return '机关运行经费';
  if (/政府采购/.test(title)) return '政府采购';
  if (/国有资产/.test(title)) return '国有资产';
  if (/绩效/.test(title)) return '预算绩效';
  if (/其他重要事项/.test(title)) return 'other';
  return undefined;
}

function subSection(parent: ReturnType<typeof topSection>, title: string): SectionId | undefined {
  if (parent === 'general') return /结构/.test(title) ? '一般公共预算结构' : /具体/.test(title) ? '一般公共预算具体' : /总体/.test(title) ? '一般公共预算总体' : undefined;
  if (parent === '三公') return /具体/.test(title) ? '三公具体' : /总体/.test(title) ? '三公总体' : undefined;
  if (parent === 'other') return /机关运行/.test(title) ? '机关运行经费' : /采购/.test(title) ? '政府采购' : /资产/.test(title) ? '国有资产' : /绩效/.test(title) ? '预算绩效' : undefined;
  return undefined;
}

/** 一…十三 as numbers: top-level headings only count when they go up (“一、项目支出基本情况” inside 十三 is body text). */
function chineseNumber(text: string): number {
  const digits = '一二三四五六七八九';
  if (text === '十') return 10;
  if (text.startsWith('十')) return 10 + digits.indexOf(text[1]) + 1;
  if (text.endsWith('十')) return (digits.indexOf(text[0]) + 1) * 10;
  if (text.includes('十')) return (digits.indexOf(text[0]) + 1) * 10 + digits.indexOf(text[2]) + 1;
  return digits.indexOf(text) + 1;
}

/**
 * The generator's 【请填写：年初预算：2080108 信息化建设】 states nothing: its label (codes, names)
 * must not be read as amounts or items. The placeholder itself stays visible to the reason check,
 * and S-6 reports it from the cell text.
 */
const PLACEHOLDER_LABEL = /【请填写[:：][^】]*】/g;

/**
 * The 情况说明 wherever it is: the text lines of every sheet outside the recognized tables, cut
 * into sections by their headings (“一、…”, “（二）…”). 目录 entries are skipped; when a section
 * appears twice, the later body wins (the 目录 comes first). Undefined when the workbook holds no
 * narrative headings.
 */
export function readNarrative(tables: TableSet): NarrativeDoc | undefined {
  return tables.derive(buildDoc);
}

function buildDoc(tables: TableSet): NarrativeDoc | undefined {
  const lines: NarrativeLine[] = [];
  for (const cell of tables.textCells()) {
    if (cell.sheet === INPUT_SHEET || tables.inTable(cell.sheet, cell.pos)) continue;
    for (const part of cell.text.split(/\r?\n/)) {
      const text = part.trim().replace(PLACEHOLDER_LABEL, '【请填写】');
      if (text) lines.push({ text, at: { sheet: cell.sheet, cell: toA1(cell.pos) } });
    }
  }
  const headings: HeadingLine[] = [];
  const bodies = new Map<SectionId, NarrativeLine[]>();
  let parent: ReturnType<typeof topSection>;
  let current: SectionId | undefined;
  let inPart3 = false;
  let lastTop = 0;
  let collected: NarrativeLine[] = [];
  const flush = (): void => {
    if (current && collected.length > 0) bodies.set(current, collected);
    collected = [];
  };
  const bodyLines: NarrativeLine[] = [];
  for (const line of lines) {
    if (PART.test(line.text)) {
      flush();
      inPart3 = /第三部分/.test(line.text);
      lastTop = 0;
      current = undefined;
      parent = undefined;
      continue;
    }
    if (TOC.test(line.text)) continue;
    const top = TOP.exec(line.text);
    const sub = SUB.exec(line.text);
    const looksLikeHeading = (title: string): boolean => title.length <= 40 && /情况|说明/.test(title) && !/[，。；]/.test(title.replace(/[。.]$/, ''));
    if (top && looksLikeHeading(top[2]) && chineseNumber(top[1]) > lastTop && (inPart3 || topSection(top[1], top[2]) !== undefined)) {
      flush();
      lastTop = chineseNumber(top[1]);
      parent = topSection(top[1], top[2]);
      current = parent === 'general' || parent === 'other' || parent === undefined ? undefined : parent === '三公' ? '三公总体' : parent;
      if (parent === 'general') current = '一般公共预算总体';
      headings.push({ ...line, number: top[1], top: true, section: current });
      continue;
    }
    if (sub && looksLikeHeading(sub[2]) && parent !== undefined) {
      const id = subSection(parent, sub[2]);
      if (id) {
        flush();
        current = id;
        headings.push({ ...line, number: sub[1], top: false, section: id });
        continue;
      }
    }
    if (current) {
      collected.push(line);
      bodyLines.push(line);
    }
  }
  flush();
  if (bodies.size === 0) return undefined;
  const sections = new Map<SectionId, SectionText>();
  for (const [id, list] of bodies) sections.set(id, new SectionText(id, list));
  return { sections, headings, lines: bodyLines };
}

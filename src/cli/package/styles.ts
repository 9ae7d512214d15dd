import { elements, escapeXml, firstElement, getAttr, innerXml, prefixOf, setAttr, splice, startTag } from './xml-text';

/** What a written or marked cell needs on top of the style it had. */
export interface StyleChange {
  /** Solid fill, '#RRGGBB'. */
  fill?: string;
  bold?: boolean;
  wrap?: boolean;
  numFmt?: string;
  /** Blue underlined text, as Excel shows a hyperlink. */
  link?: boolean;
}

/** Excel's built-in number formats we may be asked for, by code. */
const BUILTIN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '@': 49 };

const FONT_ORDER = ['b', 'i', 'strike', 'condense', 'extend', 'outline', 'shadow', 'u', 'vertAlign', 'sz', 'color', 'name', 'family', 'charset', 'scheme'];

const LINK_COLOR = 'FF0563C1';

/** `#FFC7CE` → `FFFFC7CE`. */
export function argbOf(color: string): string {
  return `FF${color.replace('#', '').toUpperCase()}`;
}

export const MINIMAL_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/**
 * The workbook's styles, extended by appending: a marked cell gets a new cell format that
 * copies its own and changes only the fill (or font, format, wrap). Shared formats are never
 * edited, so every other cell that uses them looks exactly as before.
 */
export class StyleBook {
  private readonly p: string;
  private readonly xfs: string[];
  private readonly fonts: string[];
  private readonly numFmts = new Map<string, number>();
  private readonly fills: string[];
  private readonly added = { xfs: [] as string[], fonts: [] as string[], fills: [] as string[], numFmts: [] as string[] };
  private readonly memo = new Map<string, number>();
  private readonly fillMemo = new Map<string, number>();
  private readonly fontMemo = new Map<string, number>();
  private nextNumFmt = 164;

  constructor(private readonly xml: string) {
    this.p = prefixOf(xml, 'styleSheet');
    this.xfs = this.items('cellXfs', 'xf');
    this.fonts = this.items('fonts', 'font');
    this.fills = this.items('fills', 'fill');
    for (const nf of this.items('numFmts', 'numFmt')) {
      const id = Number(getAttr(nf, 'numFmtId'));
      const code = getAttr(nf, 'formatCode');
      if (code !== undefined && !this.numFmts.has(code)) this.numFmts.set(code, id);
      this.nextNumFmt = Math.max(this.nextNumFmt, id + 1);
    }
  }

  private section(name: string) {
    return firstElement(this.xml, `${this.p}${name}`);
  }

  private items(section: string, item: string): string[] {
    const s = this.section(section);
    return s ? elements(s.text, `${this.p}${item}`).map((e) => e.text) : [];
  }

  get changed(): boolean {
    return Object.values(this.added).some((a) => a.length > 0);
  }

  /** The index of a cell format like `base` with `change` applied (appended once per distinct need). */
  derive(base: number, change: StyleChange): number {
    const key = `${base}|${change.fill ?? ''}|${change.bold ? 1 : 0}|${change.wrap ? 1 : 0}|${change.numFmt ?? ''}|${change.link ? 1 : 0}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const all = [...this.xfs, ...this.added.xfs];
    let xf = all[base] ?? all[0] ?? `<${this.p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    let tag = startTag(xf);
    let inner = innerXml(xf);
    if (change.fill) tag = setAttr(setAttr(tag, 'fillId', String(this.fillId(change.fill))), 'applyFill', '1');
    if (change.bold || change.link) {
      tag = setAttr(setAttr(tag, 'fontId', String(this.fontId(Number(getAttr(tag, 'fontId') ?? 0), change))), 'applyFont', '1');
    }
    if (change.numFmt !== undefined) tag = setAttr(setAttr(tag, 'numFmtId', String(this.numFmtId(change.numFmt))), 'applyNumberFormat', '1');
    if (change.wrap) {
      tag = setAttr(tag, 'applyAlignment', '1');
      const alignment = firstElement(inner, `${this.p}alignment`);
      inner = alignment
        ? splice(inner, alignment.start, alignment.start + startTag(alignment.text).length, setAttr(startTag(alignment.text), 'wrapText', '1'))
        : `<${this.p}alignment wrapText="1"/>${inner}`;
    }
    const open = tag.endsWith('/>') ? tag.slice(0, -2).replace(/\s+$/, '') + '>' : tag;
    xf = inner ? `${open}${inner}</${this.p}xf>` : `${open.slice(0, -1)}/>`;
    // A format the workbook already has (from an earlier run) is reused, so re-runs do not grow the styles.
    const index = this.reuseOrAdd(this.xfs, this.added.xfs, xf);
    this.memo.set(key, index);
    return index;
  }

  private fillId(color: string): number {
    const known = this.fillMemo.get(color);
    if (known !== undefined) return known;
    const p = this.p;
    const id = this.reuseOrAdd(this.fills, this.added.fills, `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argbOf(color)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`);
    this.fillMemo.set(color, id);
    return id;
  }

  private fontId(base: number, change: StyleChange): number {
    const key = `${base}|${change.bold ? 1 : 0}|${change.link ? 1 : 0}`;
    const known = this.fontMemo.get(key);
    if (known !== undefined) return known;
    const p = this.p;
    const font = [...this.fonts, ...this.added.fonts][base] ?? `<${p}font/>`;
    // Children by local name, rewritten in the schema's order (Excel refuses another order).
    const children = new Map<string, string>();
    for (const m of innerXml(font).matchAll(/<([\w.-]+:)?([\w.-]+)\b[^>]*?(?:\/>|>[\s\S]*?<\/\1?\2>)/g)) children.set(m[2], m[0]);
    if (change.bold) children.set('b', `<${p}b/>`);
    if (change.link) {
      children.set('u', `<${p}u/>`);
      children.set('color', `<${p}color rgb="${LINK_COLOR}"/>`);
    }
    const ordered = [...FONT_ORDER.filter((n) => children.has(n)).map((n) => children.get(n)), ...[...children.keys()].filter((n) => !FONT_ORDER.includes(n)).map((n) => children.get(n))];
    const id = this.reuseOrAdd(this.fonts, this.added.fonts, `<${p}font>${ordered.join('')}</${p}font>`);
    this.fontMemo.set(key, id);
    return id;
  }

  private reuseOrAdd(existing: readonly string[], added: string[], item: string): number {
    const at = existing.indexOf(item);
    if (at >= 0) return at;
    const later = added.indexOf(item);
    if (later >= 0) return existing.length + later;
    added.push(item);
    return existing.length + added.length - 1;
  }

  private numFmtId(code: string): number {
    if (code in BUILTIN_FORMATS) return BUILTIN_FORMATS[code];
    const known = this.numFmts.get(code);
    if (known !== undefined) return known;
    const id = this.nextNumFmt++;
    this.numFmts.set(code, id);
    this.added.numFmts.push(`<${this.p}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  /** The styles part with the appended formats (the same text when nothing was added). */
  toXml(): string {
    let xml = this.xml;
    // Back to front, so earlier offsets stay valid: cellXfs, fills, fonts, numFmts.
    xml = this.appendTo(xml, 'cellXfs', this.added.xfs);
    xml = this.appendTo(xml, 'fills', this.added.fills);
    xml = this.appendTo(xml, 'fonts', this.added.fonts);
    if (this.added.numFmts.length > 0) {
      if (this.section('numFmts')) xml = this.appendTo(xml, 'numFmts', this.added.numFmts);
      else {
        const root = new RegExp(`<${this.p}styleSheet\\b[^>]*>`).exec(xml);
        if (root) xml = splice(xml, root.index + root[0].length, root.index + root[0].length, `<${this.p}numFmts count="${this.added.numFmts.length}">${this.added.numFmts.join('')}</${this.p}numFmts>`);
      }
    }
    return xml;
  }

  private appendTo(xml: string, name: string, items: string[]): string {
    if (items.length === 0) return xml;
    const section = firstElement(xml, `${this.p}${name}`);
    if (!section) throw new Error(`styles part has no <${name}>`);
    const tag = startTag(section.text);
    const inner = innerXml(section.text);
    const count = elements(inner, `${this.p}${name === 'cellXfs' ? 'xf' : name.slice(0, -1)}`).length + items.length;
    const open = setAttr(tag.endsWith('/>') ? tag.slice(0, -2).replace(/\s+$/, '') + '>' : tag, 'count', String(count));
    return splice(xml, section.start, section.end, `${open}${inner}${items.join('')}</${this.p}${name}>`);
  }
}

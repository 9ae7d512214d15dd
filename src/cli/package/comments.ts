import { fromA1 } from '../../engine/model/address';
import { NOTE_PREFIX } from '../../engine/plan/colors';
import { ORIGINAL_NOTE_MARK } from '../cell-note';
import type { OpcPackage } from './opc-package';
import { addDefault, addOverride, addRelationship, freePartName, insertBeforeClose, relatedParts, relType } from './relationships';
import type { SheetCells } from './sheet-cells';
import { elements, escapeXml, firstElement, getAttr, innerXml, prefixOf, splice, startTag, unescapeXml, xmlSafe } from './xml-text';

/** The author of the notes the tool creates (the user's notes keep theirs). */
export const TOOL_AUTHOR = '决算助手';

const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml';
const VML_TYPE = 'application/vnd.openxmlformats-officedocument.vmlDrawing';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const STRICT_REL_NS = 'http://purl.oclc.org/ooxml/officeDocument/relationships';

const NOTE_SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

/** Worksheet children that come after legacyDrawing (CT_Worksheet order). */
const AFTER_LEGACY_DRAWING = ['legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

function runText(run: string, p: string): string {
  return elements(run, `${p}t`).map((t) => unescapeXml(innerXml(t.text))).join('');
}

/** Our run: small 宋体 text, then the separator when the user's note follows. */
function toolRun(text: string, p: string, userFollows: boolean): string {
  const body = userFollows ? `${text}\n\n${ORIGINAL_NOTE_MARK}\n` : text;
  return `<${p}r><${p}rPr><${p}sz val="9"/><${p}rFont val="宋体"/><${p}charset val="134"/></${p}rPr><${p}t xml:space="preserve">${escapeXml(xmlSafe(body))}</${p}t></${p}r>`;
}

/**
 * The runs of a note's `<text>` that are the user's: our earlier run (starting with 【决算助手】)
 * is dropped, and what followed our separator in an older single-run note is kept.
 */
function userRuns(textInner: string, p: string): string[] {
  let runs = elements(textInner, `${p}r`).map((r) => r.text);
  if (runs.length === 0) {
    const t = firstElement(textInner, `${p}t`);
    runs = t ? [`<${p}r>${t.text}</${p}r>`] : [];
  }
  if (runs.length === 0 || !runText(runs[0], p).startsWith(NOTE_PREFIX)) return runs;
  const first = runText(runs[0], p);
  const at = first.indexOf(ORIGINAL_NOTE_MARK);
  const rest = at < 0 ? '' : first.slice(at + ORIGINAL_NOTE_MARK.length).replace(/^\n/, '');
  return [...(rest.trim() ? [`<${p}r><${p}t xml:space="preserve">${escapeXml(rest)}</${p}t></${p}r>`] : []), ...runs.slice(1)];
}

function vmlShape(id: number, ref: string): string {
  const { row, col } = fromA1(ref);
  return `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:260pt;height:120pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${row}, 2, ${col + 5}, 15, ${row + 8}, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`;
}

function vmlShapeAt(vml: string, ref: string): { start: number; end: number } | undefined {
  const { row, col } = fromA1(ref);
  return elements(vml, 'v:shape').find((s) => /ObjectType\s*=\s*"Note"/.test(s.text) && new RegExp(`<x:Row>\\s*${row}\\s*</x:Row>`).test(s.text) && new RegExp(`<x:Column>\\s*${col}\\s*</x:Column>`).test(s.text));
}

interface CommentEntry {
  ref: string;
  /** The element's XML; null once deleted. */
  xml: string | null;
  added: boolean;
}

function position(ref: string): number {
  try {
    const { row, col } = fromA1(ref);
    return row * 20000 + col;
  } catch {
    return Number.MAX_SAFE_INTEGER;
  }
}

/**
 * The notes (legacy comments) of one worksheet: the comments part for their text and authors,
 * the VML drawing for their boxes. Threaded comments are left as they are: their legacy
 * comment still carries our text for every program that shows notes. Changes are collected and
 * written once (flush): a comment we do not touch keeps its text.
 */
export class SheetNotes {
  private commentsPart?: string;
  private commentsXml?: string;
  private vmlPart?: string;
  private vmlXml?: string;
  private loaded = false;
  private p = '';
  private entries: CommentEntry[] = [];
  private readonly byRef = new Map<string, CommentEntry>();
  private authors: string[] = [];
  private changed = false;
  private readonly shapesToAdd: string[] = [];
  private readonly shapesToRemove = new Set<string>();

  constructor(
    private readonly pkg: OpcPackage,
    private readonly sheetPart: string,
    private readonly sheet: SheetCells,
    private readonly strict: boolean,
    private readonly nextVmlBlock: () => number,
  ) {}

  private load(): void {
    if (this.loaded) return;
    this.loaded = true;
    const comments = relatedParts(this.pkg, this.sheetPart, 'comments')[0];
    if (comments && this.pkg.has(comments.part)) {
      this.commentsPart = this.pkg.stored(comments.part);
      this.readComments(this.pkg.text(comments.part) ?? '');
    }
    const legacy = firstElement(this.sheet.text, `${this.sheet.p}legacyDrawing`);
    const rid = legacy && /\s[\w.-]+:id\s*=\s*"([^"]*)"/.exec(startTag(legacy.text))?.[1];
    const vml = relatedParts(this.pkg, this.sheetPart, 'vmlDrawing').find((r) => r.id === rid);
    if (vml && this.pkg.has(vml.part)) {
      this.vmlPart = this.pkg.stored(vml.part);
      this.vmlXml = this.pkg.text(vml.part);
    }
  }

  private readComments(xml: string): void {
    this.commentsXml = xml;
    this.p = prefixOf(xml, 'comments');
    this.authors = elements(xml, `${this.p}author`).map((a) => unescapeXml(innerXml(a.text)));
    this.entries = elements(xml, `${this.p}comment`).map((c) => ({ ref: getAttr(startTag(c.text), 'ref') ?? '', xml: c.text, added: false }));
    for (const e of this.entries) if (!this.byRef.has(e.ref)) this.byRef.set(e.ref, e);
  }

  /** Cells whose note starts with our prefix. */
  toolNoteCells(): string[] {
    this.load();
    const p = this.p;
    return this.entries
      .filter((e) => {
        if (!e.xml) return false;
        const text = firstElement(e.xml, `${p}text`);
        const runs = text ? elements(text.text, `${p}r`) : [];
        const first = runs.length ? runText(runs[0].text, p) : text ? runText(text.text, p) : '';
        return first.startsWith(NOTE_PREFIX);
      })
      .map((e) => e.ref)
      .filter(Boolean);
  }

  /** Removes our text from a cell's note; a note that was only ours is deleted with its box. */
  removeToolNote(ref: string): void {
    this.load();
    const entry = this.byRef.get(ref);
    if (!entry?.xml) return;
    const p = this.p;
    const text = firstElement(entry.xml, `${p}text`);
    const runs = userRuns(text ? innerXml(text.text) : '', p);
    this.changed = true;
    if (runs.length > 0) {
      if (!text) return;
      // A plain-text note we wrapped in a run gets its plain form back.
      const plain = runs.length === 1 ? new RegExp(`^<${p}r>(<${p}t\\b[\\s\\S]*</${p}t>)</${p}r>$`).exec(runs[0]) : null;
      entry.xml = splice(entry.xml, text.start, text.end, `${startTag(text.text).replace(/\/>$/, '>')}${plain ? plain[1] : runs.join('')}</${p}text>`);
      return;
    }
    entry.xml = null;
    this.shapesToRemove.add(ref);
  }

  /** Puts our text on the cell's note, above what the user wrote there. */
  setToolNote(ref: string, text: string): void {
    this.load();
    if (this.commentsXml === undefined) this.createComments();
    const p = this.p;
    this.changed = true;
    const entry = this.byRef.get(ref);
    if (entry?.xml) {
      const t = firstElement(entry.xml, `${p}text`);
      const runs = userRuns(t ? innerXml(t.text) : '', p);
      const inner = `${toolRun(text, p, runs.length > 0)}${runs.join('')}`;
      entry.xml = t ? splice(entry.xml, t.start, t.end, `${startTag(t.text).replace(/\/>$/, '>')}${inner}</${p}text>`) : entry.xml.replace(/<\/([\w.-]+:)?comment>$/, `<${p}text>${inner}</${p}text>$&`);
      return;
    }
    const element = `<${p}comment ref="${ref}" authorId="${this.toolAuthorId()}"><${p}text>${toolRun(text, p, false)}</${p}text></${p}comment>`;
    if (entry) {
      // Our note of the last run, deleted a moment ago: it comes back in its place, with its box.
      entry.xml = element;
      if (this.shapesToRemove.delete(ref)) return;
      this.shapesToAdd.push(ref);
      return;
    }
    const added = { ref, xml: element, added: true };
    this.entries.push(added);
    this.byRef.set(ref, added);
    this.shapesToAdd.push(ref);
  }

  private toolAuthorId(): number {
    const at = this.authors.indexOf(TOOL_AUTHOR);
    if (at >= 0) return at;
    this.authors.push(TOOL_AUTHOR);
    return this.authors.length - 1;
  }

  private createComments(): void {
    const part = freePartName(this.pkg, 'xl/comments', '.xml');
    this.commentsPart = part;
    const ns = this.strict ? 'http://purl.oclc.org/ooxml/spreadsheetml/main' : 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${ns}"><authors></authors><commentList></commentList></comments>`;
    this.pkg.setText(part, xml);
    this.readComments(xml);
    addRelationship(this.pkg, this.sheetPart, relType(this.strict, 'comments'), part);
    addOverride(this.pkg, part, COMMENTS_TYPE);
  }

  /** The comments part: untouched comments as they were, new ones in row-major order, like Excel writes them. */
  private commentsText(): string {
    const p = this.p;
    let xml = this.commentsXml ?? '';
    const existing = this.entries.filter((e) => !e.added);
    const added = this.entries.filter((e) => e.added).sort((a, b) => position(a.ref) - position(b.ref));
    const out: string[] = [];
    let next = 0;
    for (const e of existing) {
      while (next < added.length && position(added[next].ref) < position(e.ref)) out.push(added[next++].xml ?? '');
      if (e.xml) out.push(e.xml);
    }
    while (next < added.length) out.push(added[next++].xml ?? '');
    const list = firstElement(xml, `${p}commentList`);
    const body = out.join('');
    if (list) xml = splice(xml, list.start, list.end, `${startTag(list.text).replace(/\/>$/, '>')}${body}</${p}commentList>`);
    else xml = insertBeforeClose(xml, 'comments', `<${p}commentList>${body}</${p}commentList>`);
    const known = elements(xml, `${p}author`).length;
    if (this.authors.length > known) {
      const more = this.authors.slice(known).map((a) => `<${p}author>${escapeXml(a)}</${p}author>`).join('');
      xml = firstElement(xml, `${p}authors`) ? insertBeforeClose(xml, 'authors', more) : xml.replace(/(<([\w.-]+:)?comments\b[^>]*>)/, `$1<${p}authors>${more}</${p}authors>`);
    }
    return xml;
  }

  private vmlText(): string | undefined {
    if (this.shapesToAdd.length === 0 && this.shapesToRemove.size === 0) return this.vmlXml;
    if (this.vmlXml === undefined) this.createVml();
    let vml = this.vmlXml ?? '';
    if (this.shapesToRemove.size > 0) {
      const gone = [...this.shapesToRemove].map((ref) => vmlShapeAt(vml, ref)).filter((s): s is { start: number; end: number } => s !== undefined).sort((a, b) => b.start - a.start);
      for (const s of gone) vml = splice(vml, s.start, s.end, '');
    }
    if (this.shapesToAdd.length > 0) {
      if (!vml.includes('_x0000_t202')) vml = insertAfterLayout(vml, NOTE_SHAPETYPE);
      const ids = [...vml.matchAll(/_x0000_s(\d+)/g)].map((m) => Number(m[1]));
      const idmap = /<o:idmap\b[^>]*data="(\d+)/.exec(vml);
      let id = ids.length > 0 ? Math.max(...ids) + 1 : Number(idmap?.[1] ?? 1) * 1024 + 1;
      vml = insertBeforeClose(vml, 'xml', this.shapesToAdd.map((ref) => vmlShape(id++, ref)).join(''));
    }
    return vml;
  }

  private createVml(): void {
    const part = freePartName(this.pkg, 'xl/drawings/vmlDrawing', '.vml');
    this.vmlPart = part;
    this.vmlXml = `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${this.nextVmlBlock()}"/></o:shapelayout>${NOTE_SHAPETYPE}</xml>`;
    this.pkg.setText(part, this.vmlXml);
    const id = addRelationship(this.pkg, this.sheetPart, relType(this.strict, 'vmlDrawing'), part);
    addDefault(this.pkg, 'vml', VML_TYPE);
    const p = this.sheet.p;
    const root = /<([\w.-]+:)?worksheet\b[^>]*>/.exec(this.sheet.text)?.[0] ?? '';
    const ns = this.strict ? STRICT_REL_NS : REL_NS;
    const declared = new RegExp(`xmlns:r\\s*=\\s*"${ns.replace(/[./]/g, '\\$&')}"`).test(root);
    const element = `<${p}legacyDrawing ${declared ? '' : `xmlns:r="${ns}" `}r:id="${id}"/>`;
    let xml = this.sheet.text;
    const next = AFTER_LEGACY_DRAWING.map((n) => new RegExp(`<${p}${n}[\\s/>]`).exec(xml)).filter((m): m is RegExpExecArray => m !== null).sort((a, b) => a.index - b.index)[0];
    xml = next ? splice(xml, next.index, next.index, element) : insertBeforeClose(xml, 'worksheet', element);
    this.sheet.text = xml;
  }

  /** Writes the changed comments and VML parts back into the package. */
  flush(): void {
    if (!this.changed) return;
    const vml = this.vmlText();
    if (this.vmlPart && vml !== undefined && vml !== this.pkg.text(this.vmlPart)) this.pkg.setText(this.vmlPart, vml);
    if (this.commentsPart) {
      const xml = this.commentsText();
      if (xml !== this.pkg.text(this.commentsPart)) this.pkg.setText(this.commentsPart, xml);
    }
  }
}

function insertAfterLayout(vml: string, insert: string): string {
  const layout = /<\/o:shapelayout>/.exec(vml);
  if (layout) return splice(vml, layout.index + layout[0].length, layout.index + layout[0].length, insert);
  const root = /<xml\b[^>]*>/.exec(vml);
  return root ? splice(vml, root.index + root[0].length, root.index + root[0].length, insert) : vml;
}

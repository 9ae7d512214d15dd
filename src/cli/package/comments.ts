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

/**
 * The notes (legacy comments) of one worksheet: the comments part for their text and authors,
 * the VML drawing for their boxes. Threaded comments are left as they are: their legacy
 * comment still carries our text for every program that shows notes.
 */
export class SheetNotes {
  private commentsPart?: string;
  private commentsXml?: string;
  private vmlPart?: string;
  private vmlXml?: string;
  private loaded = false;

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
      this.commentsXml = this.pkg.text(comments.part);
    }
    const legacy = firstElement(this.sheet.text, `${this.sheet.p}legacyDrawing`);
    const rid = legacy && /\s[\w.-]+:id\s*=\s*"([^"]*)"/.exec(startTag(legacy.text))?.[1];
    const vml = relatedParts(this.pkg, this.sheetPart, 'vmlDrawing').find((r) => r.id === rid);
    if (vml && this.pkg.has(vml.part)) {
      this.vmlPart = this.pkg.stored(vml.part);
      this.vmlXml = this.pkg.text(vml.part);
    }
  }

  /** Cells whose note starts with our prefix. */
  toolNoteCells(): string[] {
    this.load();
    if (!this.commentsXml) return [];
    const p = prefixOf(this.commentsXml, 'comments');
    return elements(this.commentsXml, `${p}comment`)
      .filter((c) => {
        const text = firstElement(c.text, `${p}text`);
        const runs = text ? elements(text.text, `${p}r`) : [];
        const first = runs.length ? runText(runs[0].text, p) : text ? runText(text.text, p) : '';
        return first.startsWith(NOTE_PREFIX);
      })
      .map((c) => getAttr(startTag(c.text), 'ref') ?? '')
      .filter(Boolean);
  }

  /** Removes our text from a cell's note; a note that was only ours is deleted with its box. */
  removeToolNote(ref: string): void {
    this.load();
    if (!this.commentsXml) return;
    const p = prefixOf(this.commentsXml, 'comments');
    const comment = elements(this.commentsXml, `${p}comment`).find((c) => getAttr(startTag(c.text), 'ref') === ref);
    if (!comment) return;
    const text = firstElement(comment.text, `${p}text`);
    const runs = userRuns(text ? innerXml(text.text) : '', p);
    if (runs.length > 0) {
      if (!text) return;
      // A plain-text note we wrapped in a run gets its plain form back.
      const plain = runs.length === 1 ? new RegExp(`^<${p}r>(<${p}t\\b[\\s\\S]*</${p}t>)</${p}r>$`).exec(runs[0]) : null;
      const rebuilt = splice(comment.text, text.start, text.end, `${startTag(text.text).replace(/\/>$/, '>')}${plain ? plain[1] : runs.join('')}</${p}text>`);
      this.commentsXml = splice(this.commentsXml, comment.start, comment.end, rebuilt);
      return;
    }
    this.commentsXml = splice(this.commentsXml, comment.start, comment.end, '');
    const shape = this.vmlXml && vmlShapeAt(this.vmlXml, ref);
    if (this.vmlXml && shape) this.vmlXml = splice(this.vmlXml, shape.start, shape.end, '');
  }

  /** Puts our text on the cell's note, above what the user wrote there. */
  setToolNote(ref: string, text: string): void {
    this.load();
    if (!this.commentsXml) this.createComments();
    const xml = this.commentsXml ?? '';
    const p = prefixOf(xml, 'comments');
    const comment = elements(xml, `${p}comment`).find((c) => getAttr(startTag(c.text), 'ref') === ref);
    if (comment) {
      const t = firstElement(comment.text, `${p}text`);
      const runs = userRuns(t ? innerXml(t.text) : '', p);
      const inner = `${toolRun(text, p, runs.length > 0)}${runs.join('')}`;
      const rebuilt = t ? splice(comment.text, t.start, t.end, `${startTag(t.text).replace(/\/>$/, '>')}${inner}</${p}text>`) : comment.text.replace(/<\/([\w.-]+:)?comment>$/, `<${p}text>${inner}</${p}text>$&`);
      this.commentsXml = splice(xml, comment.start, comment.end, rebuilt);
      return;
    }
    const author = this.authorId(p);
    const element = `<${p}comment ref="${ref}" authorId="${author}"><${p}text>${toolRun(text, p, false)}</${p}text></${p}comment>`;
    const current = this.commentsXml ?? '';
    // In row-major order, like Excel writes them.
    const pos = fromA1(ref);
    const later = elements(current, `${p}comment`).find((c) => {
      try {
        const other = fromA1(getAttr(startTag(c.text), 'ref') ?? '');
        return other.row > pos.row || (other.row === pos.row && other.col > pos.col);
      } catch {
        return false;
      }
    });
    this.commentsXml = later ? splice(current, later.start, later.start, element) : insertBeforeClose(current, 'commentList', element);
    this.addShape(ref);
  }

  private authorId(p: string): number {
    const xml = this.commentsXml ?? '';
    const authors = elements(xml, `${p}author`).map((a) => unescapeXml(innerXml(a.text)));
    const at = authors.indexOf(TOOL_AUTHOR);
    if (at >= 0) return at;
    this.commentsXml = insertBeforeClose(xml, 'authors', `<${p}author>${TOOL_AUTHOR}</${p}author>`);
    return authors.length;
  }

  private createComments(): void {
    const part = freePartName(this.pkg, 'xl/comments', '.xml');
    this.commentsPart = part;
    const ns = this.strict ? 'http://purl.oclc.org/ooxml/spreadsheetml/main' : 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    this.commentsXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${ns}"><authors></authors><commentList></commentList></comments>`;
    this.pkg.setText(part, this.commentsXml);
    addRelationship(this.pkg, this.sheetPart, relType(this.strict, 'comments'), part);
    addOverride(this.pkg, part, COMMENTS_TYPE);
  }

  private addShape(ref: string): void {
    if (!this.vmlXml) this.createVml();
    let vml = this.vmlXml ?? '';
    if (!vml.includes('_x0000_t202')) vml = insertAfterLayout(vml, NOTE_SHAPETYPE);
    const ids = [...vml.matchAll(/_x0000_s(\d+)/g)].map((m) => Number(m[1]));
    const idmap = /<o:idmap\b[^>]*data="(\d+)/.exec(vml);
    const id = ids.length > 0 ? Math.max(...ids) + 1 : Number(idmap?.[1] ?? 1) * 1024 + 1;
    this.vmlXml = insertBeforeClose(vml, 'xml', vmlShape(id, ref));
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
    if (this.commentsPart && this.commentsXml !== undefined && this.commentsXml !== this.pkg.text(this.commentsPart)) this.pkg.setText(this.commentsPart, this.commentsXml);
    if (this.vmlPart && this.vmlXml !== undefined && this.vmlXml !== this.pkg.text(this.vmlPart)) this.pkg.setText(this.vmlPart, this.vmlXml);
  }
}

function insertAfterLayout(vml: string, insert: string): string {
  const layout = /<\/o:shapelayout>/.exec(vml);
  if (layout) return splice(vml, layout.index + layout[0].length, layout.index + layout[0].length, insert);
  const root = /<xml\b[^>]*>/.exec(vml);
  return root ? splice(vml, root.index + root[0].length, root.index + root[0].length, insert) : vml;
}

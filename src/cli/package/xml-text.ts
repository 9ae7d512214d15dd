/**
 * Small, careful string surgery on OOXML parts. We never re-serialize a part: we find the few
 * elements we change and splice text in, so everything else in the part keeps its bytes.
 */

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Text content as written by any producer: entities and character references decoded. */
export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'amp') return '&';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

/** Characters XML 1.0 cannot hold (control characters other than tab, newline, return). */
export function xmlSafe(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

/** The prefix (with its colon, or '') the part uses for the element `local` of its root namespace. */
export function prefixOf(xml: string, local: string): string {
  const m = new RegExp(`<([A-Za-z_][\\w.-]*:)?${local}[\\s>/]`).exec(xml);
  return m?.[1] ?? '';
}

export interface ElementSpan {
  start: number;
  end: number;
  text: string;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every `<p:name …/>` or `<p:name …>…</p:name>` in `xml` from `from` to `to` (elements of that name must not nest). */
export function elements(xml: string, qname: string, from = 0, to = xml.length): ElementSpan[] {
  const q = escapeRe(qname);
  const re = new RegExp(`<${q}(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${q}\\s*>)`, 'g');
  re.lastIndex = from;
  const found: ElementSpan[] = [];
  for (let m = re.exec(xml); m && m.index < to; m = re.exec(xml)) found.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return found;
}

export function firstElement(xml: string, qname: string, from = 0): ElementSpan | undefined {
  return elements(xml, qname, from)[0];
}

/** The start tag of an element's text (`<c r="A1" s="2">` of `<c …>…</c>`). */
export function startTag(element: string): string {
  return element.slice(0, element.indexOf('>') + 1);
}

/** The content between start and end tags ('' for an empty element). */
export function innerXml(element: string): string {
  const open = startTag(element);
  if (open.endsWith('/>')) return '';
  return element.slice(open.length, element.lastIndexOf('</'));
}

const attrPatterns = new Map<string, RegExp>();

/** One compiled pattern per attribute name (not global: exec keeps no state between calls). */
function attrPattern(name: string): RegExp {
  let re = attrPatterns.get(name);
  if (!re) {
    re = new RegExp(`\\s${escapeRe(name)}\\s*=\\s*("([^"]*)"|'([^']*)')`);
    attrPatterns.set(name, re);
  }
  return re;
}

export function getAttr(tag: string, name: string): string | undefined {
  const m = attrPattern(name).exec(tag);
  if (!m) return undefined;
  const raw = m[2] ?? m[3];
  return raw.includes('&') ? unescapeXml(raw) : raw;
}

/** The tag with the attribute set (added before the tag's end when absent), or removed when `value` is undefined. */
export function setAttr(tag: string, name: string, value: string | undefined): string {
  const re = attrPattern(name);
  if (value === undefined) return tag.replace(re, '');
  const attr = ` ${name}="${escapeXml(value)}"`;
  if (re.test(tag)) return tag.replace(re, attr);
  const close = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  const trimmed = tag.slice(0, close).replace(/\s+$/, '');
  return `${trimmed}${attr}${tag.slice(close)}`;
}

/** Replaces `[start, end)` of `text`. */
export function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

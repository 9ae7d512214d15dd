/**
 * Just enough XML for custom XML parts: a well-formedness check (tags balance, one root) and
 * the root element's namespace URI, which is what CustomXmlPart.namespaceUri reports.
 */

export function rootNamespace(xml: string): string | null {
  const body = stripProlog(xml);
  const tags = body.match(/<[^>]*>/g);
  if (!tags) return null;
  const stack: string[] = [];
  let roots = 0;
  let rootTag = '';
  for (const tag of tags) {
    if (/^<!--[\s\S]*-->$|^<!\[CDATA\[|^<\?/.test(tag)) continue;
    const close = /^<\/\s*([^\s>]+)\s*>$/.exec(tag);
    if (close) {
      if (stack.pop() !== close[1]) return null;
      continue;
    }
    const open = /^<([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)(\s[^>]*?)?(\/?)>$/.exec(tag);
    if (!open) return null;
    if (stack.length === 0) {
      roots++;
      rootTag = tag;
    }
    if (!open[3]) stack.push(open[1]);
  }
  if (stack.length !== 0 || roots !== 1) return null;
  const [, name] = /^<([^\s/>]+)/.exec(rootTag)!;
  const prefix = name.includes(':') ? name.split(':')[0] : '';
  const attr = prefix ? `xmlns:${prefix}` : 'xmlns';
  const ns = new RegExp(`\\s${attr.replace('.', '\\.')}\\s*=\\s*(["'])(.*?)\\1`).exec(rootTag);
  return ns ? ns[2] : '';
}

function stripProlog(xml: string): string {
  return xml.replace(/^\uFEFF/, '').replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '').replace(/<!--[\s\S]*?-->/g, '').trim();
}

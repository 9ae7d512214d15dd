// Each producer writes the same workbook its own way. These transforms rewrite a package written
// by ExcelJS (the seed fixtures) the way each producer would, part by part, without changing
// what a user sees: the reader must give the same snapshot for every flavour.
import { strFromU8, strToU8 } from 'fflate';

export type Parts = Map<string, Uint8Array>;
const text = (b: Uint8Array) => strFromU8(b);
const isXml = (name: string) => /\.(xml|rels)$/i.test(name);

function mapXml(parts: Parts, f: (xml: string, name: string) => string): Parts {
  return new Map([...parts].map(([name, bytes]) => [name, isXml(name) ? strToU8(f(text(bytes), name)) : bytes]));
}

function sharedStrings(parts: Parts): string[] {
  const xml = parts.get('xl/sharedStrings.xml');
  if (!xml) return [];
  return [...text(xml).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => [...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join(''));
}

/** Drops the sharedStrings part, its relationship and content type. */
function withoutSharedStrings(parts: Parts): Parts {
  const out = new Map(parts);
  out.delete('xl/sharedStrings.xml');
  return mapXml(out, (xml) => xml.replace(/<Relationship [^>]*sharedStrings[^>]*\/>/g, '').replace(/<Override [^>]*sharedStrings[^>]*\/>/g, ''));
}

/** openpyxl's and many scripts' write-only mode: every string inline in its cell. */
export function inlineStrings(parts: Parts): Parts {
  const strings = sharedStrings(parts);
  const inlined = mapXml(parts, (xml, name) =>
    name.startsWith('xl/worksheets/') ? xml.replace(/<c ([^>]*?)t="s"([^>]*)><v>(\d+)<\/v><\/c>/g, (_m, a: string, b: string, i: string) => `<c ${a}t="inlineStr"${b}><is><t xml:space="preserve">${strings[Number(i)]}</t></is></c>`) : xml,
  );
  return withoutSharedStrings(inlined);
}

/** SheetJS without a shared string table: strings as type “str” with the text in <v>. */
export function sheetJsStrings(parts: Parts): Parts {
  const strings = sharedStrings(parts);
  const out = mapXml(parts, (xml, name) =>
    name.startsWith('xl/worksheets/') ? xml.replace(/<c ([^>]*?)t="s"([^>]*)><v>(\d+)<\/v><\/c>/g, (_m, a: string, b: string, i: string) => `<c ${a}t="str"${b}><v>${strings[Number(i)]}</v></c>`) : xml,
  );
  return withoutSharedStrings(out);
}

/** WPS 表格: rich-text runs with run properties, phonetic runs, extra WPS parts (cell images, custom properties). */
export function wps(parts: Parts): Parts {
  const out = mapXml(parts, (xml, name) =>
    name === 'xl/sharedStrings.xml'
      ? xml.replace(/<si><t([^>]*)>([\s\S]*?)<\/t><\/si>/g, (_m, attrs: string, s: string) => {
          const cut = Math.ceil(s.length / 2);
          const plain = s.replace(/&[a-z]+;|&#\d+;/g, '');
          if (plain !== s || s.length < 2) return `<si><t${attrs}>${s}</t></si>`;
          return `<si><r><rPr><sz val="11"/><rFont val="宋体"/><charset val="134"/></rPr><t${attrs}>${s.slice(0, cut)}</t></r><r><rPr><b/></rPr><t xml:space="preserve">${s.slice(cut)}</t></r><rPh sb="0" eb="1"><t>ピン</t></rPh><phoneticPr fontId="1" type="noConversion"/></si>`;
        })
      : name === 'xl/_rels/workbook.xml.rels'
        ? xml.replace('</Relationships>', '<Relationship Id="rIdWps" Type="http://www.wps.cn/officeDocument/2020/cellImage" Target="cellimages.xml"/></Relationships>')
        : xml,
  );
  out.set('xl/cellimages.xml', strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<etc:cellImages xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData"/>'));
  out.set('docProps/custom.xml', strToU8('<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer"><vt:lpwstr xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">2052-12.1.0.16120</vt:lpwstr></property></Properties>'));
  return out;
}

/** openpyxl: absolute targets in relationships, a note on the first sheet (comments + legacy VML drawing) and a drawing. */
export function openpyxl(parts: Parts): Parts {
  const out = mapXml(parts, (xml, name) => {
    if (name.endsWith('.rels')) return xml.replace(/Target="(?!\/)(?!http)([^"]+)"/g, (_m, t: string) => `Target="/${name === '_rels/.rels' ? '' : 'xl/'}${t}"`);
    if (name === 'xl/worksheets/sheet1.xml') return xml.replace('</worksheet>', '<drawing r:id="rId1"/><legacyDrawing r:id="anysvml"/></worksheet>');
    return xml;
  });
  const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  out.set(
    'xl/worksheets/_rels/sheet1.xml.rels',
    strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/drawing" Target="/xl/drawings/drawing1.xml"/><Relationship Id="comments" Type="${REL}/comments" Target="/xl/comments/comment1.xml"/><Relationship Id="anysvml" Type="${REL}/vmlDrawing" Target="/xl/drawings/commentsDrawing1.vml"/></Relationships>`),
  );
  out.set('xl/comments/comment1.xml', strToU8('<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>openpyxl</author></authors><commentList><comment ref="A1" authorId="0"><text><t>批注</t></text></comment></commentList></comments>'));
  out.set('xl/drawings/commentsDrawing1.vml', strToU8('<xml xmlns:v="urn:schemas-microsoft-com:vml"><v:shape id="_x0000_s1025" type="#_x0000_t202"/></xml>'));
  out.set('xl/drawings/drawing1.xml', strToU8('<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>'));
  return out;
}

/** Strict OOXML (ISO/IEC 29500 Strict): purl.oclc.org namespaces and relationship types. */
export function strict(parts: Parts): Parts {
  return mapXml(parts, (xml) =>
    xml
      .replace(/http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main/g, 'http://purl.oclc.org/ooxml/spreadsheetml/main')
      .replace(/http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships/g, 'http://purl.oclc.org/ooxml/officeDocument/relationships'),
  );
}

/** Generators built on the Open XML SDK: a prefix on every SpreadsheetML element (x:c, x:v…). */
export function prefixed(parts: Parts): Parts {
  return mapXml(parts, (xml, name) => {
    if (!name.startsWith('xl/') || name.endsWith('.rels')) return xml;
    return xml
      .replace(/<(\/?)([A-Za-z][\w]*)(?=[\s>/])/g, (_m, slash: string, tag: string) => `<${slash}x:${tag}`)
      .replace(/ xmlns="http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main"/, ' xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"');
  });
}

/** Every XML part in UTF-16 (little- or big-endian) with a byte-order mark, as some exporters write. */
export function utf16(bigEndian: boolean) {
  return (parts: Parts): Parts =>
    new Map(
      [...parts].map(([name, bytes]) => {
        if (!isXml(name)) return [name, bytes];
        const xml = text(bytes).replace(/encoding="UTF-8"/i, 'encoding="UTF-16"');
        const le = Buffer.from(`\ufeff${xml}`, 'utf16le');
        if (bigEndian) for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
        return [name, new Uint8Array(le)];
      }),
    );
}

/** A UTF-8 byte-order mark on every XML part (Windows tools). */
export function utf8Bom(parts: Parts): Parts {
  return new Map([...parts].map(([name, bytes]) => [name, isXml(name) ? new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]) : bytes]));
}

/** LibreOffice's habits: explicit t="n", formulas flagged aca="false", “./” in targets, explicit empty covered cells. */
export function libreOfficeStyle(parts: Parts): Parts {
  return mapXml(parts, (xml, name) => {
    if (name.endsWith('.rels')) return xml.replace(/Target="(?!\/)(?!http)([^"]+)"/g, 'Target="./$1"');
    if (!name.startsWith('xl/worksheets/')) return xml;
    return xml.replace(/<c r="([A-Z]+\d+)"( s="\d+")?><v>/g, '<c r="$1"$2 t="n"><v>');
  });
}

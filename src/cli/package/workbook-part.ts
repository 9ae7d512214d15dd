import type { OpcPackage } from './opc-package';
import { addOverride, addRelationship, insertBeforeClose, relatedParts, relationships, relType, resolveTarget } from './relationships';
import { elements, escapeXml, firstElement, getAttr, innerXml, prefixOf, splice, startTag, unescapeXml } from './xml-text';

export interface SheetEntry {
  name: string;
  /** The worksheet part, e.g. `xl/worksheets/sheet1.xml` (undefined for a sheet whose part is missing). */
  part?: string;
  /** A worksheet (not a chart sheet or dialog sheet). */
  worksheet: boolean;
}

const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

/** The workbook part and its sheets, in tab order. */
export class WorkbookPart {
  readonly part: string;
  readonly strict: boolean;
  readonly sheets: SheetEntry[];

  constructor(private readonly pkg: OpcPackage) {
    const main = relatedParts(pkg, '', 'officeDocument')[0];
    this.part = main && pkg.has(main.part) ? main.part : 'xl/workbook.xml';
    const xml = pkg.text(this.part);
    if (xml === undefined) throw new Error('workbook part missing');
    this.strict = /purl\.oclc\.org\/ooxml\/spreadsheetml\/main/.test(xml.slice(0, 2000));
    const rels = relationships(pkg, this.part);
    const p = prefixOf(xml, 'workbook');
    this.sheets = elements(xml, `${p}sheet`).map((e) => {
      const tag = startTag(e.text);
      const id = /\s[\w.-]+:id\s*=\s*"([^"]*)"/.exec(tag)?.[1];
      const rel = rels.find((r) => r.id === id);
      const part = rel ? resolveTarget(this.part, rel.target) : undefined;
      return { name: getAttr(tag, 'name') ?? '', part: part && pkg.has(part) ? pkg.stored(part) : undefined, worksheet: Boolean(rel?.type.endsWith('/worksheet')) };
    });
  }

  /** A sheet by name: exact, else ignoring case as Excel does. */
  sheet(name: string): SheetEntry | undefined {
    return this.sheets.find((s) => s.name === name) ?? this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** Adds a worksheet part at the end of the tabs: workbook, its relationships, content types, app.xml titles. */
  addSheet(name: string, sheetXml: string): SheetEntry {
    const pkg = this.pkg;
    let n = 1;
    while (pkg.has(`xl/worksheets/sheet${n}.xml`)) n++;
    const part = `xl/worksheets/sheet${n}.xml`;
    pkg.setText(part, sheetXml);
    const rid = addRelationship(pkg, this.part, relType(this.strict, 'worksheet'), part);
    addOverride(pkg, part, WORKSHEET_TYPE);
    const xml = pkg.text(this.part) ?? '';
    const p = prefixOf(xml, 'workbook');
    const ids = elements(xml, `${p}sheet`).map((e) => Number(getAttr(startTag(e.text), 'sheetId') ?? 0));
    const root = /<([\w.-]+:)?workbook\b[^>]*>/.exec(xml)?.[0] ?? '';
    const relNs = this.strict ? 'http://purl.oclc.org/ooxml/officeDocument/relationships' : 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const rPrefix = new RegExp(`xmlns:([\\w.-]+)\\s*=\\s*"${relNs.replace(/[./]/g, '\\$&')}"`).exec(root)?.[1];
    const idAttr = rPrefix ? `${rPrefix}:id="${rid}"` : `xmlns:r="${relNs}" r:id="${rid}"`;
    const sheet = `<${p}sheet name="${escapeXml(name)}" sheetId="${Math.max(0, ...ids) + 1}" ${idAttr}/>`;
    pkg.setText(this.part, insertBeforeClose(xml, 'sheets', sheet));
    addAppTitle(pkg, this.sheets.filter((s) => s.worksheet).length, name);
    const entry = { name, part, worksheet: true };
    this.sheets.push(entry);
    return entry;
  }
}

/**
 * docProps/app.xml lists sheet names (TitlesOfParts) counted by HeadingPairs. When both are
 * there and agree, the new name goes after the last worksheet title; otherwise the part is left
 * alone (it is informational, and Excel rewrites it on save).
 */
function addAppTitle(pkg: OpcPackage, worksheetsBefore: number, name: string): void {
  const part = relatedParts(pkg, '', 'extended-properties')[0]?.part ?? 'docProps/app.xml';
  const xml = pkg.text(part);
  if (!xml) return;
  const pairs = firstElement(xml, `${prefixOf(xml, 'HeadingPairs')}HeadingPairs`);
  const titles = firstElement(xml, `${prefixOf(xml, 'TitlesOfParts')}TitlesOfParts`);
  if (!pairs || !titles) return;
  const variants = elements(pairs.text, `${prefixOf(pairs.text, 'variant')}variant`).map((v) => unescapeXml(innerXml(v.text).replace(/<[^>]+>/g, '')));
  let offset = 0;
  let countAt = -1;
  for (let i = 0; i + 1 < variants.length; i += 2) {
    if (/^(Worksheets|工作表)$/.test(variants[i].trim())) {
      countAt = i + 1;
      break;
    }
    offset += Number(variants[i + 1]) || 0;
  }
  if (countAt < 0 || Number(variants[countAt]) !== worksheetsBefore) return;
  const vp = prefixOf(titles.text, 'vector');
  const vector = firstElement(titles.text, `${vp}vector`);
  if (!vector) return;
  const lp = prefixOf(vector.text, 'lpstr') || vp;
  const items = elements(vector.text, `${lp}lpstr`);
  const size = Number(getAttr(startTag(vector.text), 'size'));
  if (size !== items.length || offset + worksheetsBefore > items.length) return;
  const insertAt = offset + worksheetsBefore < items.length ? items[offset + worksheetsBefore].start : vector.text.lastIndexOf('</');
  let newVector = splice(vector.text, insertAt, insertAt, `<${lp}lpstr>${escapeXml(name)}</${lp}lpstr>`);
  newVector = newVector.replace(/(\ssize\s*=\s*")\d+(")/, `$1${size + 1}$2`);
  const newTitles = splice(titles.text, vector.start, vector.end, newVector);
  // HeadingPairs: the worksheet count variant, then TitlesOfParts (later in the part, so splice it first).
  let out = splice(xml, titles.start, titles.end, newTitles);
  const countVariant = elements(pairs.text, `${prefixOf(pairs.text, 'variant')}variant`)[countAt];
  const bumped = countVariant.text.replace(/>(\s*)(\d+)(\s*)</, (_m, a: string, d: string, b: string) => `>${a}${Number(d) + 1}${b}<`);
  const newPairs = splice(pairs.text, countVariant.start, countVariant.end, bumped);
  out = splice(out, pairs.start, pairs.end, newPairs);
  pkg.setText(part, out);
}

// The smallest valid .xlsx packages, written by hand: each test states the XML it needs.
import { strToU8 } from 'fflate';

export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface MiniSheet {
  name: string;
  /** Everything inside <worksheet>: <sheetData>…</sheetData>, <mergeCells>… */
  body: string;
  state?: 'hidden' | 'veryHidden';
}

export interface MiniOptions {
  /** Shared strings; omitted: no sharedStrings part at all. */
  strings?: string[];
  /** <numFmts> custom formats and the numFmtId of each cellXfs entry. */
  numFmts?: Record<number, string>;
  xfs?: number[];
  date1904?: boolean;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function xmlParts(sheets: MiniSheet[], opts: MiniOptions = {}): Map<string, string> {
  const parts = new Map<string, string>();
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  parts.set(
    '[Content_Types].xml',
    `${head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
  );
  parts.set('_rels/.rels', `${head}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  const sheetList = sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`).join('');
  parts.set('xl/workbook.xml', `${head}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><workbookPr${opts.date1904 ? ' date1904="1"' : ''}/><sheets>${sheetList}</sheets></workbook>`);
  const rels = sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  rels.push(`<Relationship Id="rIdStyles" Type="${REL_NS}/styles" Target="styles.xml"/>`);
  if (opts.strings) rels.push(`<Relationship Id="rIdStrings" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>`);
  parts.set('xl/_rels/workbook.xml.rels', `${head}<Relationships xmlns="${PKG_REL_NS}">${rels.join('')}</Relationships>`);
  sheets.forEach((s, i) => parts.set(`xl/worksheets/sheet${i + 1}.xml`, `${head}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${s.body}</worksheet>`));
  const numFmts = Object.entries(opts.numFmts ?? {});
  const fmts = numFmts.length ? `<numFmts count="${numFmts.length}">${numFmts.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`).join('')}</numFmts>` : '';
  const xfs = (opts.xfs ?? [0]).map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"${id ? ' applyNumberFormat="1"' : ''}/>`).join('');
  parts.set(
    'xl/styles.xml',
    `${head}<styleSheet xmlns="${MAIN_NS}">${fmts}<fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="${(opts.xfs ?? [0]).length}">${xfs}</cellXfs></styleSheet>`,
  );
  if (opts.strings) parts.set('xl/sharedStrings.xml', `${head}<sst xmlns="${MAIN_NS}" count="${opts.strings.length}" uniqueCount="${opts.strings.length}">${opts.strings.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('')}</sst>`);
  return parts;
}

export function encodeParts(parts: Map<string, string>): Map<string, Uint8Array> {
  return new Map([...parts].map(([name, xml]) => [name, strToU8(xml)]));
}

/** <sheetData> from rows of cells written as XML: row(1, c('A1', 5), c('B1', '收入', 's')…). */
export function sheetData(...rows: string[]): string {
  return `<sheetData>${rows.join('')}</sheetData>`;
}

export function row(r: number, ...cells: string[]): string {
  return `<row r="${r}">${cells.join('')}</row>`;
}

/** A cell: number or boolean value, inline string (type “inlineStr”), shared-string index (type “s”), formula. */
export function cell(ref: string, value: string | number | boolean, opts: { t?: string; s?: number; f?: string; cached?: boolean } = {}): string {
  const style = opts.s ? ` s="${opts.s}"` : '';
  if (opts.t === 'inlineStr') return `<c r="${ref}" t="inlineStr"${style}><is><t>${esc(String(value))}</t></is></c>`;
  const t = opts.t ?? (typeof value === 'boolean' ? 'b' : typeof value === 'string' ? 'str' : undefined);
  const v = typeof value === 'boolean' ? (value ? '1' : '0') : esc(String(value));
  const f = opts.f !== undefined ? `<f>${esc(opts.f)}</f>` : '';
  const cached = opts.cached === false ? '' : `<v>${v}</v>`;
  return `<c r="${ref}"${t ? ` t="${t}"` : ''}${style}>${f}${cached}</c>`;
}

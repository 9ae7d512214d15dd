// Workbooks as scripts write them: every number of the seed fixtures becomes a formula with no
// cached result, in the forms such scripts use (SUM of constants, ROUND, references to a data
// sheet, SUM over a range there, parentheses and unary minus), half as ExcelJS writes them
// (<f> only) and half as openpyxl does (<f> and an empty <v>).
import { strFromU8, strToU8 } from 'fflate';
import { Decimal } from '../../../../src/engine/money/decimal';
import type { Parts } from './flavours';

const DATA_SHEET = '数据';

function decimals(n: string): number {
  const d = new Decimal(n);
  return Math.max(0, d.decimalPlaces());
}

/** The formula for the k-th number, and the data-sheet cells it needs (row k + 1). */
function formulaFor(n: string, k: number, data: string[]): string {
  const minusOne = new Decimal(n).minus(1).toString();
  const r = data.length / 2 + 1;
  switch (k % 6) {
    case 0:
      return `SUM(1,${minusOne})`;
    case 1:
      return `ROUND(${n}*3/3,${decimals(n)})`;
    case 2:
      data.push(n, '0');
      return `${DATA_SHEET}!A${r}`;
    case 3:
      data.push(minusOne, '1');
      return `SUM(${DATA_SHEET}!A${r}:B${r})`;
    case 4:
      return `-(-(${minusOne})-1)*1`;
    default:
      data.push(n, '0');
      return `'${DATA_SHEET}'!$A$${r}+0`;
  }
}

/**
 * Rewrites the numeric cells; returns the parts with a hidden sheet “数据” added, and the
 * address of each rewritten cell with its formula.
 */
export function scripted(parts: Parts, unsupported?: { sheetPart: string; ref: string; formula: string }): { parts: Parts; formulas: Map<string, string> } {
  const out = new Map(parts);
  const data: string[] = [];
  const formulas = new Map<string, string>();
  let k = 0;
  for (const [name, bytes] of parts) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) continue;
    const xml = strFromU8(bytes).replace(/<c r="([A-Z]+\d+)"( s="\d+")?><v>([^<]+)<\/v><\/c>/g, (_m, ref: string, style: string | undefined, n: string) => {
      const f = unsupported && unsupported.sheetPart === name && unsupported.ref === ref ? unsupported.formula : formulaFor(n, k, data);
      formulas.set(`${name}!${ref}`, f);
      const empty = k++ % 2 === 0 ? '' : '<v></v>';
      return `<c r="${ref}"${style ?? ''}><f>${f.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</f>${empty}</c>`;
    });
    out.set(name, strToU8(xml));
  }
  const rows: string[] = [];
  for (let i = 0; i < data.length; i += 2) rows.push(`<row r="${i / 2 + 1}"><c r="A${i / 2 + 1}"><v>${data[i]}</v></c><c r="B${i / 2 + 1}"><v>${data[i + 1]}</v></c></row>`);
  out.set('xl/worksheets/sheet99.xml', strToU8(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`));
  const edit = (part: string, f: (xml: string) => string) => out.set(part, strToU8(f(strFromU8(out.get(part) as Uint8Array))));
  edit('xl/workbook.xml', (xml) => xml.replace('</sheets>', `<sheet name="${DATA_SHEET}" sheetId="99" state="hidden" r:id="rIdData"/></sheets>`));
  edit('xl/_rels/workbook.xml.rels', (xml) => xml.replace('</Relationships>', '<Relationship Id="rIdData" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet99.xml"/></Relationships>'));
  return { parts: out, formulas };
}

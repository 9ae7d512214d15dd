// Packages as other producers write them: elements with a namespace prefix (the .NET Open XML
// SDK's `x:`), Strict OOXML, no styles part, cells and rows without `r`. The writer patches
// them in their own dialect, and every part it writes is well-formed XML.
import { strToU8, zipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { applyChangePlan, workbookSheets } from '../../../src/cli/package/apply-change-plan';
import type { ChangePlan } from '../../../src/engine/plan/change-plan';
import { SEVERITY_FILL } from '../../../src/engine/plan/colors';
import { diffParts, entriesOf, partText } from './helpers/parts';

const TRANSITIONAL = { main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main', rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships' };
const STRICT = { main: 'http://purl.oclc.org/ooxml/spreadsheetml/main', rel: 'http://purl.oclc.org/ooxml/officeDocument/relationships' };

function minimalPackage(options: { prefix: string; strict: boolean; sheetData: string }): Uint8Array {
  const ns = options.strict ? STRICT : TRANSITIONAL;
  const x = options.prefix ? `${options.prefix}:` : '';
  const xmlns = options.prefix ? `xmlns:${options.prefix}="${ns.main}"` : `xmlns="${ns.main}"`;
  const rels = (items: string) => `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
  const parts: Record<string, string> = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    '_rels/.rels': rels(`<Relationship Id="R1" Type="${ns.rel}/officeDocument" Target="/xl/workbook.xml"/>`),
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><${x}workbook ${xmlns} xmlns:r="${ns.rel}"><${x}sheets><${x}sheet name="收入" sheetId="1" r:id="R1"/></${x}sheets></${x}workbook>`,
    'xl/_rels/workbook.xml.rels': rels(`<Relationship Id="R1" Type="${ns.rel}/worksheet" Target="/xl/worksheets/sheet.xml"/>`),
    'xl/worksheets/sheet.xml': `<?xml version="1.0" encoding="UTF-8"?><${x}worksheet ${xmlns} xmlns:r="${ns.rel}"><${x}sheetData>${options.sheetData}</${x}sheetData></${x}worksheet>`,
  };
  return zipSync(Object.fromEntries(Object.entries(parts).map(([n, t]) => [n, strToU8(t)])));
}

const PLAN: ChangePlan = {
  marks: { highlights: [{ sheet: '收入', color: SEVERITY_FILL.error, rects: [{ top: 0, left: 1, bottom: 2, right: 1 }] }], notes: [{ sheet: '收入', cell: 'B2', text: '【决算助手】\n错误' }] },
  writes: [{ sheet: '收入', cell: 'C2', value: 3, formula: '=A2+B2', numFmt: '0.00' }],
  newSheets: [{ name: '审核报告', cells: [{ sheet: '审核报告', cell: 'A1', value: '报告', bold: true }] }],
};

function wellFormed(bytes: Uint8Array): void {
  for (const name of entriesOf(bytes).keys()) {
    if (!/\.(xml|rels|vml)$/.test(name)) continue;
    const parser = new SaxesParser({ xmlns: false });
    let failure: unknown;
    parser.on('error', (e) => (failure ??= e));
    parser.write(partText(bytes, name)).close();
    expect([name, failure]).toEqual([name, undefined]);
  }
}

describe.each([
  ['the .NET SDK’s x: prefix', 'x', false],
  ['Strict OOXML', '', true],
  ['Strict with a prefix', 's', true],
])('a package with %s, no styles part, cells and rows without r', (_what, prefix, strict) => {
  const x = prefix ? `${prefix}:` : '';
  // Row 1 and its cells carry no `r`; row 3 is missing; B1 is implied by position.
  const sheetData = `<${x}row><${x}c t="inlineStr"><${x}is><${x}t>甲</${x}t></${x}is></${x}c><${x}c><${x}v>1</${x}v></${x}c></${x}row><${x}row r="2"><${x}c r="A2"><${x}v>1</${x}v></${x}c><${x}c r="B2"><${x}v>2</${x}v></${x}c></${x}row>`;
  const input = minimalPackage({ prefix, strict, sheetData });
  const output = applyChangePlan(input, PLAN);

  test('every part written is well-formed and in the package’s own dialect', () => {
    wellFormed(output);
    const sheet = partText(output, 'xl/worksheets/sheet.xml');
    expect(sheet).toMatch(new RegExp(`<${x}row r="1"><${x}c (?:t="inlineStr" r="A1"|r="A1" t="inlineStr")>.*?</${x}c><${x}c r="B1" s="\\d+"><${x}v>1</${x}v></${x}c></${x}row>`));
    expect(sheet).toMatch(new RegExp(`<${x}c r="C2" s="\\d+"><${x}f>A2\\+B2</${x}f><${x}v>3</${x}v></${x}c>`));
    expect(sheet).toMatch(new RegExp(`<${x}row r="3"><${x}c r="B3" s="\\d+"/></${x}row>`));
    expect(sheet).toMatch(new RegExp(`<${x}legacyDrawing (xmlns:r="[^"]+" )?r:id="rId\\d+"/></${x}worksheet>`));
    const ns = strict ? STRICT : TRANSITIONAL;
    expect(partText(output, 'xl/_rels/workbook.xml.rels')).toContain(`Type="${ns.rel}/styles"`);
    expect(partText(output, 'xl/worksheets/sheet1.xml')).toContain(`xmlns="${ns.main}"`);
    expect(partText(output, 'xl/comments1.xml')).toContain(`xmlns="${ns.main}"`);
    expect(partText(output, 'xl/workbook.xml')).toMatch(new RegExp(`<${x}sheet name="审核报告" sheetId="2" r:id="rId\\d+"/></${x}sheets>`));
    expect(workbookSheets(output).sheets).toEqual(['收入', '审核报告']);
  });

  test('re-applying the plan changes nothing', () => {
    expect(diffParts(output, applyChangePlan(output, PLAN))).toEqual({ changed: [], added: [], removed: [] });
  });
});

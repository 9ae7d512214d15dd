// The package writer: a ChangePlan patched into a copy of the original package. Untouched parts
// keep their exact stored bytes; changed parts differ only where the plan says.
import { applyChangePlan, workbookSheets } from '../../../src/cli/package/apply-change-plan';
import type { ChangePlan } from '../../../src/engine/plan/change-plan';
import { SEVERITY_FILL } from '../../../src/engine/plan/colors';
import { featureWorkbook, USER_NOTE_RUNS } from './helpers/feature-workbook';
import { diffParts, entriesOf, partText } from './helpers/parts';

const SHEET1 = 'xl/worksheets/sheet1.xml';

function plan(): ChangePlan {
  return {
    marks: {
      highlights: [
        { sheet: '数据', color: SEVERITY_FILL.error, rects: [{ top: 1, left: 1, bottom: 2, right: 2 }] },
        // B5 is in a row missing from the XML; B6 is inside the merged A6:B6.
        { sheet: '数据', color: SEVERITY_FILL.warning, rects: [{ top: 4, left: 1, bottom: 5, right: 1 }] },
      ],
      notes: [
        { sheet: '数据', cell: 'A2', text: '【决算助手】\n错误 甲' },
        { sheet: '数据', cell: 'A3', text: '【决算助手】\n错误 乙' },
        { sheet: '数据', cell: 'B3', text: '【决算助手】\n错误 丙' },
        { sheet: '数据', cell: 'C4', text: '【决算助手】\n错误 丁' },
      ],
    },
    writes: [
      { sheet: '数据', cell: 'D2', value: 999 },
      { sheet: '数据', cell: 'E4', value: 6, formula: '=D4*2', numFmt: '0.00' },
      { sheet: '数据', cell: 'E5', value: '新文字 <&>', bold: true, wrap: true },
      { sheet: '数据', cell: 'E6', value: '是', formula: '=IF(C6>0,"是","否")' },
    ],
    newSheets: [
      {
        name: '审核报告',
        columnWidths: { 0: 12, 4: 30 },
        cells: [
          { sheet: '审核报告', cell: 'A1', value: '决算助手审核报告', bold: true },
          { sheet: '审核报告', cell: 'E2', value: 'B2', link: { sheet: '数据', cell: 'B2' } },
          { sheet: '审核报告', cell: 'F2', value: 12.5, numFmt: '#,##0.00' },
        ],
      },
    ],
  };
}

/** The XML of a part with the elements matching `re` taken out. */
const without = (xml: string, re: RegExp) => xml.replace(re, '');

describe.each([
  ['.xlsx', false],
  ['.xlsm', true],
])('a ChangePlan applied to a %s holding every feature', (_ext, macro) => {
  const input = featureWorkbook({ macro });
  const inputCopy = Uint8Array.from(input);
  const output = applyChangePlan(input, plan());

  test('the original bytes are not modified', () => {
    expect(Buffer.from(input).equals(Buffer.from(inputCopy))).toBe(true);
  });

  test('only the cells, styles, notes and the added sheet change: every other part keeps its stored bytes', () => {
    const diff = diffParts(input, output);
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toEqual(['[Content_Types].xml', 'docProps/app.xml', 'xl/_rels/workbook.xml.rels', 'xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml', 'xl/styles.xml', 'xl/workbook.xml', SHEET1].sort());
    expect(diff.added).toEqual(['customXml/_rels/item1.xml.rels', 'customXml/item1.xml', 'customXml/itemProps1.xml', 'xl/worksheets/sheet4.xml'].sort());
    // Kept byte for byte: charts, drawings, picture, text box, table, threaded comments, custom properties, VBA…
    for (const kept of ['xl/charts/chart1.xml', 'xl/drawings/drawing1.xml', 'xl/media/image1.png', 'xl/tables/table1.xml', 'xl/threadedComments/threadedComment1.xml', 'xl/persons/person.xml', 'docProps/custom.xml', 'xl/sharedStrings.xml', ...(macro ? ['xl/vbaProject.bin'] : [])]) {
      expect(diff.changed).not.toContain(kept);
    }
    // A stored (uncompressed) part stays stored.
    expect(entriesOf(output).get('xl/media/image1.png')?.method).toBe(0);
  });

  test('the worksheet differs only inside sheetData (and its dimension): protection, merges, formats, validation, links, ignoredErrors, sparklines, drawing kept', () => {
    const strip = (xml: string) => without(without(xml, /<sheetData>[\s\S]*<\/sheetData>/), /<dimension [^>]*\/>/);
    expect(strip(partText(output, SHEET1))).toBe(strip(partText(input, SHEET1)));
    expect(partText(output, SHEET1).match(/<dataValidation /g)).toHaveLength(1);
  });

  test('the workbook part differs only by the new sheet: defined names, protection, file properties kept', () => {
    const before = partText(input, 'xl/workbook.xml');
    const after = partText(output, 'xl/workbook.xml');
    expect(without(after, /<sheet name="审核报告" sheetId="4" r:id="rId\d+"\/>/)).toBe(before);
    expect(workbookSheets(output).sheets).toEqual(['数据', '图表', '表格', '审核报告']);
    expect(partText(output, '[Content_Types].xml')).toContain(macro ? 'application/vnd.ms-excel.sheet.macroEnabled.main+xml' : 'spreadsheetml.sheet.main+xml');
    const app = partText(output, 'docProps/app.xml');
    expect(app).toContain('<vt:lpstr>表格</vt:lpstr><vt:lpstr>审核报告</vt:lpstr><vt:lpstr>数据!Print_Titles</vt:lpstr>');
    expect(app).toContain('<vt:i4>4</vt:i4>');
    expect(app).toContain('<vt:vector size="6" baseType="lpstr">');
  });

  test('styles are appended, never edited: the original formats stay at their indexes', () => {
    const before = partText(input, 'xl/styles.xml');
    const after = partText(output, 'xl/styles.xml');
    for (const section of ['cellXfs', 'fonts', 'fills', 'numFmts']) {
      const inner = (xml: string) => new RegExp(`<${section} count="\\d+">([\\s\\S]*?)</${section}>`).exec(xml)?.[1] ?? '';
      expect(inner(after).startsWith(inner(before))).toBe(true);
    }
    for (const untouched of ['borders', 'cellStyleXfs', 'cellStyles', 'dxfs', 'tableStyles']) {
      const part = (xml: string) => new RegExp(`<${untouched}\\b[\\s\\S]*?</${untouched}>|<${untouched}\\b[^>]*/>`).exec(xml)?.[0];
      expect(part(after)).toBe(part(before));
    }
  });

  test('cells: values, cached formulas, a shared formula handed over, a missing row inserted in order, a merged area marked at its top-left', () => {
    const xml = partText(output, SHEET1);
    expect(xml).toContain('<c r="D2"><v>999</v></c>');
    // D2 was the master of the shared formula D2:D4: D3 now carries it, moved by one row.
    expect(xml).toContain('<c r="D3"><f t="shared" si="0" ref="D3:D4">B3+C3</f><v>30</v></c>');
    expect(xml).toMatch(/<c r="E4" s="\d+"><f>D4\*2<\/f><v>6<\/v><\/c>/);
    expect(xml).toMatch(/<c r="E6" t="str"><f>IF\(C6&gt;0,&quot;是&quot;,&quot;否&quot;\)<\/f><v>是<\/v><\/c>/);
    expect(xml).toMatch(/<c r="E5" s="\d+" t="inlineStr"><is><t xml:space="preserve">新文字 &lt;&amp;&gt;<\/t><\/is><\/c>/);
    const rows = [...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
    expect(rows).toEqual([1, 2, 3, 4, 5, 6]);
    expect(xml).toMatch(/<row r="5"><c r="B5" s="\d+"\/><c r="E5"/);
    // B6 is inside A6:B6: the mark goes on A6, B6 keeps its own format.
    expect(xml).toMatch(/<c r="A6" s="(\d+)" t="s"><v>4<\/v><\/c><c r="B6" s="1"\/>/);
    expect(/<c r="A6" s="(\d+)"/.exec(xml)?.[1]).not.toBe('1');
    expect(xml).toContain('<row r="4" spans="1:5">');
  });

  test('notes: the user’s text, runs and authors are kept below ours; a threaded comment’s note carries ours too', () => {
    const xml = partText(output, 'xl/comments1.xml');
    expect(xml).toContain('<authors><author>张三</author><author>tc={6A0F2B1E-0000-4000-8000-000000000001}</author><author>决算助手</author></authors>');
    expect(xml).toMatch(new RegExp(`<comment ref="A2" authorId="0"><text><r>.*?【决算助手】\\n错误 甲\\n\\n—— 原有批注 ——\\n</t></r>${USER_NOTE_RUNS.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</text></comment>`, 's'));
    expect(xml).toMatch(/<comment ref="A3" authorId="0"><text><r>.*?错误 乙.*?<\/r><r><t>纯文本批注<\/t><\/r><\/text>/s);
    expect(xml).toMatch(/<comment ref="B3" authorId="1" shapeId="0" xr:uid="\{6A0F2B1E-0000-4000-8000-000000000001\}"><text><r>.*?错误 丙.*?\[Threaded comment\]/s);
    expect(xml).toMatch(/<comment ref="C4" authorId="2"><text><r>.*?错误 丁<\/t><\/r><\/text><\/comment><\/commentList>/s);
    const vml = partText(output, 'xl/drawings/vmlDrawing1.vml');
    expect(vml.startsWith(partText(input, 'xl/drawings/vmlDrawing1.vml').replace('</xml>', ''))).toBe(true);
    expect(vml).toMatch(/<v:shape id="_x0000_s1028"[^>]*>.*<x:Row>3<\/x:Row><x:Column>2<\/x:Column>/s);
  });

  test('the new sheet: widths, text, numbers with their format, an internal link', () => {
    const xml = partText(output, 'xl/worksheets/sheet4.xml');
    expect(xml).toContain('<cols><col min="1" max="1" width="12" customWidth="1"/><col min="5" max="5" width="30" customWidth="1"/></cols>');
    expect(xml).toMatch(/<c r="E2" s="\d+" t="str"><f>HYPERLINK\(&quot;#'数据'!B2&quot;,&quot;B2&quot;\)<\/f><v>B2<\/v><\/c><c r="F2" s="\d+"><v>12.5<\/v><\/c>/);
  });

  test('applying the same plan to the copy changes nothing: marks and report are replaced, not stacked', () => {
    const again = applyChangePlan(output, plan());
    const diff = diffParts(output, again);
    expect(diff).toEqual({ changed: [], added: [], removed: [] });
  });
});

describe('re-annotating a copy', () => {
  const input = featureWorkbook();
  const first = applyChangePlan(input, plan());
  // The second run finds only C3: every other mark of the first run must go.
  const second = applyChangePlan(first, {
    marks: { highlights: [{ sheet: '数据', color: SEVERITY_FILL.info, rects: [{ top: 2, left: 2, bottom: 2, right: 2 }] }], notes: [{ sheet: '数据', cell: 'C3', text: '【决算助手】\n提示 戊' }] },
    newSheets: [{ name: '审核报告', cells: [{ sheet: '审核报告', cell: 'A1', value: '第二次' }] }],
  });

  test('fills the first run set are restored; a corrected cell loses its mark', () => {
    const xml = partText(second, SHEET1);
    expect(xml).toContain('<c r="B2"><v>100</v></c>');
    expect(xml).toMatch(/<c r="A6" s="1" t="s">/);
    expect(xml).toMatch(/<c r="C3" s="\d+"><v>20<\/v><\/c>/);
  });

  test('our text leaves the user’s notes (as they were) and our own notes go with their boxes', () => {
    const xml = partText(second, 'xl/comments1.xml');
    expect(xml).toContain(`<comment ref="A2" authorId="0"><text>${USER_NOTE_RUNS}</text></comment>`);
    expect(xml).toContain('<comment ref="A3" authorId="0"><text><t>纯文本批注</t></text></comment>');
    expect(xml).not.toContain('错误');
    expect(xml).not.toContain('ref="C4"');
    expect(xml).toContain('提示 戊');
    expect(partText(second, 'xl/drawings/vmlDrawing1.vml')).not.toMatch(/<x:Row>3<\/x:Row><x:Column>2<\/x:Column>/);
  });

  test('the report sheet is replaced in place, not added again', () => {
    expect(workbookSheets(second)).toEqual({ sheets: ['数据', '图表', '表格', '审核报告'], toolSheets: ['审核报告'] });
    expect(partText(second, 'xl/worksheets/sheet4.xml')).toContain('第二次');
    expect(partText(second, 'xl/worksheets/sheet4.xml')).not.toContain('决算助手审核报告');
  });

  test('a sheet of the user with the name of a new sheet is refused in Chinese, never overwritten', () => {
    expect(() => applyChangePlan(input, { newSheets: [{ name: '表格', cells: [] }] })).toThrow('工作簿中已有名为“表格”的工作表');
    expect(() => applyChangePlan(input, { writes: [{ sheet: '没有', cell: 'A1', value: 1 }] })).toThrow('没有名为“没有”的工作表');
  });
});

// A workbook written part by part, holding every feature a user may have put in a 决算 file:
// shared and inline strings, a shared formula, merged cells, a missing row, notes (rich text
// with authors, plain text), a threaded comment, a chart with its drawing, a picture, a text
// box, sparklines, internal hyperlinks, defined names of all scopes (OFFSET, sheet-scoped,
// Print_Titles), workbook and sheet protection with legacy passwords, custom document
// properties, ignoredErrors, data validation, conditional formatting, a table, and (as .xlsm)
// a VBA project. Written by hand so the test knows every byte the writer must keep.
import { strToU8, zipSync, type Zippable } from 'fflate';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const PNG_1X1 = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));
/** Not a real VBA project: the test only needs its bytes kept. */
export const VBA_BYTES = Uint8Array.from({ length: 600 }, (_, i) => (i * 37 + 11) % 256);

export const SHARED_STRINGS = ['项目', '本年收入', '财政拨款收入', '事业收入', '合计'];

export const USER_NOTE_RUNS = '<r><rPr><b/><sz val="9"/><rFont val="宋体"/><charset val="134"/></rPr><t>张三:</t></r><r><rPr><sz val="9"/><rFont val="宋体"/><charset val="134"/></rPr><t xml:space="preserve">\n请核对本年收入</t></r>';

function rels(items: [string, string, string][]): string {
  return `${DECL}<Relationships xmlns="${PKG_REL}">${items.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join('')}</Relationships>`;
}

const SHEET1 = `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" mc:Ignorable="x14ac xr"><sheetPr><tabColor rgb="FF00B050"/></sheetPr><dimension ref="A1:D6"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><cols><col min="1" max="1" width="20" customWidth="1"/></cols><sheetData><row r="1" spans="1:4"><c r="A1" s="1" t="s"><v>0</v></c><c r="B1" s="1" t="s"><v>1</v></c><c r="D1" t="inlineStr"><is><t>内联文字</t></is></c></row><row r="2" spans="1:4"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>100</v></c><c r="C2"><v>200</v></c><c r="D2"><f t="shared" ref="D2:D4" si="0">B2+C2</f><v>300</v></c></row><row r="3" spans="1:4"><c r="A3" t="s"><v>3</v></c><c r="B3"><v>10</v></c><c r="C3"><v>20</v></c><c r="D3"><f t="shared" si="0"/><v>30</v></c></row><row r="4" spans="1:4"><c r="B4"><v>1</v></c><c r="C4"><v>2</v></c><c r="D4"><f t="shared" si="0"/><v>3</v></c></row><row r="6" spans="1:4"><c r="A6" s="1" t="s"><v>4</v></c><c r="B6" s="1"/><c r="C6"><f>SUM(B2:B4)</f><v>111</v></c><c r="D6"><f>动态区域</f><v>100</v></c></row></sheetData><sheetProtection password="CC1A" sheet="1" objects="1" scenarios="1"/><mergeCells count="1"><mergeCell ref="A6:B6"/></mergeCells><conditionalFormatting sqref="B2:C4"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>50</formula></cfRule></conditionalFormatting><dataValidations count="1"><dataValidation type="whole" allowBlank="1" showErrorMessage="1" sqref="B2:C4"><formula1>0</formula1><formula2>100000</formula2></dataValidation></dataValidations><hyperlinks><hyperlink ref="D1" location="'图表'!A1" display="去图表"/></hyperlinks><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><ignoredErrors><ignoredError sqref="A1:D6" numberStoredAsText="1"/></ignoredErrors><legacyDrawing r:id="rId1"/><extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/><x14:colorNegative rgb="FFD00000"/><x14:colorAxis rgb="FF000000"/><x14:colorMarkers rgb="FFD00000"/><x14:colorFirst rgb="FFD00000"/><x14:colorLast rgb="FFD00000"/><x14:colorHigh rgb="FFD00000"/><x14:colorLow rgb="FFD00000"/><x14:sparklines><x14:sparkline><xm:f>数据!B2:C2</xm:f><xm:sqref>E2</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst></worksheet>`;

const SHEET2 = `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/></worksheet>`;

const SHEET3 = `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="A1:B3"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>名称</t></is></c><c r="B1" t="inlineStr"><is><t>金额</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>甲</t></is></c><c r="B2"><v>5</v></c></row><row r="3"><c r="A3" t="inlineStr"><is><t>乙</t></is></c><c r="B3"><v>7</v></c></row></sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`;

const COMMENTS1 = `${DECL}<comments xmlns="${MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="xr" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision"><authors><author>张三</author><author>tc={6A0F2B1E-0000-4000-8000-000000000001}</author></authors><commentList><comment ref="A2" authorId="0"><text>${USER_NOTE_RUNS}</text></comment><comment ref="A3" authorId="0"><text><t>纯文本批注</t></text></comment><comment ref="B3" authorId="1" shapeId="0" xr:uid="{6A0F2B1E-0000-4000-8000-000000000001}"><text><t>[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment.\n\nComment:\n    请确认事业收入</t></text></comment></commentList></comments>`;

function noteShape(id: number, row: number, col: number): string {
  return `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${row}, 2, ${col + 3}, 15, ${row + 4}, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`;
}

const VML1 = `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>${noteShape(1025, 1, 0)}${noteShape(1026, 2, 0)}${noteShape(1027, 2, 1)}</xml>`;

const THREADED1 = `${DECL}<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${MAIN}"><threadedComment ref="B3" dT="2024-03-01T08:00:00.00" personId="{A1B2C3D4-0000-4000-8000-000000000002}" id="{6A0F2B1E-0000-4000-8000-000000000001}"><text>请确认事业收入</text></threadedComment></ThreadedComments>`;
const PERSONS = `${DECL}<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${MAIN}"><person displayName="王五" id="{A1B2C3D4-0000-4000-8000-000000000002}" userId="wangwu" providerId="None"/></personList>`;

const DRAWING1 = `${DECL}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><xdr:twoCellAnchor><xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor><xdr:oneCellAnchor><xdr:from><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="952500" cy="952500"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="图片 2"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="952500" cy="952500"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor><xdr:twoCellAnchor><xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>17</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>21</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="4" name="文本框 3"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2000000" cy="600000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr><xdr:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="zh-CN"/><a:t>文本框：编制说明</a:t></a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;

const CHART1 = `${DECL}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>数据!$B$2:$B$4</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="3"/><c:pt idx="0"><c:v>100</c:v></c:pt><c:pt idx="1"><c:v>10</c:v></c:pt><c:pt idx="2"><c:v>1</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;

const TABLE1 = `${DECL}<table xmlns="${MAIN}" id="1" name="表1" displayName="表1" ref="A1:B3" totalsRowShown="0"><autoFilter ref="A1:B3"/><tableColumns count="2"><tableColumn id="1" name="名称"/><tableColumn id="2" name="金额"/></tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`;

const STYLES = `${DECL}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00_ "/></numFmts><fonts count="2"><font><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font><font><b/><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles><dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font></dxf></dxfs><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>`;

function workbookXml(macro: boolean): string {
  return `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr${macro ? ' codeName="ThisWorkbook"' : ''} defaultThemeVersion="124226"/><workbookProtection workbookPassword="CC1A" lockStructure="1"/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="20000" windowHeight="10000"/></bookViews><sheets><sheet name="数据" sheetId="1" r:id="rId1"/><sheet name="图表" sheetId="2" r:id="rId2"/><sheet name="表格" sheetId="3" r:id="rId3"/></sheets><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">数据!$1:$1</definedName><definedName name="动态区域">OFFSET(数据!$B$2,0,0,COUNTA(数据!$B$2:$B$4),1)</definedName><definedName name="局部名" localSheetId="2">表格!$A$1:$B$3</definedName></definedNames><calcPr calcId="191029"/></workbook>`;
}

const APP = `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>工作表</vt:lpstr></vt:variant><vt:variant><vt:i4>3</vt:i4></vt:variant><vt:variant><vt:lpstr>命名范围</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="5" baseType="lpstr"><vt:lpstr>数据</vt:lpstr><vt:lpstr>图表</vt:lpstr><vt:lpstr>表格</vt:lpstr><vt:lpstr>数据!Print_Titles</vt:lpstr><vt:lpstr>动态区域</vt:lpstr></vt:vector></TitlesOfParts><AppVersion>16.0300</AppVersion></Properties>`;

const CUSTOM = `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="审核人"><vt:lpwstr>李四</vt:lpwstr></property></Properties>`;

const CORE = `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>张三</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2024-03-01T08:00:00Z</dcterms:created></cp:coreProperties>`;

function contentTypes(macro: boolean): string {
  const main = macro ? 'application/vnd.ms-excel.sheet.macroEnabled.main+xml' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
  const o = (part: string, type: string) => `<Override PartName="${part}" ContentType="${type}"/>`;
  return `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>${macro ? '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' : ''}${o('/xl/workbook.xml', main)}${[1, 2, 3].map((n) => o(`/xl/worksheets/sheet${n}.xml`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml')).join('')}${o('/xl/styles.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml')}${o('/xl/sharedStrings.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml')}${o('/xl/comments1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml')}${o('/xl/threadedComments/threadedComment1.xml', 'application/vnd.ms-excel.threadedcomments+xml')}${o('/xl/persons/person.xml', 'application/vnd.ms-excel.person+xml')}${o('/xl/drawings/drawing1.xml', 'application/vnd.openxmlformats-officedocument.drawing+xml')}${o('/xl/charts/chart1.xml', 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml')}${o('/xl/tables/table1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml')}${o('/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml')}${o('/docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml')}${o('/docProps/custom.xml', 'application/vnd.openxmlformats-officedocument.custom-properties+xml')}</Types>`;
}

const sst = `${DECL}<sst xmlns="${MAIN}" count="${SHARED_STRINGS.length}" uniqueCount="${SHARED_STRINGS.length}">${SHARED_STRINGS.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`;

/** The workbook's parts, by name, as the bytes a producer would write. */
export function featureParts(options: { macro?: boolean } = {}): Record<string, Uint8Array> {
  const macro = options.macro ?? false;
  const R = REL;
  const parts: Record<string, string | Uint8Array> = {
    '[Content_Types].xml': contentTypes(macro),
    '_rels/.rels': rels([
      ['rId1', `${R}/officeDocument`, 'xl/workbook.xml'],
      ['rId2', 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml'],
      ['rId3', `${R}/extended-properties`, 'docProps/app.xml'],
      ['rId4', `${R}/custom-properties`, 'docProps/custom.xml'],
    ]),
    'docProps/core.xml': CORE,
    'docProps/app.xml': APP,
    'docProps/custom.xml': CUSTOM,
    'xl/workbook.xml': workbookXml(macro),
    'xl/_rels/workbook.xml.rels': rels([
      ['rId1', `${R}/worksheet`, 'worksheets/sheet1.xml'],
      ['rId2', `${R}/worksheet`, 'worksheets/sheet2.xml'],
      ['rId3', `${R}/worksheet`, 'worksheets/sheet3.xml'],
      ['rId4', `${R}/styles`, 'styles.xml'],
      ['rId5', `${R}/sharedStrings`, 'sharedStrings.xml'],
      ['rId6', 'http://schemas.microsoft.com/office/2017/10/relationships/person', 'persons/person.xml'],
      ...(macro ? ([['rId7', 'http://schemas.microsoft.com/office/2006/relationships/vbaProject', 'vbaProject.bin']] as [string, string, string][]) : []),
    ]),
    'xl/worksheets/sheet1.xml': SHEET1,
    'xl/worksheets/_rels/sheet1.xml.rels': rels([
      ['rId1', `${R}/vmlDrawing`, '../drawings/vmlDrawing1.vml'],
      ['rId2', `${R}/comments`, '../comments1.xml'],
      ['rId3', 'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment', '../threadedComments/threadedComment1.xml'],
    ]),
    'xl/worksheets/sheet2.xml': SHEET2,
    'xl/worksheets/_rels/sheet2.xml.rels': rels([['rId1', `${R}/drawing`, '../drawings/drawing1.xml']]),
    'xl/worksheets/sheet3.xml': SHEET3,
    'xl/worksheets/_rels/sheet3.xml.rels': rels([['rId1', `${R}/table`, '../tables/table1.xml']]),
    'xl/comments1.xml': COMMENTS1,
    'xl/drawings/vmlDrawing1.vml': VML1,
    'xl/threadedComments/threadedComment1.xml': THREADED1,
    'xl/persons/person.xml': PERSONS,
    'xl/drawings/drawing1.xml': DRAWING1,
    'xl/drawings/_rels/drawing1.xml.rels': rels([
      ['rId1', `${R}/chart`, '../charts/chart1.xml'],
      ['rId2', `${R}/image`, '../media/image1.png'],
    ]),
    'xl/charts/chart1.xml': CHART1,
    'xl/media/image1.png': PNG_1X1,
    'xl/tables/table1.xml': TABLE1,
    'xl/styles.xml': STYLES,
    'xl/sharedStrings.xml': sst,
    ...(macro ? { 'xl/vbaProject.bin': VBA_BYTES } : {}),
  };
  return Object.fromEntries(Object.entries(parts).map(([name, data]) => [name, typeof data === 'string' ? strToU8(data) : data]));
}

/** The package: most parts deflated, the picture and the VBA project stored, as Excel does. */
export function featureWorkbook(options: { macro?: boolean } = {}): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(featureParts(options))) zippable[name] = [data, { level: /\.(png|bin)$/.test(name) ? 0 : 6 }];
  return zipSync(zippable);
}

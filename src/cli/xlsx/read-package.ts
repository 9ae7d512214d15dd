import type { WorkbookSnapshot } from '../../engine/model/snapshot';
import { DisplayText } from './display-text';
import { evaluatePending } from './formula/evaluate-pending';
import { readRelationships, typeIs } from './relationships';
import { readSharedStrings } from './shared-strings';
import { readSheetPart, type ReadContext } from './sheet-part';
import { readCellFormats } from './styles-part';
import { readWorkbookPart } from './workbook-part';
import { placed, XlsxProblem } from './xlsx-problem';
import { readZipDirectory, type ZipDirectory } from './zip-directory';

function foreignFormat(dir: ZipDirectory): string | undefined {
  if (dir.entries.has('xl/workbook.bin')) return '这是 Excel 二进制工作簿（.xlsb），请在 Excel 中“另存为” .xlsx 后再审核';
  if (dir.entries.has('content.xml') && dir.entries.has('mimetype')) return '这是 OpenDocument 表格（.ods，WPS/LibreOffice），请“另存为” Excel 工作簿（.xlsx）后再审核';
  if (dir.entries.has('word/document.xml')) return '这是 Word 文档（.docx），不是 Excel 工作簿';
  if (dir.entries.has('ppt/presentation.xml')) return '这是 PowerPoint 演示文稿（.pptx），不是 Excel 工作簿';
  return undefined;
}

/**
 * Reads an .xlsx package into the engine's snapshot: only the workbook, its sheets, shared
 * strings and number formats are parsed, each streamed; formulas without cached values are
 * evaluated or marked. Throws XlsxProblem (Chinese, with its place) for anything it refuses.
 */
export function readPackage(pkg: Uint8Array): WorkbookSnapshot {
  const dir = readZipDirectory(pkg);
  const foreign = foreignFormat(dir);
  if (foreign) throw new XlsxProblem(foreign);
  const root = readRelationships(pkg, dir, '');
  const workbookPart = root.find((r) => typeIs(r, 'officeDocument') && r.target)?.target ?? 'xl/workbook.xml';
  if (workbookPart.toLowerCase().endsWith('.bin')) throw new XlsxProblem('这是 Excel 二进制工作簿（.xlsb），请在 Excel 中“另存为” .xlsx 后再审核');
  if (!dir.entries.has(workbookPart.toLowerCase())) throw new XlsxProblem('压缩包中没有工作簿部件，不是 Excel 工作簿（.xlsx）', { part: workbookPart });
  const workbook = readWorkbookPart(pkg, dir, workbookPart);
  const rels = readRelationships(pkg, dir, workbookPart);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const stringsPart = rels.find((r) => typeIs(r, 'sharedStrings'))?.target;
  const stylesPart = rels.find((r) => typeIs(r, 'styles'))?.target;
  const stringsEntry = stringsPart ? dir.entries.get(stringsPart.toLowerCase()) : undefined;
  const stylesEntry = stylesPart ? dir.entries.get(stylesPart.toLowerCase()) : undefined;
  const ctx: ReadContext = {
    strings: stringsEntry ? readSharedStrings(pkg, stringsEntry) : undefined,
    stringsPart: stringsPart ?? 'xl/sharedStrings.xml',
    formats: readCellFormats(pkg, stylesEntry),
    display: new DisplayText(workbook.date1904),
    cells: 0,
    merges: 0,
    scanned: 0,
    pending: [],
  };
  const sheets = workbook.sheets.map((s, index) => {
    const target = byId.get(s.relId)?.target;
    const entry = target ? dir.entries.get(target.toLowerCase()) : undefined;
    if (!entry) throw new XlsxProblem('工作表的部件缺失，文件不完整', { sheet: s.name, part: target });
    try {
      return readSheetPart(pkg, entry, s.name, s.hidden, index, ctx);
    } catch (error) {
      throw placed(error, { sheet: s.name, part: entry.name });
    }
  });
  const snapshot: WorkbookSnapshot = { sheets };
  evaluatePending(snapshot, ctx.pending, ctx.display);
  return snapshot;
}

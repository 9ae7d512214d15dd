import { countText, LIMITS } from './limits';
import { attr, parsePart } from './part-stream';
import { XlsxProblem } from './xlsx-problem';
import type { ZipDirectory } from './zip-directory';

export interface SheetEntry {
  name: string;
  relId: string;
  hidden: boolean;
}

export interface WorkbookPart {
  sheets: SheetEntry[];
  /** Mac Excel's 1904 date system (serial 0 = 1904-01-01). */
  date1904: boolean;
}

export function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true' || value === 'on';
}

export function readWorkbookPart(pkg: Uint8Array, dir: ZipDirectory, part: string): WorkbookPart {
  const entry = dir.entries.get(part.toLowerCase());
  if (!entry) throw new XlsxProblem('缺少工作簿部件，文件不是完整的 .xlsx', { part });
  const out: WorkbookPart = { sheets: [], date1904: false };
  parsePart(
    pkg,
    entry,
    {
      open(name, a) {
        if (name === 'sheet') {
          if (out.sheets.length >= LIMITS.sheets) throw new XlsxProblem(`工作表超过 ${countText(LIMITS.sheets)} 张`, { part });
          const state = attr(a, 'state') ?? 'visible';
          out.sheets.push({ name: attr(a, 'name') ?? `Sheet${out.sheets.length + 1}`, relId: attr(a, 'id') ?? '', hidden: state !== 'visible' });
        } else if (name === 'workbookPr') out.date1904 = isTrue(attr(a, 'date1904'));
      },
    },
    () => ({}),
  );
  return out;
}

import type { OpcPackage } from './opc-package';
import { addDefault, addOverride, addRelationship, freePartName, relatedParts, relType } from './relationships';
import { escapeXml, unescapeXml } from './xml-text';
import type { WorkbookPart } from './workbook-part';

/** The namespace of the custom XML part where a copy remembers what the tool changed in it. */
export const COPY_STATE_NAMESPACE = 'urn:juesuan:copy:v1';

/** A cell the tool filled: its cell format before (null: none) and the one the tool gave it. */
export interface MarkedFill {
  sheet: string;
  cell: string;
  original: number | null;
  marked: number;
}

/**
 * What the tool changed in a copy, kept inside the copy (like the add-in's saved state): the
 * sheets it added (never audited, replaced on the next run) and the fills it set (restored
 * before new marks go on, so a corrected cell loses its stale mark).
 */
export interface CopyState {
  version: 1;
  sheets: string[];
  fills: MarkedFill[];
}

export function emptyCopyState(): CopyState {
  return { version: 1, sheets: [], fills: [] };
}

const ITEM_PROPS_TYPE = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';
/** One fixed id: a workbook holds at most one such part. */
const ITEM_ID = '{5B0E1F6A-3C2D-4E7F-9A8B-1D2C3E4F5A6B}';

function statePart(pkg: OpcPackage, workbook: WorkbookPart): string | undefined {
  for (const { part } of relatedParts(pkg, workbook.part, 'customXml')) {
    if (pkg.text(part)?.includes(COPY_STATE_NAMESPACE)) return part;
  }
  return undefined;
}

export function readCopyState(pkg: OpcPackage, workbook: WorkbookPart): CopyState {
  const part = statePart(pkg, workbook);
  const match = part ? /<state>([\s\S]*)<\/state>/.exec(pkg.text(part) ?? '') : null;
  if (!match) return emptyCopyState();
  try {
    const parsed = JSON.parse(unescapeXml(match[1])) as Partial<CopyState>;
    return {
      version: 1,
      sheets: Array.isArray(parsed.sheets) ? parsed.sheets.filter((s): s is string => typeof s === 'string') : [],
      fills: Array.isArray(parsed.fills) ? parsed.fills.filter((f) => f && typeof f.sheet === 'string' && typeof f.cell === 'string') : [],
    };
  } catch {
    return emptyCopyState();
  }
}

/** Writes the state part (added with its properties part the first time). */
export function writeCopyState(pkg: OpcPackage, workbook: WorkbookPart, state: CopyState): void {
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<juesuan xmlns="${COPY_STATE_NAMESPACE}"><state>${escapeXml(JSON.stringify(state))}</state></juesuan>`;
  const existing = statePart(pkg, workbook);
  if (existing) {
    if (pkg.text(existing) !== xml) pkg.setText(existing, xml);
    return;
  }
  const part = freePartName(pkg, 'customXml/item', '.xml');
  const props = part.replace('item', 'itemProps');
  pkg.setText(part, xml);
  pkg.setText(props, `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${ITEM_ID}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${COPY_STATE_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`);
  addRelationship(pkg, part, relType(workbook.strict, 'customXmlProps'), props);
  addRelationship(pkg, workbook.part, relType(workbook.strict, 'customXml'), part);
  addDefault(pkg, 'xml', 'application/xml');
  addOverride(pkg, props, ITEM_PROPS_TYPE);
}

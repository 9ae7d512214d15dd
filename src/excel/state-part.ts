import { STATE_NAMESPACE, stateToXml, type StoredState } from './stored-state';

/** Queues loading the add-in's custom XML part; read `.items[0]?.getXml()` after the sync. */
export function loadStateParts(context: Excel.RequestContext): Excel.CustomXmlPartScopedCollection {
  const parts = context.workbook.customXmlParts.getByNamespace(STATE_NAMESPACE);
  parts.load('items/id');
  return parts;
}

/** Queues replacing the part (ExcelApi 1.5): one part per workbook, rewritten whole. */
export function queueWriteState(context: Excel.RequestContext, parts: Excel.CustomXmlPartScopedCollection, state: StoredState): void {
  for (const part of parts.items) part.delete();
  context.workbook.customXmlParts.add(stateToXml(state));
}

import { STATE_NAMESPACE, stateFromXml, stateToXml, type StoredState } from './stored-state';

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

/**
 * Queues reading the saved state in the batch being built (no sync of its own): the state is
 * known after the next sync. `parts` is what queueWriteState needs to replace it.
 */
export function queueReadState(context: Excel.RequestContext): { parts: Excel.CustomXmlPartScopedCollection; state: () => StoredState } {
  const parts = loadStateParts(context);
  const result = parts.getOnlyItemOrNullObject().getXml();
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- read only when the caller calls state(), after its sync
  return { parts, state: () => stateFromXml(result.value ?? undefined) };
}

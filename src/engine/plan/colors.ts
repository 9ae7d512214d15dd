import type { Severity } from '../finding';

/** Fill colours of flagged cells (Excel's own “bad / neutral / note” palette, readable in print). */
export const SEVERITY_FILL: Record<Severity, string> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};

/** A finding the accountant explained (出错说明) is shown in green, not in its severity colour. */
export const EXPLAINED_FILL = '#E2EFDA';

/** Every note the add-in writes starts with this, so cleanup removes only its own notes. */
export const NOTE_PREFIX = '【决算助手】';

/** Separates our text from the note the cell already had, which the CLI keeps below it. */
export const ORIGINAL_NOTE_MARK = '—— 原有批注 ——';

/** A note holding only our text (no user text kept below it): safe to delete wherever it is. */
export function isOnlyOurNote(content: string): boolean {
  return content.startsWith(NOTE_PREFIX) && !content.includes(ORIGINAL_NOTE_MARK);
}

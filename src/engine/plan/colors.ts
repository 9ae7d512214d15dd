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

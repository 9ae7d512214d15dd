import { numfmt } from './numfmt-lib';

/** Days from 1899-12-30 (serial 0 of the 1900 system) to 1904-01-01 (serial 0 of the 1904 system). */
const DAYS_1904 = 1462;
/** Per format, a bounded memo: 决算 tables repeat figures (0, totals copied between tables). */
const MEMO_PER_FORMAT = 5_000;

/**
 * The text Excel shows for a number under its format code, computed by numfmt (an Excel
 * number-format implementation). Dates of a 1904 workbook are shifted to the 1900 serials numfmt
 * expects; the cell keeps its raw value.
 */
export class DisplayText {
  private readonly memo = new Map<string, Map<number, string>>();
  private readonly dates = new Map<string, boolean>();

  constructor(readonly date1904: boolean) {}

  number(value: number, code: string | undefined): string {
    // General shows an integer of up to 10 digits as itself; everything else goes to numfmt.
    if (code === undefined && Number.isInteger(value) && Math.abs(value) < 1e10) return String(value);
    const pattern = code ?? 'General';
    let memo = this.memo.get(pattern);
    if (!memo) this.memo.set(pattern, (memo = new Map()));
    let text = memo.get(value);
    if (text === undefined) {
      text = this.format(pattern, value);
      if (memo.size < MEMO_PER_FORMAT) memo.set(value, text);
    }
    return text;
  }

  private isDate(pattern: string): boolean {
    let date = this.dates.get(pattern);
    if (date === undefined) {
      try {
        date = numfmt.isDateFormat(pattern);
      } catch {
        date = false;
      }
      this.dates.set(pattern, date);
    }
    return date;
  }

  private format(pattern: string, value: number): string {
    const shifted = this.date1904 && this.isDate(pattern) ? value + DAYS_1904 : value;
    try {
      const text = numfmt.format(pattern, shifted);
      return typeof text === 'string' ? text : String(text);
    } catch {
      // A format numfmt cannot parse (Excel would have repaired it): show as General.
      return String(numfmt.format('General', value));
    }
  }
}

/** Serial day number of an ISO date or date-time (cells of type “d”), in the workbook's date system. */
export function isoToSerial(iso: string, date1904: boolean): number | undefined {
  const ms = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(iso) || !iso.includes('T') ? iso : `${iso}Z`);
  if (Number.isNaN(ms)) return undefined;
  const serial = (ms - Date.UTC(1899, 11, 30)) / 86_400_000;
  return date1904 ? serial - DAYS_1904 : serial;
}

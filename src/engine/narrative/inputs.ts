import type { CellLocation } from '../finding';
import { toA1 } from '../model/address';
import type { WorkbookSnapshot } from '../model/snapshot';
import { cellDecimal, Decimal } from '../money/decimal';
import type { Piece } from './text-expr';
import type { Num } from './text-expr';

/**
 * Figures and words the 公开 tables do not hold (prior-year totals, 年初预算 by 项, 中小企业
 * amounts, 三公 details, reasons), by their label: “上年收入总计”, “收支变动原因”. Amounts are in
 * the document's amount unit. A JSON file on the command line, the 情况说明数据 sheet in Excel,
 * or figures taken from the prior year's workbook all come down to this.
 */
export type NarrativeInputs = Record<string, string | number>;

export const INPUT_SHEET = '情况说明数据';

/** Row 1 of the input sheet. */
export const INPUT_HEADER = ['项目', '数值或文字', '说明'];

interface Entry {
  label: string;
  cell: CellLocation;
  value: string | number | undefined;
  hint: string;
}

/**
 * The input cells the narrative reads. With an existing 情况说明数据 sheet its labelled cells are
 * used (column A label, column B value); otherwise a new sheet is planned and each input the
 * narrative asks for gets a row, filled from the given inputs or left blank for the user.
 */
export class InputBook {
  private readonly entries = new Map<string, Entry>();
  private nextRow = 2;

  constructor(
    readonly sheet: string,
    /** True when the sheet already exists in the workbook (its cells are read, never rewritten). */
    readonly exists: boolean,
    private readonly given: NarrativeInputs,
  ) {}

  /** Reads an existing 情况说明数据 sheet: label in column A, value in column B. */
  static fromSheet(workbook: WorkbookSnapshot, sheetName: string, extra: NarrativeInputs = {}): InputBook {
    const book = new InputBook(sheetName, true, extra);
    const sheet = workbook.sheets.find((s) => s.name === sheetName);
    sheet?.cells.forEach((row, r) => {
      const label = row?.[0]?.value;
      if (r === 0 || typeof label !== 'string' || label.trim() === '') return;
      const raw = row?.[1]?.value;
      const value = raw === null || raw === undefined || raw === '' || typeof raw === 'boolean' ? undefined : raw;
      book.entries.set(label.trim(), { label: label.trim(), cell: { sheet: sheetName, cell: toA1({ row: r, col: 1 }) }, value, hint: '' });
    });
    return book;
  }

  private entry(label: string, hint: string): Entry | undefined {
    let e = this.entries.get(label);
    if (!e && !this.exists) {
      const given = this.given[label];
      e = { label, cell: { sheet: this.sheet, cell: toA1({ row: this.nextRow - 1, col: 1 }) }, value: given === '' ? undefined : given, hint };
      this.nextRow++;
      this.entries.set(label, e);
    }
    return e;
  }

  /** An amount input: the number when given, and the piece that guards its use. */
  amount(label: string, hint = ''): { present: boolean; n: Num; at?: CellLocation } {
    const e = this.entry(label, hint);
    const value = e?.value;
    const parsed = typeof value === 'number' ? cellDecimal(value) : typeof value === 'string' && /^-?[\d,]+(\.\d+)?$/.test(value.trim()) ? new Decimal(value.replace(/,/g, '').trim()) : undefined;
    if (!e || parsed === undefined) return { present: false, n: { k: 'const', value: new Decimal(0) }, at: e?.cell };
    return { present: true, n: { k: 'cell', at: e.cell, value: parsed }, at: e.cell };
  }

  /** Pieces needing the amount input: the placeholder 【请填写：label】 while it is blank. */
  need(label: string, then: (n: Num) => Piece[], hint = ''): Piece {
    const a = this.amount(label, hint);
    if (!a.at) return { k: 'lit', text: `【请填写：${label}】` };
    return { k: 'need', at: a.at, present: a.present, label, then: then(a.n) };
  }

  /** A text input (a reason): the user's words, or the placeholder. */
  text(label: string, hint = ''): Piece {
    const e = this.entry(label, hint);
    if (!e) return { k: 'lit', text: `【请填写：${label}】` };
    return { k: 'text', at: e.cell, value: e.value === undefined ? undefined : String(e.value), label };
  }

  /** True when the input holds a value (some sentences are left out without one). */
  has(label: string): boolean {
    const e = this.entries.get(label);
    const v = e ? e.value : this.given[label];
    return v !== undefined && v !== '';
  }

  /** The raw value of an input, without asking for it in a new sheet (options such as the 五（三） level). */
  raw(label: string): string | number | undefined {
    const v = this.entries.get(label)?.value ?? this.given[label];
    return v === '' ? undefined : v;
  }

  /** The rows of a new input sheet, in the order the narrative asked for them. */
  rows(): Entry[] {
    return [...this.entries.values()];
  }
}

/** Where in the package a reading problem is: the part, and the sheet and cell when known. */
export interface ProblemPlace {
  part?: string;
  sheet?: string;
  cell?: string;
}

/**
 * A file the reader refuses or cannot read, with the reason in Chinese and its place.
 * read-xlsx turns it into the user's message; it never carries an English internal text.
 */
export class XlsxProblem extends Error {
  constructor(
    readonly why: string,
    readonly place: ProblemPlace = {},
  ) {
    super(why);
    this.name = 'XlsxProblem';
  }

  /** “工作表“公开01表”单元格 C7（部件 xl/worksheets/sheet1.xml）：…” */
  describe(): string {
    const { part, sheet, cell } = this.place;
    const where = [sheet !== undefined ? `工作表“${sheet}”` : '', cell ? `单元格 ${cell}` : ''].join('');
    const partText = part ? `${where ? '（' : ''}部件 ${part}${where ? '）' : ''}` : '';
    const head = `${where}${partText}`;
    return head ? `${head}：${this.why}` : this.why;
  }
}

/** Adds place details the thrower did not know (the caller knows the part and sheet). */
export function placed(error: unknown, place: ProblemPlace): unknown {
  if (error instanceof XlsxProblem) {
    return new XlsxProblem(error.why, { ...place, ...Object.fromEntries(Object.entries(error.place).filter(([, v]) => v !== undefined)) });
  }
  return error;
}

import type { CellPos } from '../model/address';
import type { RangeRect } from '../model/snapshot';
import type { AmountUnit } from '../money/unit';
import type { ValueCell } from '../values/value-cell';
import type { TableId } from './table-id';

/** Printed text found around a table (title, 公开NN表 label, unit line, 注/说明 lines). */
export interface PrintedText {
  text: string;
  pos: CellPos;
}

/**
 * One row of a typed table, addressed by 行次 (`line`), by classification code (`code`) or by
 * a fixed key such as '合计' or '人员经费合计'. Values by 栏次 number.
 */
export interface TableRow {
  key: string;
  label: string;
  line?: number;
  code?: string;
  /** Zero-based sheet row. */
  row: number;
  labelPos?: CellPos;
  /** Code tables: the code cell as printed (also when it is not a valid code) and the name cell. */
  printedCode?: PrintedText;
  namePos?: CellPos;
  values: Map<number, ValueCell>;
}

export interface TableMeta {
  title?: PrintedText;
  label?: PrintedText;
  unitLine?: PrintedText;
  year?: PrintedText;
  unitName?: PrintedText;
  notes: PrintedText[];
  /** 行次/栏次 printed as “1.00” (000): read as integers, reported as an info format finding. */
  decimalNumbers?: PrintedText[];
  /** Standard 行次 the table does not print (rows deleted by the user). */
  missingLines?: number[];
  /** Merged areas that cover amount cells: only their top-left cell keeps a value. */
  mergedAmounts?: RangeRect[];
  /** What the reader calls each amount column, by 栏次 number: “第2栏”, or “财政拨款”栏 without a 栏次 line. */
  columnNames?: Map<number, string>;
}

/** A recognized 公开 table as rules see it: names and numbers, never raw coordinates. */
export class Table {
  private readonly byKey = new Map<string, TableRow>();
  /** The rows keyed L1, L2…, by number: line(n) is asked a thousand times an audit, a key string each time. */
  private readonly byLine = new Map<number, TableRow>();
  private readonly codeRowList: TableRow[];
  private valueList?: ValueCell[];
  private readonly derived = new Map<(table: Table) => unknown, unknown>();

  constructor(
    readonly id: TableId,
    readonly sheet: string,
    readonly range: RangeRect,
    readonly unit: AmountUnit | undefined,
    readonly meta: TableMeta,
    readonly rows: TableRow[],
    readonly confidence: number,
    /** Layout variant, e.g. '2022' for 山西 2022 T06 with 金额 + 其中：基本支出 columns. */
    readonly variant?: string,
    /** 栏次 numbers this table has columns for. */
    readonly columns: number[] = [],
  ) {
    for (const row of rows) {
      if (!this.byKey.has(row.key)) this.byKey.set(row.key, row);
      if (row.line !== undefined && row.key === lineKey(row.line) && !this.byLine.has(row.line)) this.byLine.set(row.line, row);
    }
    this.codeRowList = rows.filter((r) => r.code !== undefined);
  }

  row(key: string): TableRow | undefined {
    return this.byKey.get(key);
  }

  line(n: number): TableRow | undefined {
    return this.byLine.get(n);
  }

  code(code: string): TableRow | undefined {
    return this.byKey.get(code);
  }

  total(): TableRow | undefined {
    return this.byKey.get('合计');
  }

  /** Rows keyed by a classification code, in sheet order. */
  codeRows(): TableRow[] {
    return this.codeRowList;
  }

  value(key: string, col: number): ValueCell | undefined {
    return this.byKey.get(key)?.values.get(col);
  }

  /** True when no amount cell holds a non-zero number. */
  isEmpty(): boolean {
    return this.allValues().every((v) => v.kind !== 'number' || v.value.isZero());
  }

  /**
   * `compute(this)`, computed on first use and then kept (the rules' index of 科目 families): a
   * table never changes once read. Kept on the table, which dies with its audit, rather than in a
   * module-level WeakMap (see TableSet.deriveFor).
   */
  derive<T>(compute: (table: Table) => T): T {
    if (!this.derived.has(compute)) this.derived.set(compute, compute(this));
    return this.derived.get(compute) as T;
  }

  /** Every amount cell, for rules that check all of them (signs, kinds) and for mutation tests; listed once. */
  allValues(): readonly ValueCell[] {
    if (!this.valueList) {
      this.valueList = [];
      for (const row of this.rows) for (const cell of row.values.values()) this.valueList.push(cell);
    }
    return this.valueList;
  }
}

export function lineKey(n: number): string {
  return `L${n}`;
}

import type { TableId } from '../../../scripts/fixtures/read-seed-data';

/**
 * The logical content of one seed table, independent of any layout: every printed string keeps
 * the id of the seed cell it came from (`T02!r5c1`), so a finding on any rendering can be mapped
 * back to the cells of the original.
 */
export interface LCell {
  s: string;
  /** Logical ids this rendered cell stands for (two when code and name share one cell). */
  ids: string[];
}

export type ColumnKind = 'code' | 'name' | 'label' | 'lineNo' | 'value';

/** One printed column of a generic table: its caption path (top → bottom) and its body cells. */
export interface LColumn {
  kind: ColumnKind;
  /** Captions from the widest group to the column's own header (undefined: blank caption). */
  path: (LCell | undefined)[];
  /** The 栏次 line's cell (“栏次”, “1”, “1.00”, or empty). */
  number: LCell;
  cells: LCell[];
  /** Half of a side-by-side layout the column belongs to (T01/T04 收入 | 支出). */
  side?: number;
  /** An extra blank column a rendering inserted. */
  blank?: boolean;
  /** Hidden in the sheet (<col hidden="1">): a helper column, or a real one the user hid. */
  hidden?: boolean;
  /** Formulas of the body cells (a helper column of formulas), their results in `cells`. */
  formulas?: (string | undefined)[];
}

export interface LMeta {
  title: LCell;
  label: LCell;
  unitName: LCell;
  year: LCell;
  unit: LCell;
  notes: LCell[];
}

/** One entry of a 基本支出明细 block: 经济分类 code, name and 1–2 amounts. */
export interface T06Entry {
  code: LCell;
  name: LCell;
  amounts: LCell[];
}

/** 人员经费合计 / 公用经费合计: the label's printed column and the block whose amounts it carries. */
export interface T06Footer {
  label: LCell;
  amounts: LCell[];
  col: number;
  block: number;
}

export interface T06Model {
  /** Captions of each printed block: code, name, amounts (决算数, or 金额 + 其中：基本支出). */
  blockCaptions: LCell[][];
  /** 人员经费 / 公用经费 captions over the blocks; absent when the template prints none (河南). */
  groupCaptions?: { personnel: LCell; public: LCell };
  blocks: T06Entry[][];
  /** Body row (0-based under the header) of each entry, for the original rendering. */
  blockRows: number[][];
  bodyRows: number;
  footers: { personnel: T06Footer; public: T06Footer };
}

export interface LTable {
  id: TableId;
  order: number;
  meta: LMeta;
  /** Generic tables (all but T06). */
  columns: LColumn[];
  hasNumberRow: boolean;
  /** T10: section rows and repeated header rows stay printed as they are. */
  sectionRows?: Set<number>;
  t06?: T06Model;
  /** Amount format of the workbook the seed came in. */
  amountFormat: string;
  amountsAsText: boolean;
}

export interface SeedLogical {
  seed: string;
  tables: LTable[];
}

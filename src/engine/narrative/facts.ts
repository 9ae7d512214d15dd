import { toA1 } from '../model/address';
import type { AmountUnit } from '../money/unit';
import type { Table, TableRow } from '../tables/table';
import type { TableSet } from '../tables/table-set';
import type { SelfEval } from '../tables/self-eval';
import type { ValueCell } from '../values/value-cell';
import { num, type Num } from './text-expr';

/**
 * A table cell as a narrative number: live (a reference) when it holds a number or is blank, a
 * constant 0 when it holds “——” or words. Stored-as-text amounts are read through VALUE().
 */
export function cellNum(cell: ValueCell | undefined): Num {
  if (!cell || !(cell.kind === 'number' || cell.kind === 'blank')) return num(0);
  return { k: 'cell', at: { sheet: cell.sheet, cell: toA1(cell.pos) }, value: cell.value, asText: cell.storedAsText || undefined, blank: cell.kind === 'blank' || undefined };
}

export function isNonZero(cell: ValueCell | undefined): boolean {
  return cell !== undefined && cell.kind === 'number' && !cell.value.isZero();
}

/** The figures the 情况说明 draws on, by name; every getter tolerates a missing table. */
export class Facts {
  readonly t01?: Table;
  readonly t03?: Table;
  readonly t04?: Table;
  readonly t05?: Table;
  readonly t06Table?: Table;
  readonly t3gTable?: Table;
  readonly t10?: Table;
  readonly tgf?: Table;
  readonly tsoc?: Table;

  constructor(readonly tables: TableSet) {
    this.t01 = tables.get('T01');
    this.t03 = tables.get('T03');
    this.t04 = tables.get('T04');
    this.t05 = tables.get('T05');
    this.t06Table = tables.get('T06');
    this.t3gTable = tables.get('T3G');
    this.t10 = tables.get('T10');
    this.tgf = tables.get('TGF');
    this.tsoc = tables.get('TSOC');
  }

  /** The document's amount unit: the unit most tables print (T01's when tied). */
  get unit(): AmountUnit {
    const counts = new Map<AmountUnit, number>();
    for (const t of this.tables.tables) if (t.unit) counts.set(t.unit, (counts.get(t.unit) ?? 0) + 1);
    let best: AmountUnit = this.t01?.unit ?? '万元';
    for (const [u, n] of counts) if (n > (counts.get(best) ?? 0)) best = u;
    return best;
  }

  /** The report year printed in the table headers (“2023年度”). */
  get year(): string | undefined {
    for (const t of this.tables.tables) if (t.meta.year?.text) return t.meta.year.text;
    return undefined;
  }

  /** The unit name printed in the table headers (“部门名称：…”). */
  get unitName(): string | undefined {
    for (const t of this.tables.tables) {
      const text = t.meta.unitName?.text.replace(/^.*?[:：]\s*/, '').trim();
      if (text) return text;
    }
    return undefined;
  }

  t01Line(line: number, col: number): ValueCell | undefined {
    return this.t01?.line(line)?.values.get(col);
  }

  t04Line(line: number, col: number): ValueCell | undefined {
    return this.t04?.line(line)?.values.get(col);
  }

  t10Line(line: number): ValueCell | undefined {
    return this.t10?.line(line)?.values.get(1);
  }

  t3g(col: number): ValueCell | undefined {
    return this.t3gTable?.value('data', col);
  }

  /** A T10 row found by its words, for the rows some templates add (授予中小企业合同金额, 公务用车保有量). */
  t10Labelled(words: RegExp, unless?: RegExp): ValueCell | undefined {
    const row = this.t10?.rows.find((r) => words.test(r.label) && !(unless && unless.test(r.label)));
    return row?.values.get(1);
  }

  /**
   * A count some 三公 tables print after the 12 amounts (栏次13…: 公务用车购置数, 公务用车保有量),
   * found by the header words above it in the same column.
   */
  t3gCount(words: RegExp): ValueCell | undefined {
    const t = this.t3gTable;
    const row = t?.row('data');
    if (!t || !row) return undefined;
    const sheet = this.tables.workbook.sheets.find((s) => s.name === t.sheet);
    for (const [n, cell] of row.values) {
      if (n <= 12) continue;
      for (let r = t.range.top; r < cell.pos.row; r++) {
        const text = sheet?.cells[r]?.[cell.pos.col]?.text;
        if (text && words.test(text.replace(/\s+/g, ''))) return cell;
      }
    }
    return undefined;
  }

  /** T05 rows of one level (3 digits 类, 5 款, 7 项), in table order. */
  t05Rows(digits: 3 | 5 | 7): TableRow[] {
    return (this.t05?.codeRows() ?? []).filter((r) => r.code!.length === digits);
  }

  /** The T06 column of 基本支出: 栏次2 (其中：基本支出) in the 山西 2022 variant, else 栏次1. */
  get t06Col(): number {
    return this.t06Table?.variant === '2022' ? 2 : 1;
  }

  t06(key: string): ValueCell | undefined {
    return this.t06Table?.value(key, this.t06Col);
  }

  /** 款 rows (5 digits) of the given 经济分类 classes that hold a non-zero amount. */
  t06Items(classes: readonly string[]): TableRow[] {
    return (this.t06Table?.codeRows() ?? []).filter((r) => r.code!.length === 5 && classes.includes(r.code!.slice(0, 3)) && isNonZero(r.values.get(this.t06Col)));
  }

  /** The 自评表 of projects (山西 one per sheet; 河南 one row of the 汇总表 each). */
  get projects(): SelfEval[] {
    return this.tables.selfEvals;
  }
}

/** 人员经费: 工资福利支出 and 对个人和家庭的补助; 公用经费: the rest of 基本支出 (§5.2 六). */
export const PERSONNEL_CLASSES = ['301', '303'];
export const PUBLIC_CLASSES = ['302', '307', '310', '312', '313', '399'];

/** Short class names as the narratives print them (“社会保障和就业支出”). */
export function className(row: TableRow): string {
  return row.label.replace(/\s+/g, '');
}

import type { Table } from '../../tables/table';
import type { TableId } from '../../tables/table-id';
import type { TableSet } from '../../tables/table-set';
import { isHidden } from './support-text';

type NumberedId = Exclude<TableId, 'PE'>;

export interface Numbering {
  name: string;
  order: Record<NumberedId, number>;
}

const COMMON = { T01: 1, T02: 2, T03: 3, T04: 4, T05: 5, T06: 6, T10: 10 } as const;

/**
 * domain-rules.md §2.2: central 2023 / 河南 2023 / 山西 2023 number 07 TGF, 08 TSOC, 09 T3G;
 * 山西 2022 (and 上海, 湖北, 广东, 辽宁) put the 三公 table first: 07 T3G, 08 TGF, 09 TSOC.
 * 01–06 and 10 are the same in both.
 */
export const NUMBERINGS: readonly Numbering[] = [
  { name: '2023年格式（公开07表为政府性基金、08表为国有资本经营、09表为“三公”经费）', order: { ...COMMON, TGF: 7, TSOC: 8, T3G: 9 } },
  { name: '山西2022年格式（公开07表为“三公”经费、08表为政府性基金、09表为国有资本经营）', order: { ...COMMON, T3G: 7, TGF: 8, TSOC: 9 } },
];

/** The printed “公开NN表” number of a table, when its label has that form. */
export function labelNumber(table: Table): number | undefined {
  const match = /^公开(\d{1,2})表$/.exec(table.meta.label?.text.replace(/\s+/g, '') ?? '');
  return match ? Number(match[1]) : undefined;
}

export interface LabelledTable {
  table: Table;
  number: number;
}

/** Labelled tables of the visible sheets (a hidden stale copy does not make a label duplicate). */
export function labelledTables(tables: TableSet): LabelledTable[] {
  return tables.tables.filter((t) => !isHidden(tables, t.sheet)).flatMap((table) => {
    const number = labelNumber(table);
    return number === undefined ? [] : [{ table, number }];
  });
}

/**
 * The numbering the labels themselves follow: the one that more labels fit. Undefined when
 * the labels fit both equally (e.g. only 01–06 are labelled), so a label is then wrong only
 * if it is wrong in every numbering.
 */
export function detectNumbering(labelled: readonly LabelledTable[]): Numbering | undefined {
  const scores = NUMBERINGS.map((n) => labelled.filter((l) => n.order[l.table.id as NumberedId] === l.number).length);
  const best = Math.max(...scores);
  const winners = NUMBERINGS.filter((_, i) => scores[i] === best);
  return winners.length === 1 ? winners[0] : undefined;
}

/** 山西 prints a 公开10表 (相关信息统计表); 河南 and the central format do not (§2.2). */
export function expectsT10(tables: TableSet): boolean {
  if (tables.get('T10')) return true;
  if (tables.tables.some((t) => t.variant === '2022')) return true; // 山西 2022 T06 (金额 + 其中：基本支出)
  if (tables.tables.some((t) => labelNumber(t) === 10)) return true;
  // 山西's note line: “本套报表金额单位转换时可能存在尾数误差” (河南: “本表金额转换为万元时…”).
  return tables.tables.some((t) => t.meta.notes.some((n) => n.text.includes('本套报表')));
}

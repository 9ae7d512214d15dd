import { toA1 } from '../../model/address';
import type { PrintedText, Table } from '../../tables/table';
import type { TableId } from '../../tables/table-id';
import type { FindingCell, RuleContext } from '../rule';
import { defineRule } from '../rule';
import { show } from '../support/amounts';
import { cellName } from '../support/cell-ref';
import { excerpt, findSection } from './support-narrative';

type EmptyMessage = 'emptyWithoutNote' | 'dataWithNote' | 'narrativeSilent' | 'narrativeClaimsEmpty';

/** 空表说明 as printed: “说明：本表无数据”（山西）/“我单位没有…，故本表无数据”（河南/上海）. */
const EMPTY_NOTE = /本表(无数据|为空表)/;
/** A 情况说明 that says the table is empty (lenient: any of the usual wordings). */
const SAYS_EMPTY = /无此项|没有|未(发生|安排|使用)|不涉及|无(政府性基金|国有资本经营)|本表无数据/;
/** A 情况说明 that clearly claims the unit had no such money (strict: used against a table with data). */
const CLAIMS_EMPTY = /无此项(收入|支出|收支)|没有.{0,12}(政府性基金|国有资本经营)|无(政府性基金|国有资本经营).{0,12}(收入|支出|收支)|本表无数据/;

interface Checked {
  id: Extract<TableId, 'TGF' | 'TSOC' | 'T3G' | 'T10'>;
  name: string;
  /** 情况说明 section heading (七、政府性基金… / 八、国有资本经营…); the other tables' narrative is not read here. */
  section?: RegExp;
}

const TABLES: Checked[] = [
  { id: 'TGF', name: '政府性基金预算财政拨款收入支出决算表', section: /(?:[一二三四五六七八九十]+、)?政府性基金预算财政拨款.{0,6}决算情况说明/ },
  { id: 'TSOC', name: '国有资本经营预算财政拨款支出决算表', section: /(?:[一二三四五六七八九十]+、)?国有资本经营预算财政拨款.{0,6}决算情况说明/ },
  { id: 'T3G', name: '财政拨款“三公”经费支出决算表' },
  { id: 'T10', name: '部门决算公开相关信息统计表' },
];

/** The note (or the title) the finding points at; the first amount cell when neither is printed. */
function where(table: Table, text: PrintedText | undefined): FindingCell {
  const pos = text?.pos ?? table.allValues()[0]?.pos ?? { row: table.range.top, col: table.range.left };
  return { sheet: table.sheet, cell: toA1(pos) };
}

function checkTable(ctx: RuleContext<EmptyMessage>, spec: Checked, table: Table): void {
  const name = table.meta.title?.text ?? spec.name;
  const note = table.meta.notes.find((n) => EMPTY_NOTE.test(n.text));
  const filled = table.allValues().filter((v) => v.kind === 'number' && !v.value.isZero());
  const first = filled[0];
  if (filled.length === 0 && !note) {
    ctx.report({ messageId: 'emptyWithoutNote', cells: [where(table, table.meta.title)], data: { table: name } });
  }
  if (first && note) {
    ctx.report({
      messageId: 'dataWithNote',
      cells: [where(table, note), ...filled],
      data: { table: name, cell: cellName(first, table.sheet), value: show(first.value, first.decimals), count: filled.length, note: note.text },
    });
  }
  if (!spec.section) return;
  // The narrative is the 情况说明 feature's; when the workbook carries none there is nothing to compare.
  const section = findSection(ctx.tables, spec.section);
  if (!section) return;
  if (!first && !SAYS_EMPTY.test(section.body)) {
    ctx.report({ messageId: 'narrativeSilent', severity: 'warning', cells: [section.at, where(table, table.meta.title)], data: { table: name, heading: section.heading, text: excerpt(section.body) } });
  }
  const claim = CLAIMS_EMPTY.exec(section.body);
  if (first && claim) {
    ctx.report({
      messageId: 'narrativeClaimsEmpty',
      cells: [section.at, first],
      data: { table: name, cell: cellName(first, section.at.sheet), value: show(first.value, first.decimals), heading: section.heading, claim: claim[0] },
    });
  }
}

/**
 * 空表说明（上海 部门决算模板：“无政府性基金…仍保留该表格式，并在本表下方作下述说明”；山西/河南 样本“说明：本表无数据”）.
 */
export const emptyTableNote = defineRule<EmptyMessage>({
  code: 'EMPTY-1',
  title: '空表须有空表说明，有数据的表不得称无数据',
  severity: 'error',
  group: 'table',
  description:
    '政府性基金、国有资本经营、“三公”经费、相关信息统计表：全表为0或空白时表下须有“本表无数据”的空表说明，有数据时不得有此说明。工作簿含情况说明时，另核对“七、政府性基金…”“八、国有资本经营…”两节与表一致：空表应说明“本年度无此项支出”等（未说明为警告），有数据不得称无此项收支；工作簿不含情况说明时这一部分不核对（也不报未核对，由情况说明功能负责）。“三公”经费、相关信息统计表对应的情况说明不在本条范围',
  messages: {
    emptyWithoutNote: '{table}全表无数据，但表下没有空表说明（应注明“说明：本表无数据”或“我单位没有…，故本表无数据”）',
    dataWithNote: '{table}有数据（{cell} = {value}，共 {count} 个非零数），但表下说明“{note}”称本表无数据',
    narrativeSilent: '{table}全表无数据，情况说明“{heading}”未说明无此项收支（如“本年度无此项支出。”），现为“{text}”',
    narrativeClaimsEmpty: '{table}有数据（{cell} = {value}），但情况说明“{heading}”称“{claim}”',
  },
  check(ctx) {
    for (const spec of TABLES) {
      const table = ctx.tables.get(spec.id);
      if (!table) ctx.unchecked(`未找到${spec.name}`);
      else checkTable(ctx, spec, table);
    }
  },
});

import type { Table } from '../../tables/table';
import { TABLE_NAMES, type TableId } from '../../tables/table-id';
import { defineRule } from '../rule';
import { expectsT10 } from './support-numbering';
import { at } from './support-text';
import { tocEntries } from './support-toc';

type NumberedId = Exclude<TableId, 'PE'>;

/** domain-rules.md §2.2: the nine tables of the 2023 central format; 山西 adds 公开10表 (T10). */
const REQUIRED: NumberedId[] = ['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'TGF', 'TSOC', 'T3G'];

function titleCell(table: Table) {
  return at(table.sheet, table.meta.title?.pos ?? { row: table.range.top, col: table.range.left });
}

/**
 * §4.11 S-1 (GovBudgetChecker V33-002/V33-004): every table of the format is present — an
 * empty 政府性基金/国有资本经营 table keeps its layout with “本表无数据” — and the 目录 lists
 * the tables in the order the body prints them.
 */
export const s1RequiredTables = defineRule({
  code: 'S-1',
  title: '公开表齐全',
  severity: 'error',
  group: 'structure',
  description: '所用格式要求的公开表（公开01–09表，山西另有公开10表）都在工作簿中；目录所列的表都在正文中，顺序一致',
  messages: {
    missing: '缺少{table}：{why}',
    order: '目录的第 {position} 张表是{tocTable}（{tocCell}），但正文中此处是{bodyTable}（{bodySheet}），表的顺序与目录不一致',
  },
  check(ctx) {
    const { tables } = ctx;
    if (tables.tables.length === 0) {
      ctx.unchecked('工作簿中没有公开表（可能只含自评表），未核对公开表是否齐全');
      return;
    }
    const toc = tocEntries(tables);
    const tocIds = [...new Set(toc.map((e) => e.id))];
    const required = new Set<NumberedId>(REQUIRED);
    if (expectsT10(tables) || tocIds.includes('T10')) required.add('T10');
    for (const id of tocIds) required.add(id);

    const anchor = titleCell(tables.get('T01') ?? tables.tables[0]);
    for (const id of required) {
      if (tables.get(id)) continue;
      const entry = toc.find((e) => e.id === id);
      const why = entry ? `目录（${entry.sheet} ${at(entry.sheet, entry.pos).cell}）列有“${entry.text}”，但正文中没有这张表` : id === 'T10' ? '山西格式的公开表包含公开10表（部门决算公开相关信息统计表）' : '部门决算公开必须包含这张表（无数据时保留表样并注明“本表无数据”）';
      ctx.report({ messageId: 'missing', cells: [entry ? at(entry.sheet, entry.pos) : anchor], data: { table: TABLE_NAMES[id], why } });
    }

    // The body order: workbook sheet order, then top to bottom within a sheet.
    const sheetIndex = new Map(tables.workbook.sheets.map((s, i) => [s.name, i]));
    const body = [...tables.tables].sort((a, b) => (sheetIndex.get(a.sheet) ?? 0) - (sheetIndex.get(b.sheet) ?? 0) || a.range.top - b.range.top);
    const bodyIds = [...new Set(body.map((t) => t.id as NumberedId))].filter((id) => tocIds.includes(id));
    const listed = tocIds.filter((id) => bodyIds.includes(id));
    const i = listed.findIndex((id, k) => bodyIds[k] !== id);
    if (i >= 0) {
      const table = tables.get(bodyIds[i])!;
      const entry = toc.find((e) => e.id === listed[i])!;
      ctx.report({
        messageId: 'order',
        severity: 'warning',
        cells: [titleCell(table), at(entry.sheet, entry.pos)],
        data: { position: i + 1, tocTable: TABLE_NAMES[listed[i]], tocCell: `${entry.sheet} ${at(entry.sheet, entry.pos).cell}`, bodyTable: TABLE_NAMES[bodyIds[i]], bodySheet: table.sheet },
      });
    }
  },
});

import { toA1 } from '../../model/address';
import type { Table } from '../../tables/table';
import type { TableSet } from '../../tables/table-set';
import { TABLE_NAMES, type TableId } from '../../tables/table-id';
import { defineRule } from '../rule';
import { NUMBERINGS, detectNumbering, labelledTables } from './support-numbering';
import { at, narrativeCells } from './support-text';
import { tocEntries } from './support-toc';

type NumberedId = Exclude<TableId, 'PE'>;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function labelCell(table: Table) {
  return at(table.sheet, table.meta.label?.pos ?? { row: table.range.top, col: table.range.left });
}

/**
 * domain-rules.md §2.1–2.2: tables are mapped by title and headers, never by number; the printed
 * “公开NN表” is a label to check against the numbering of the variant the labels follow.
 */
export const l1TableMapping = defineRule({
  code: 'L-1',
  title: '表的识别与表号',
  severity: 'warning',
  group: 'structure',
  description: '每张工作表都对应到标准表（或说明无法识别的原因）；“公开NN表”表号不重复，且与所用格式的编号一致',
  messages: {
    unrecognized: '工作表“{sheet}”{where}未能对应任何标准表：{reason}',
    emptySheet: '工作表“{sheet}”为空，未对应任何标准表',
    textSheet: '工作表“{sheet}”是文字页（目录或情况说明），未对应任何标准表',
    mismatch: '{sheet} {cell} 的标题“{title}”像是{titleSays}，但表头是{headersSay}，已按{headersSay}审核',
    duplicateLabel: '表号“{label}”用于 {count} 张表：{list}',
    wrongLabel: '{sheet} {cell} 的表号为“{label}”，但本表是{table}，按{numbering}应为“公开{expected}表”',
    wrongLabelAny: '{sheet} {cell} 的表号为“{label}”，但本表是{table}，应为“{expected}”',
    missingLines: '{table}（{sheet}）缺少标准行次{lines}：可能删除了行，相关勾稽关系无法核对',
    decimalNumbers: '{table}（{sheet}）的行次/栏次印成了小数：{examples}（共 {count} 处），应为整数',
  },
  check(ctx) {
    const { tables } = ctx;
    // A 封面/目录/情况说明 sheet is prose, not a table that failed: sentences or 目录 entries.
    const proseSheets = new Set([...narrativeCells(tables).filter((c) => c.text.length >= 20 && /[，。；]/.test(c.text)), ...tocEntries(tables)].map((c) => c.sheet));
    for (const u of tables.unrecognized) {
      const cell = { sheet: u.sheet, cell: u.cell ?? 'A1' };
      if (u.reason === '工作表为空') ctx.report({ messageId: 'emptySheet', severity: 'info', cells: [cell], data: { sheet: u.sheet } });
      else if (!u.cell && proseSheets.has(u.sheet) && !showsAmounts(tables, u.sheet)) ctx.report({ messageId: 'textSheet', severity: 'info', cells: [cell], data: { sheet: u.sheet } });
      else ctx.report({ messageId: 'unrecognized', cells: [cell], data: { sheet: u.sheet, where: u.cell ? ` ${u.cell} 处的表` : '', reason: u.reason } });
    }
    for (const m of tables.mismatches) {
      ctx.report({
        messageId: 'mismatch',
        cells: [at(m.sheet, m.pos)],
        data: { sheet: m.sheet, cell: toA1(m.pos), title: m.title, titleSays: TABLE_NAMES[m.titleSays], headersSay: TABLE_NAMES[m.headersSay] },
      });
    }

    const labelled = labelledTables(tables);
    const byLabel = new Map<number, Table[]>();
    for (const l of labelled) byLabel.set(l.number, [...(byLabel.get(l.number) ?? []), l.table]);
    for (const [number, same] of byLabel) {
      if (same.length < 2) continue;
      ctx.report({
        messageId: 'duplicateLabel',
        cells: same.map(labelCell),
        data: { label: `公开${pad(number)}表`, count: same.length, list: same.map((t) => `${t.sheet} ${labelCell(t).cell} ${TABLE_NAMES[t.id]}`).join('；') },
      });
    }

    if (tables.tables.length > 0 && labelled.length === 0) ctx.unchecked('各表没有“公开NN表”表号，未核对表号');
    const numbering = detectNumbering(labelled);
    for (const { table, number } of labelled) {
      const id = table.id as NumberedId;
      const cell = labelCell(table);
      const base = { sheet: table.sheet, cell: cell.cell, label: table.meta.label!.text, table: TABLE_NAMES[id] };
      if (numbering) {
        if (numbering.order[id] !== number) ctx.report({ messageId: 'wrongLabel', cells: [cell], data: { ...base, numbering: numbering.name, expected: pad(numbering.order[id]) } });
        continue;
      }
      const possible = [...new Set(NUMBERINGS.map((n) => n.order[id]))];
      if (!possible.includes(number)) {
        ctx.report({ messageId: 'wrongLabelAny', cells: [cell], data: { ...base, expected: possible.map((n) => `公开${pad(n)}表`).join('或') } });
      }
    }

    // Deleted rows: the identities that use them are listed as not checked, this says why.
    for (const table of tables.tables) {
      const missing = table.meta.missingLines ?? [];
      if (missing.length === 0) continue;
      ctx.report({
        messageId: 'missingLines',
        cells: [at(table.sheet, table.meta.title?.pos ?? { row: table.range.top, col: table.range.left })],
        data: { table: TABLE_NAMES[table.id], sheet: table.sheet, lines: runs(missing) },
      });
    }

    // domain-rules.md §2.5: 行次/栏次 printed as “1.00”, “32.00” (seed 000) are read as integers.
    for (const table of tables.tables) {
      const printed = table.meta.decimalNumbers ?? [];
      if (printed.length === 0) continue;
      ctx.report({
        messageId: 'decimalNumbers',
        severity: 'info',
        cells: printed.map((p) => at(table.sheet, p.pos)),
        data: { table: TABLE_NAMES[table.id], sheet: table.sheet, examples: printed.slice(0, 3).map((p) => `${toA1(p.pos)}“${p.text}”`).join('、'), count: printed.length },
      });
    }
  },
});

/** A sheet that shows this many figures in cells holds a table, whatever notes it has: not a text page. */
const TABLE_FIGURES = 10;

function showsAmounts(tables: TableSet, sheet: string): boolean {
  const grid = tables.grid(sheet);
  if (!grid) return false;
  let figures = 0;
  for (let r = 0; r < grid.rowCount; r++) {
    for (let c = 0; c < grid.rowLength(r); c++) if (grid.hasText(r, c) && grid.valueCell(r, c).kind === 'number' && ++figures >= TABLE_FIGURES) return true;
  }
  return false;
}

/** “4–6、35–37” for [4, 5, 6, 35, 36, 37]. */
function runs(numbers: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < numbers.length; i++) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j] + 1) j++;
    parts.push(j > i ? `${numbers[i]}–${numbers[j]}` : `${numbers[i]}`);
    i = j;
  }
  return parts.join('、');
}

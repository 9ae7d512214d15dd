import { FUNCTION_CLASSES, OBSOLETE_CLASS_NAMES } from '../../dictionary/function-classes';
import { toA1 } from '../../model/address';
import type { Table } from '../../tables/table';
import { TABLE_NAMES } from '../../tables/table-id';
import { normalizeText } from '../../values/normalize';
import { defineRule } from '../rule';

/**
 * 2023 格式 (seeds 002/004 vs 000): the 行次28/29/60 labels of 收入支出决算总表, with the wordings
 * that regional templates print for the same line (上海 2024: “使用非财政拨款结余（含专用结余）”).
 */
const LABELS: { line: number; standard: string; since2023: boolean; variants: string[] }[] = [
  { line: 28, standard: '使用非财政拨款结余和专用结余', since2023: true, variants: ['使用非财政拨款结余（含专用结余）', '使用非财政拨款结余及专用结余'] },
  { line: 29, standard: '年初结转和结余', since2023: false, variants: [] },
  { line: 60, standard: '年末结转和结余', since2023: false, variants: [] },
];

/** The label without its numbering (“一、”, “(一)”) and spaces, brackets folded. */
function bare(label: string): string {
  return normalizeText(label)
    .replace(/^([一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d+[.、])/, '')
    .replace(/\(类\)$/, '');
}

/** The 26 class rows: T01 行次32–57, T04 行次33–58 (财决01/财决04 表样). */
const CLASS_ROWS: { id: 'T01' | 'T04'; first: number }[] = [
  { id: 'T01', first: 32 },
  { id: 'T04', first: 33 },
];

type ClassMessage = 'className' | 'obsoleteClass';

/** Each class row's name against 政府收支分类科目 (seed 004 T04 prints “资源勘探工业信息支出”). */
function checkClassNames(report: (messageId: ClassMessage, table: Table, line: number, label: string, standard: string) => void, table: Table, first: number): void {
  FUNCTION_CLASSES.forEach(({ name }, i) => {
    const row = table.line(first + i);
    const label = row ? bare(row.label) : '';
    if (!row || !label || label === bare(name)) return;
    report(OBSOLETE_CLASS_NAMES[label] ? 'obsoleteClass' : 'className', table, first + i, row.label.trim(), name);
  });
}

/**
 * 2023+ 收入支出决算总表 row labels: “使用非财政拨款结余和专用结余” (2022: “使用非财政拨款结余”)
 * and “年末结转和结余” (002 prints “年末结转与结余”). Without a printed year, a label is judged
 * by itself: only a variant of a 2023 label is reported, never the 2022 wording.
 */
export const t01RowLabels = defineRule({
  code: 'T01-8',
  title: '总表行次名称与2023年格式一致',
  severity: 'info',
  group: 'table',
  description: '2023年起收入支出决算总表行次28 为“使用非财政拨款结余和专用结余”，行次60 为“年末结转和结余”；两张总表的各类支出行名称与政府收支分类科目一致',
  messages: {
    label: '收入支出决算总表 {cell}（行次{line}）名称为“{label}”，{year}格式应为“{standard}”',
    className: '{table} {cell}（行次{line}）类名为“{label}”，政府收支分类科目为“{standard}”',
    obsoleteClass: '{table} {cell}（行次{line}）的类名“{label}”已停用，现为“{standard}”',
  },
  check(ctx) {
    for (const { id, first } of CLASS_ROWS) {
      const table = ctx.tables.get(id);
      if (!table) continue;
      checkClassNames(
        (messageId, t, line, label, standard) => {
          const row = t.line(line)!;
          const cell = toA1(row.labelPos ?? { row: row.row, col: 0 });
          ctx.report({ messageId, cells: [{ sheet: t.sheet, cell }], data: { table: TABLE_NAMES[t.id], cell, line, label, standard } });
        },
        table,
        first,
      );
    }
    const t01 = ctx.tables.get('T01');
    if (!t01) return ctx.unchecked('未找到收入支出决算总表');
    const yearText = t01.meta.year?.text;
    const year = yearText ? Number(yearText) : undefined;
    if (year !== undefined && year < 2023) return;
    for (const { line, standard, since2023, variants } of LABELS) {
      const row = t01.line(line);
      if (!row) {
        ctx.unchecked(`收入支出决算总表：未找到行次${line}`, t01.sheet);
        continue;
      }
      const label = bare(row.label);
      if (!label || label === standard || variants.some((v) => bare(v) === label)) continue;
      // Year unknown: the 2022 wording of 行次28 may be right, so only other variants count.
      if (year === undefined && since2023 && label === '使用非财政拨款结余') continue;
      ctx.report({
        messageId: 'label',
        cells: [{ sheet: t01.sheet, cell: toA1(row.labelPos ?? { row: row.row, col: 0 }) }],
        data: { cell: toA1(row.labelPos ?? { row: row.row, col: 0 }), line, label: row.label.trim(), standard, year: year === undefined ? '2023年起的' : `${year}年度` },
        expected: standard,
        actual: row.label.trim(),
      });
    }
  },
});

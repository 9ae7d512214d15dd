import { toA1 } from '../../model/address';
import type { TextCell } from '../../tables/text-cells';
import { defineRule } from '../rule';
import { at, excerpt, narrativeCells } from './support-text';

const CJK = '\\u4e00-\\u9fff';

/** Doubled full-width marks (seed 000: “…核减了项目收入。。”). Checked in every text cell. */
const DOUBLED = /([。，、；：！？])\1+/g;
/** The same test without /g: a cheap yes/no before collecting the matches of every text cell. */
const HAS_DOUBLED = /([。，、；：！？])\1/;

/** Half-width marks between Chinese characters, and full-width digits, in prose only (GovBudgetChecker V33-113). */
const MIXED: [RegExp, string][] = [
  [new RegExp(`(?<=[${CJK}])[,;:!?]|[,;:!?](?=[${CJK}])`), '中文句中用了半角标点'],
  [new RegExp(`(?<=[${CJK}])\\.(?=[${CJK}]|$)`), '中文句中用了半角句点'],
  [/[０-９]+/, '用了全角数字'],
];

export const s7Punctuation = defineRule({
  code: 'S-7',
  title: '标点符号规范',
  severity: 'info',
  group: 'structure',
  description: '文字中没有重复的标点（“。。”“，，”），中文句中不混用半角标点和全角数字',
  messages: {
    doubled: '{sheet} {cell} 标点重复（{count} 处），如“{mark}”：“{excerpt}”',
    mixed: '{sheet} 有 {count} 个单元格{issue}，如 {cell}“{mark}”：“{excerpt}”',
  },
  check(ctx) {
    for (const cell of ctx.tables.textCells()) {
      if (!HAS_DOUBLED.test(cell.text)) continue;
      const doubled = [...cell.text.matchAll(DOUBLED)];
      if (doubled.length === 0) continue;
      const first = doubled[0];
      ctx.report({
        messageId: 'doubled',
        cells: [at(cell.sheet, cell.pos)],
        data: { sheet: cell.sheet, cell: toA1(cell.pos), count: doubled.length, mark: first[0], excerpt: excerpt(cell.text, first.index ?? 0, first[0].length) },
      });
    }
    // Mixed widths are a habit of whoever typed a sheet: one finding per sheet and kind, naming every cell.
    const groups = new Map<string, { sheet: string; issue: string; hits: { cell: TextCell; match: RegExpMatchArray }[] }>();
    for (const cell of narrativeCells(ctx.tables)) {
      for (const [pattern, issue] of MIXED) {
        const match = cell.text.match(pattern);
        if (!match) continue;
        const key = JSON.stringify([cell.sheet, issue]);
        if (!groups.has(key)) groups.set(key, { sheet: cell.sheet, issue, hits: [] });
        groups.get(key)!.hits.push({ cell, match });
      }
    }
    for (const { sheet, issue, hits } of groups.values()) {
      const { cell, match } = hits[0];
      ctx.report({
        messageId: 'mixed',
        cells: hits.map((h) => at(h.cell.sheet, h.cell.pos)),
        data: { sheet, count: hits.length, issue, cell: toA1(cell.pos), mark: match[0], excerpt: excerpt(cell.text, match.index ?? 0, match[0].length) },
      });
    }
  },
});

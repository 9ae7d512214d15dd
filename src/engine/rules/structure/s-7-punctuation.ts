import { toA1 } from '../../model/address';
import type { TextCell } from '../../tables/text-cells';
import { defineRule } from '../rule';
import { at, excerpt, narrativeCells } from './support-text';

const CJK = '\\u4e00-\\u9fff';

/** Doubled full-width marks (seed 000: “…核减了项目收入。。”). Checked in every text cell. */
const DOUBLED = /([。，、；：！？])\1+/g;
/** The same test without /g: a cheap yes/no before collecting the matches of every text cell. */
const HAS_DOUBLED = /([。，、；：！？])\1/;

/**
 * Half-width marks between Chinese characters, and full-width digits, in prose only (GovBudgetChecker
 * V33-113). Each pattern comes with the characters it needs: a lookbehind is tried at every
 * position of a long text, so texts without any of them are passed over first.
 */
const MIXED: { needs: RegExp; pattern: RegExp; issue: string }[] = [
  { needs: /[,;:!?]/, pattern: new RegExp(`(?<=[${CJK}])[,;:!?]|[,;:!?](?=[${CJK}])`), issue: '中文句中用了半角标点' },
  { needs: /\./, pattern: new RegExp(`(?<=[${CJK}])\\.(?=[${CJK}]|$)`), issue: '中文句中用了半角句点' },
  { needs: /[０-９]/, pattern: /[０-９]+/, issue: '用了全角数字' },
];

/** How many examples a finding quotes; the count says how many there are in all. */
const EXAMPLES = 2;

interface Hit {
  cell: TextCell;
  mark: string;
  index: number;
}

function example(h: Hit): string {
  return `${h.cell.sheet}!${toA1(h.cell.pos)}“${h.mark}”：“${excerpt(h.cell.text, h.index, h.mark.length)}”`;
}

function sheetsOf(hits: Hit[]): string {
  const sheets = [...new Set(hits.map((h) => h.cell.sheet))];
  return sheets.length > 3 ? `${sheets.slice(0, 3).join('、')} 等 ${sheets.length} 张工作表` : sheets.join('、');
}

/**
 * Punctuation is a habit of whoever typed the workbook, cosmetic and repeated everywhere: one
 * finding per workbook and kind, naming every cell, with a count and the first examples.
 */
export const s7Punctuation = defineRule({
  code: 'S-7',
  title: '标点符号规范',
  severity: 'info',
  group: 'structure',
  description: '文字中没有重复的标点（“。。”“，，”），中文句中不混用半角标点和全角数字',
  messages: {
    doubled: '{count} 个单元格标点重复（{sheets}），如 {examples}',
    mixed: '{count} 个单元格{issue}（{sheets}），如 {examples}',
  },
  check(ctx) {
    const doubled: Hit[] = [];
    for (const cell of ctx.tables.textCells()) {
      if (!HAS_DOUBLED.test(cell.text)) continue;
      const first = [...cell.text.matchAll(DOUBLED)][0];
      if (first) doubled.push({ cell, mark: first[0], index: first.index ?? 0 });
    }
    const mixed = new Map<string, Hit[]>();
    for (const cell of narrativeCells(ctx.tables)) {
      for (const { needs, pattern, issue } of MIXED) {
        if (!needs.test(cell.text)) continue;
        const match = cell.text.match(pattern);
        if (!match) continue;
        const hit = { cell, mark: match[0], index: match.index ?? 0 };
        const hits = mixed.get(issue);
        if (hits) hits.push(hit);
        else mixed.set(issue, [hit]);
      }
    }
    const report = (messageId: 'doubled' | 'mixed', hits: Hit[], issue = '') =>
      ctx.report({
        messageId,
        cells: hits.map((h) => at(h.cell.sheet, h.cell.pos)),
        data: { count: hits.length, issue, sheets: sheetsOf(hits), examples: hits.slice(0, EXAMPLES).map(example).join('；') },
      });
    if (doubled.length > 0) report('doubled', doubled);
    for (const [issue, hits] of mixed) report('mixed', hits, issue);
  },
});

import { toA1 } from '../../model/address';
import type { AmountUnit } from '../../money/unit';
import type { TextCell } from '../../tables/text-cells';
import { defineRule } from '../rule';
import { at, excerpt, majority, narrativeCells } from './support-text';

/** An amount written in 元: the number directly before 元 (not 万元/亿元), not a rate (元/人) or a unit price. */
const YUAN = /(?<![\d.,万亿])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*元(?![/／每])/g;
const PRICE_BEFORE = /(每|人均|单价|标准)$/;
/** The longest word PRICE_BEFORE knows: only that many characters before a number are tested. */
const PRICE_WORD = 2;

/** A number that looks like an amount: thousands separators, or exactly two decimals. */
const AMOUNT = /(?<![\d.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d{2})(?![\d.])/g;
const UNIT_AFTER = /^\s*(亿元|万元|元|万|亿|%|％|‰|分|个|人|次|件|份|辆|台|套|项|户|家|所|年|月|日|天|小时|岁|名|张|本|批|场|座|处|条|篇|期|吨|公里|米|平方|千克|倍|[A-Za-z])/;
/**
 * The words before it name money: “卫生健康支出165141.73，”, “人员经费643,865.64，”. Tested on the
 * text before the number with its trailing white space taken off, and only on its last
 * MONEY_WORDS characters (the longest match: 支出 + 数 + 共计 + ：): an end-anchored pattern
 * tested on everything before each number would read a long text once per number.
 */
const MONEY_BEFORE = /(支出|收入|经费|预算|决算|资金|费用|费|拨款|结余|结转|总计|合计|金额|余额)(数|额)?(为|是|共|计|共计|合计|达|约)?[:：]?$/;
const MONEY_WORDS = 6;
const SPACE = /\s/;

/** The `length` characters before `index`, white space before `index` skipped when `skipSpace`. */
function before(text: string, index: number, length: number, skipSpace = false): string {
  let end = index;
  while (skipSpace && end > 0 && SPACE.test(text[end - 1])) end--;
  return text.slice(Math.max(0, end - length), end);
}

function listed(amounts: string[]): string {
  return amounts.slice(0, 3).join('、') + (amounts.length > 3 ? ` 等 ${amounts.length} 处` : '');
}

/** §2.5 and §4.11 S-8 (GovBudgetChecker R001): one amount unit in the prose — seed 004 §五(三)/§六 give 元 in a 万元 document. */
export const s8NarrativeUnits = defineRule({
  code: 'S-8',
  title: '文字中的金额单位',
  severity: 'warning',
  group: 'structure',
  description: '说明文字的金额单位与公开表一致：万元文档中不出现以元为单位的金额，金额都写明单位',
  messages: {
    yuanInWan: '{sheet} {cell} 的金额以元为单位（{amounts}），而公开表以万元为单位：“{excerpt}”',
    noUnit: '{sheet} {cell} 的金额没有写单位（{amounts}）：“{excerpt}”',
  },
  check(ctx) {
    const units = ctx.tables.tables.map((t) => t.unit).filter((u): u is AmountUnit => u !== undefined);
    const documentUnit = majority(units).value;
    if (!documentUnit) ctx.unchecked('公开表没有金额单位，未核对文字中的金额单位是否一致');
    for (const cell of narrativeCells(ctx.tables)) {
      if (documentUnit === '万元') yuanAmounts(cell, (amounts, index, length) => report('yuanInWan', cell, amounts, index, length));
      unitless(cell, (amounts, index, length) => report('noUnit', cell, amounts, index, length));
    }

    function report(messageId: 'yuanInWan' | 'noUnit', cell: TextCell, amounts: string[], index: number, length: number): void {
      ctx.report({ messageId, cells: [at(cell.sheet, cell.pos)], data: { sheet: cell.sheet, cell: toA1(cell.pos), amounts: listed(amounts), excerpt: excerpt(cell.text, index, length) } });
    }
  },
});

type Found = (amounts: string[], index: number, length: number) => void;

function yuanAmounts(cell: TextCell, found: Found): void {
  if (!cell.text.includes('元')) return;
  const hits = [...cell.text.matchAll(YUAN)].filter((m) => !PRICE_BEFORE.test(before(cell.text, m.index ?? 0, PRICE_WORD)) && !/^0+(\.0+)?$/.test(m[1]));
  if (hits.length > 0) found(hits.map((m) => `${m[1]}元`), hits[0].index ?? 0, hits[0][0].length);
}

function unitless(cell: TextCell, found: Found): void {
  const hits = [...cell.text.matchAll(AMOUNT)].filter((m) => {
    const end = (m.index ?? 0) + m[0].length;
    return !UNIT_AFTER.test(cell.text.slice(end)) && MONEY_BEFORE.test(before(cell.text, m.index ?? 0, MONEY_WORDS, true));
  });
  if (hits.length > 0) found(hits.map((m) => m[0]), hits[0].index ?? 0, hits[0][0].length);
}

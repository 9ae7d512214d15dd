import type { Table } from '../../tables/table';
import { TABLE_NAMES } from '../../tables/table-id';
import type { ValueCell } from '../../values/value-cell';
import { defineRule, type RuleContext } from '../rule';
import { cellName } from '../support/cell-ref';
import { nonZero } from './support-cross';

interface Fund {
  id: 'TGF' | 'TSOC';
  name: string;
  /** 04表 栏次 of this budget type on the expenditure side. */
  col: number;
  /** Expenditure 行次 the table itself shows: TGF has 年初/收入/支出/年末, the TSOC 支出决算表 only 本年支出. */
  lastLine: number;
  /** Income-side 行次 (栏次1) the table shows. */
  incomeLines: number[];
}

const FUNDS: Fund[] = [
  { id: 'TGF', name: '政府性基金预算财政拨款', col: 4, lastLine: 64, incomeLines: [2, 30] },
  { id: 'TSOC', name: '国有资本经营预算财政拨款', col: 5, lastLine: 59, incomeLines: [] },
];

/** The 6-栏 收入支出 variant of TSOC shows 年初/收入/支出/年末, like TGF. */
const TSOC_WITH_INCOME: Fund = { id: 'TSOC', name: '国有资本经营预算财政拨款', col: 5, lastLine: 64, incomeLines: [3, 31] };

function t04Cells(t04: Table, fund: Fund): ValueCell[] {
  const cells: (ValueCell | undefined)[] = fund.incomeLines.map((n) => t04.line(n)?.values.get(1));
  for (let n = 33; n <= fund.lastLine; n++) cells.push(t04.line(n)?.values.get(fund.col));
  return cells.filter(nonZero);
}

function list(cells: ValueCell[], home: string): string {
  const named = cells.slice(0, 6).map((c) => `${cellName(c, home)} = ${c.text}`);
  return cells.length > 6 ? `${named.join('、')} 等 ${cells.length} 个单元格` : named.join('、');
}

function checkFund(ctx: RuleContext, t04: Table, declared: Fund): void {
  const table = ctx.tables.get(declared.id);
  const fund = declared.id === 'TSOC' && table?.columns.length === 6 ? TSOC_WITH_INCOME : declared;
  if (!table) return ctx.unchecked(`未找到${TABLE_NAMES[fund.id]}，无法核对其与财政拨款收入支出决算总表栏次${fund.col}是否同时为空`);
  const inT04 = t04Cells(t04, fund);
  const inTable = table.allValues().filter(nonZero);
  if (inT04.length === 0 && inTable.length > 0) {
    ctx.report({ messageId: 'tableNotEmpty', cells: inTable, data: { table: TABLE_NAMES[fund.id], fund: fund.name, cells: list(inTable, inTable[0].sheet), col: fund.col } });
  } else if (inT04.length > 0 && inTable.length === 0) {
    ctx.report({ messageId: 't04NotEmpty', cells: inT04, data: { table: TABLE_NAMES[fund.id], fund: fund.name, cells: list(inT04, inT04[0].sheet), col: fund.col } });
  }
}

/**
 * V33-122: a budget type with no money in 财政拨款收入支出决算总表 has an empty table of its own,
 * and a table with data needs the money in the 总表. The 3-栏 TSOC 支出决算表 shows only 本年支出, so
 * for it only 04表 行次33–59 栏次5 count (a 年末 balance alone leaves it empty); the 6-栏 收入支出
 * variant also shows 年初 (行次31), 本年收入 (行次3) and 年末.
 */
export const x10EmptyFundTables = defineRule({
  code: 'X-10',
  title: '政府性基金、国有资本经营表与财政拨款总表同为空或同有数',
  severity: 'error',
  group: 'cross-table',
  description: '财政拨款收入支出决算总表栏次4（或栏次5）全为0时，政府性基金（或国有资本经营）预算财政拨款表应为空表；反之亦然',
  messages: {
    tableNotEmpty: '{table}有数（{cells}），但财政拨款收入支出决算总表的{fund}（栏次{col}及对应收入行）全为0',
    t04NotEmpty: '财政拨款收入支出决算总表的{fund}有数（{cells}），但{table}为空表',
  },
  check(ctx) {
    const t04 = ctx.tables.get('T04');
    if (!t04) return ctx.unchecked('未找到财政拨款收入支出决算总表，无法核对政府性基金、国有资本经营预算财政拨款表是否应为空表');
    for (const fund of FUNDS) checkFund(ctx, t04, fund);
  },
});

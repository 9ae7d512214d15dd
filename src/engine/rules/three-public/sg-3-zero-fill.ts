import type { ValueCell } from '../../values/value-cell';
import { defineRule } from '../rule';
import { show } from '../support/amounts';
import { cellName } from '../support/cell-ref';
import { usable } from '../support/identity';
import { columnName, SIDES, T3G_NAME, t3gTerm } from './support-t3g';

type Message = 'itemsUnderZeroTotal' | 'fillZero';

/** How many blank cells a message names before “等 N 处”. */
const SHOWN = 3;

/**
 * GovBudgetChecker V33-244 / R008：合计为0时各分项应为0；一行已填金额时，空白按0计，提示补0。
 * Some provinces' templates print every zero as a blank (上海 2024, the sample): a row without any
 * printed 0 follows that convention and gets no 补0 advice; only a row mixing “0.00” and blanks does.
 */
export const threePublicZeroFill = defineRule<Message>({
  code: 'SG-3',
  title: '“三公”经费合计为0则分项为0，空白建议补0',
  severity: 'info',
  group: 'table',
  description: '财政拨款“三公”经费支出决算表：预算数或决算数合计为0（含空白）时，各分项均应为0；数据行已填金额时，其中的空白单元格按0处理，建议补0',
  messages: {
    itemsUnderZeroTotal: '{table} {side}合计 {totalCell} 为0，但分项 {items} 不为0',
    fillZero: '{table}数据行已填“0.00”也留了空白：{cells} 共 {count} 处为空白，按0处理，建议补0',
  },
  check(ctx) {
    const t3g = ctx.tables.get('T3G');
    if (!t3g) return ctx.unchecked(`未找到${T3G_NAME}`);
    const terms = Array.from({ length: 12 }, (_, i) => t3gTerm(t3g, i + 1));
    if (!usable(ctx, T3G_NAME, terms)) return;
    const cells = terms.map((t) => t.cell as ValueCell);
    for (const side of SIDES) {
      const total = cells[side.offset];
      const items = cells.slice(side.offset + 1, side.offset + 6).filter((c) => c.kind === 'number' && !c.value.isZero());
      if (!total.value.isZero() || items.length === 0) continue;
      ctx.report({
        messageId: 'itemsUnderZeroTotal',
        cells: [total, ...items],
        data: {
          table: T3G_NAME,
          side: side.name,
          totalCell: cellName(total, t3g.sheet),
          items: items.map((c) => `${columnName(cells.indexOf(c) + 1)} ${cellName(c, t3g.sheet)} = ${show(c.value, c.decimals)}`).join('、'),
        },
      });
    }
    const blanks = cells.filter((c) => c.kind === 'blank');
    const printsZeros = cells.some((c) => c.kind === 'number' && c.value.isZero());
    if (blanks.length > 0 && printsZeros) {
      const names = blanks.map((c) => cellName(c, t3g.sheet));
      const listed = names.length > SHOWN + 1 ? `${names.slice(0, SHOWN).join('、')} 等` : names.join('、');
      ctx.report({ messageId: 'fillZero', cells: blanks, data: { table: T3G_NAME, cells: listed, count: blanks.length } });
    }
  },
});

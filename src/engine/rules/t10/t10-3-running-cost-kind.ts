import type { ValueCell } from '../../values/value-cell';
import { defineRule } from '../rule';
import { show } from '../support/amounts';
import { cellName } from '../support/cell-ref';
import { usable } from '../support/identity';
import { statedUnitType } from '../support/unit-type';
import { T10_NAME, t10Term } from './support-t10';

type Message = 'both' | 'notForUnitType';

const ROW_NAMES: Record<number, string> = { 5: '行政单位（行次5）', 6: '参照公务员法管理事业单位（行次6）' };

/**
 * 二、机关运行经费：名词解释“行政单位和参照公务员法管理的事业单位…公用经费支出”。一个单位要么是
 * 行政单位（填行次5），要么是参公事业单位（填行次6）；普通事业单位没有机关运行经费，两行都应为空。
 */
export const runningCostKind = defineRule<Message>({
  code: 'T10-3',
  title: '机关运行经费只填行政单位或参公单位一行',
  severity: 'warning',
  group: 'table',
  description:
    '部门决算公开相关信息统计表：行次5 行政单位 与 行次6 参公事业单位 不应同时有数；已知单位类型时，行政单位只填行次5，参公事业单位只填行次6，普通事业单位两行均应为空（情况说明“本部门无机关运行经费”由情况说明核对负责）',
  messages: {
    both: '{table}：机关运行经费 行政单位 {adminCell} = {admin} 与 参公事业单位 {civilCell} = {civil} 同时有数，一个单位只能属于其中一类',
    notForUnitType: '{table}：本单位为{unitType}（{source}），机关运行经费 {rows} 不应有数',
  },
  check(ctx) {
    const t10 = ctx.tables.get('T10');
    if (!t10) return ctx.unchecked(`未找到${T10_NAME}`);
    const terms = [t10Term(t10, 5), t10Term(t10, 6)];
    if (!usable(ctx, `${T10_NAME} 机关运行经费`, terms)) return;
    const [admin, civil] = terms.map((t) => t.cell as ValueCell);
    const filled = (c: ValueCell) => c.kind === 'number' && !c.value.isZero();
    if (filled(admin) && filled(civil)) {
      ctx.report({
        messageId: 'both',
        cells: [admin, civil],
        data: { table: T10_NAME, adminCell: cellName(admin, t10.sheet), admin: show(admin.value, admin.decimals), civilCell: cellName(civil, t10.sheet), civil: show(civil.value, civil.decimals) },
      });
      return;
    }
    // The option, else what the workbook says of itself (“本单位为参照公务员法管理的事业单位”).
    const known = ctx.options.unitType ? { type: ctx.options.unitType, source: '审核选项', cell: undefined } : statedUnitType(ctx);
    if (!known) return;
    const unitType = known.type;
    const allowed = unitType === '行政单位' ? [admin] : unitType === '参公事业单位' ? [civil] : [];
    const wrong = [admin, civil].filter((c) => filled(c) && !allowed.includes(c));
    if (wrong.length === 0) return;
    ctx.report({
      messageId: 'notForUnitType',
      cells: known.cell ? [...wrong, known.cell] : wrong,
      data: { table: T10_NAME, unitType, source: known.source, rows: wrong.map((c) => `${ROW_NAMES[c === admin ? 5 : 6]} ${cellName(c, t10.sheet)} = ${show(c.value, c.decimals)}`).join('、') },
    });
  },
});

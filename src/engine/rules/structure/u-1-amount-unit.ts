import { rangeToA1, toA1 } from '../../model/address';
import { Decimal } from '../../money/decimal';
import type { AmountUnit } from '../../money/unit';
import type { FundRow } from '../../tables/self-eval';
import type { Table } from '../../tables/table';
import { TABLE_NAMES } from '../../tables/table-id';
import type { ValueCell } from '../../values/value-cell';
import { defineRule, type RuleContext } from '../rule';
import { at } from './support-text';
import { overPreciseWan, scaleMismatch } from './support-unit-scale';
import { show } from '../support/amounts';

const FUND_FIELDS: [Exclude<keyof FundRow, 'label' | 'rate' | 'score'>, string][] = [
  ['declared', '目标申报数'],
  ['compiled', '预算编制数'],
  ['annualBudget', '全年预算数'],
  ['executed', '全年执行数'],
  ['balance', '资金结(转)余'],
];

function unreadable(cell: ValueCell | undefined): cell is ValueCell {
  return cell !== undefined && (cell.kind === 'text' || cell.kind === 'error');
}

function reportUnreadable(ctx: RuleContext<string>, subject: string, name: string, cell: ValueCell): void {
  ctx.report({ messageId: 'unreadable', cells: [cell], data: { subject, name, cell: toA1(cell.pos), text: cell.text } });
}

function titleCell(table: Table) {
  return at(table.sheet, table.meta.title?.pos ?? { row: table.range.top, col: table.range.left });
}

/**
 * domain-rules.md §2.5: the unit is printed in the table header (“金额单位：元/万元”); amounts are
 * compared in one base unit, so a table without a unit cannot take part in amount checks.
 */
export const u1AmountUnit = defineRule({
  code: 'U-1',
  title: '金额单位与金额单元格',
  severity: 'warning',
  group: 'structure',
  description: '每张公开表都印有金额单位（元/万元/亿元）；金额单元格都是数字；各表单位不一致时按同一单位换算比较',
  messages: {
    noUnit: '{table}（{sheet}）未找到金额单位（如“金额单位：万元”），本表金额未核对单位',
    noUnits: '{count} 张表未找到金额单位（如“金额单位：万元”）：{list}；这些表的金额未核对单位',
    mixedUnits: '各表金额单位不一致：{list}；金额已换算为同一单位后比较',
    mergedAmounts: '{table}（{sheet}）的金额单元格 {range} 被合并：只有 {first} 的数值有效，其余按空白读取，相关勾稽关系可能因此不准。请取消合并并逐格填写金额',
    scale: '金额单位可能印错：一般公共预算财政拨款支出决算表项目支出 {spend} {unit}（{spendCell}）约为项目支出绩效自评表全年执行数合计 {executed} 万元的 {ratio} 倍，两者应当相符。请核对“金额单位”是否与金额一致（如金额按元填写却标为万元）',
    overPrecise: '标为万元的表中 {count} 个非零金额（几乎全部）都有 {decimals} 位以上小数（如 {example} = {value}）：万元金额应四舍五入到 2 位小数，这些金额可能按元÷10000 未取整，或单位并非万元',
  },
  check(ctx) {
    const { tables } = ctx;
    if (tables.tables.length === 0) ctx.unchecked('工作簿中没有公开表，未核对金额单位');
    const byUnit = new Map<AmountUnit, Table[]>();
    const unitless: Table[] = [];
    for (const table of tables.tables) {
      const name = TABLE_NAMES[table.id];
      if (!table.unit) unitless.push(table);
      else byUnit.set(table.unit, [...(byUnit.get(table.unit) ?? []), table]);
      for (const row of table.rows) {
        // forEach, not for…of over entries: no [栏次, cell] pair is made for each of the table's cells.
        row.values.forEach((cell, col) => {
          if (unreadable(cell)) reportUnreadable(ctx, `${name}（${table.sheet}）`, `${row.label || row.key} 栏次${col}`, cell);
        });
      }
      for (const merge of table.meta.mergedAmounts ?? []) {
        const first = toA1({ row: merge.top, col: merge.left });
        ctx.report({ messageId: 'mergedAmounts', cells: [at(table.sheet, { row: merge.top, col: merge.left })], data: { table: name, sheet: table.sheet, range: rangeToA1(merge), first } });
      }
    }
    // A workbook that prints no unit at all has one omission to mend, not one per table.
    if (unitless.length > 0) {
      const names = unitless.map((t) => `${TABLE_NAMES[t.id]}（${t.sheet}）`);
      if (unitless.length === 1) ctx.report({ messageId: 'noUnit', cells: [titleCell(unitless[0])], data: { table: TABLE_NAMES[unitless[0].id], sheet: unitless[0].sheet } });
      else ctx.report({ messageId: 'noUnits', cells: unitless.map(titleCell), data: { count: unitless.length, list: names.join('、') } });
      ctx.unchecked(`${names.join('、')}没有金额单位，${unitless.length === 1 ? '本表' : '这些表的'}金额未按单位换算核对`, unitless.length === 1 ? unitless[0].sheet : undefined);
    }
    for (const pe of tables.selfEvals) {
      for (const fund of pe.funds) {
        for (const [field, fieldName] of FUND_FIELDS) {
          const cell = fund[field];
          if (unreadable(cell)) reportUnreadable(ctx, `项目支出绩效自评表（${pe.sheet}）`, `${fund.label.text} ${fieldName}`, cell);
        }
      }
    }
    const scale = scaleMismatch(tables);
    if (scale) {
      const ratio = scale.ratio.greaterThanOrEqualTo(1) ? scale.ratio.toDecimalPlaces(0).toString() : `1/${new Decimal(1).dividedBy(scale.ratio).toDecimalPlaces(0).toString()}`;
      const executed = scale.executedCells.reduce((sum, c) => sum.plus(c.value), new Decimal(0));
      ctx.report({
        messageId: 'scale',
        cells: [scale.spendCell, ...scale.executedCells],
        data: { spend: show(scale.spendCell.value, 2), unit: scale.spendCell.unit ?? '', spendCell: `${scale.spendCell.sheet}!${toA1(scale.spendCell.pos)}`, executed: show(executed, 2), ratio },
      });
    }
    const precise = overPreciseWan(tables.tables);
    if (precise) {
      const first = precise.cells[0];
      ctx.report({
        messageId: 'overPrecise',
        cells: precise.cells.slice(0, 20),
        data: { count: precise.cells.length, decimals: precise.decimals, example: `${first.sheet}!${toA1(first.pos)}`, value: first.value.toString() },
      });
    }
    if (byUnit.size > 1) {
      const groups = [...byUnit.entries()];
      ctx.report({
        messageId: 'mixedUnits',
        severity: 'info',
        cells: groups.map(([, list]) => at(list[0].sheet, list[0].meta.unitLine?.pos ?? list[0].meta.title?.pos ?? { row: list[0].range.top, col: list[0].range.left })),
        data: { list: groups.map(([unit, list]) => `${unit}（${list.map((t) => TABLE_NAMES[t.id]).join('、')}）`).join('；') },
      });
    }
  },
});

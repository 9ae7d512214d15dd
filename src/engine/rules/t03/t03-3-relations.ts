import type { Table } from '../../tables/table';
import type { ValueCell } from '../../values/value-cell';
import { defineRule, type RuleContext } from '../rule';
import { amountIn, commonUnit, show } from '../support/amounts';
import { cellName } from '../support/cell-ref';

function positive(cell: ValueCell | undefined): cell is ValueCell {
  return cell !== undefined && cell.kind === 'number' && cell.value.isPositive() && !cell.value.isZero();
}

/** 收入决算表 合计 栏次 `col`, or when T02 is absent the matching T01 行次 (T01 r4..r8 = T02 c3..c7). */
function incomeCell(t02: Table | undefined, t01: Table | undefined, col: number, line: number): ValueCell | undefined {
  return t02 ? t02.value('合计', col) : t01?.line(line)?.values.get(1);
}

type Messages = 'business' | 'superior' | 'subsidiary';

/**
 * 经营支出 is paid from 经营收入 or from 非财政拨款 结转结余 (T01 行次29 年初结转和结余 minus T04
 * 行次28 年初财政拨款结转和结余); 上缴上级支出 and 对附属单位补助支出 presuppose a 上级 / 附属
 * relation, seen in the workbook as 上级补助收入 / 附属单位上缴收入 (domain-rules §4.3 T03-3).
 */
export const t03Relations = defineRule({
  code: 'T03-3',
  title: '经营支出、上缴上级和对附属单位补助支出有相应来源',
  severity: 'warning',
  group: 'table',
  description: '支出决算表：经营支出大于0时应有经营收入或非财政拨款年初结转结余；上缴上级支出、对附属单位补助支出大于0时单位应有上级或附属单位收支往来',
  messages: {
    business: '支出决算表 经营支出 {cell} = {amount}，但经营收入 {income} 为0，年初结转和结余 {carry} 也不多于年初财政拨款结转和结余 {fiscal}，经营支出没有资金来源，请核实',
    superior: '支出决算表 上缴上级支出 {cell} = {amount}，但上级补助收入 {income} 为0，未见本单位与上级单位的收支往来，请确认本单位有上级单位',
    subsidiary: '支出决算表 对附属单位补助支出 {cell} = {amount}，但附属单位上缴收入 {income} 为0，未见本单位有附属单位，请核实',
  },
  check(ctx: RuleContext<Messages>) {
    const t03 = ctx.tables.get('T03');
    if (!t03) return ctx.unchecked('未找到支出决算表');
    const total = t03.total();
    if (!total) return ctx.unchecked('支出决算表：未找到合计行', t03.sheet);
    const t01 = ctx.tables.get('T01');
    const t02 = ctx.tables.get('T02');
    const t04 = ctx.tables.get('T04');
    const home = t03.sheet;
    const name = (c: ValueCell | undefined) => (c ? cellName(c, home) : '');

    const business = total.values.get(5);
    if (positive(business)) {
      const income = incomeCell(t02, t01, 5, 6);
      const carry = t01?.line(29)?.values.get(1);
      const fiscal = t04?.line(28)?.values.get(1);
      if (!positive(income)) {
        if (!income && !(carry && fiscal)) {
          ctx.unchecked('支出决算表有经营支出，但缺少收入决算表（或总表）和财政拨款收入支出决算总表，无法判断其资金来源', home);
        } else if (!carry || !fiscal) {
          ctx.unchecked('支出决算表有经营支出而无经营收入，缺少收入支出决算总表行次29 或财政拨款收入支出决算总表行次28，无法判断非财政拨款年初结转结余', home);
        } else {
          const unit = commonUnit([carry, fiscal]);
          if (!amountIn(carry, unit).greaterThan(amountIn(fiscal, unit))) {
            ctx.report({
              messageId: 'business',
              cells: [business, ...[income, carry, fiscal].filter((c): c is ValueCell => c !== undefined)],
              data: { cell: name(business), amount: business.text, income: name(income) || '（无）', carry: `${name(carry)} = ${show(carry.value, 2)}`, fiscal: `${name(fiscal)} = ${show(fiscal.value, 2)}` },
            });
          }
        }
      }
    }

    const relations: [number, number, number, Messages][] = [
      [4, 3, 4, 'superior'],
      [6, 6, 7, 'subsidiary'],
    ];
    for (const [col, incomeCol, line, messageId] of relations) {
      const spent = total.values.get(col);
      if (!positive(spent)) continue;
      const income = incomeCell(t02, t01, incomeCol, line);
      if (!income) {
        ctx.unchecked(`支出决算表栏次${col} 大于0，但缺少收入决算表和收入支出决算总表，无法核对对应收入`, home);
        continue;
      }
      if (positive(income)) continue;
      ctx.report({ messageId, cells: [spent, income], data: { cell: name(spent), amount: spent.text, income: name(income) } });
    }
  },
});

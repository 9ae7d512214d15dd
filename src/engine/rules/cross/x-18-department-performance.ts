import type { CellLocation } from '../../finding';
import { toA1 } from '../../model/address';
import { Decimal, formatAmount, ZERO } from '../../money/decimal';
import { identityTolerance } from '../../money/tolerance';
import { toYuan, type AmountUnit } from '../../money/unit';
import type { ValueCell } from '../../values/value-cell';
import { defineRule, type RuleContext } from '../rule';
import { commonUnit } from '../support/amounts';
import { cellName } from '../support/cell-ref';
import { usable, type Term } from '../support/identity';
import { codeTerm, lineCell } from './support-cross';

/** “部门（单位）全年预算数为1475018.17元，执行数为1475018.17元” (部门整体支出绩效自评). */
const STATEMENT = /(?:部门|单位|整体)[^。；;]*?全年预算数(?:为|是|[:：])?(\d[\d,，]*(?:\.\d+)?)(亿元|万元|元)[^。；;]*?执行数(?:为|是|[:：])?(\d[\d,，]*(?:\.\d+)?)(亿元|万元|元)/;

interface Statement {
  where: CellLocation;
  text: string;
  budget: Decimal; // 元
  executed: Decimal; // 元
  /** Half a unit of the statement's last printed digit, in 元. */
  rounding: Decimal;
}

function halfUnit(digits: string, unit: AmountUnit): Decimal {
  const decimals = digits.includes('.') ? digits.split('.')[1].length : 0;
  return toYuan(new Decimal(5).times(new Decimal(10).pow(-decimals - 1)), unit);
}

function findStatement(ctx: RuleContext): Statement | undefined {
  for (const t of ctx.tables.textCells()) {
    // STATEMENT needs 全年预算数 and 执行数, so 算 and 执, which removing white space cannot create;
    // its lazy gaps backtrack, so the words themselves are looked for before it is tried.
    if (!t.text.includes('算') || !t.text.includes('执')) continue;
    const words = t.text.replace(/\s+/g, '');
    if (!words.includes('全年预算数') || !words.includes('执行数')) continue;
    const m = STATEMENT.exec(words);
    if (!m) continue;
    const [, budget, budgetUnit, executed, executedUnit] = m;
    const amount = (digits: string, unit: string) => toYuan(new Decimal(digits.replace(/[,，]/g, '')), unit as AmountUnit);
    const rounding = Decimal.max(halfUnit(budget, budgetUnit as AmountUnit), halfUnit(executed, executedUnit as AmountUnit));
    return { where: { sheet: t.sheet, cell: toA1(t.pos) }, text: m[0], budget: amount(budget, budgetUnit), executed: amount(executed, executedUnit), rounding };
  }
  return undefined;
}

const yuan = (cell: ValueCell) => toYuan(cell.value, cell.unit ?? '万元');
const show = (value: Decimal) => `${formatAmount(value, 2)}元`;

/**
 * 部门整体支出绩效 (domain-rules §4.10 X-18): the whole unit's 全年预算数 covers at least the projects'
 * 全年预算数 plus the 基本支出 actually spent (05表 合计 栏次2), and its 执行数 is the year's spending
 * (05表 合计 栏次1, or 01表 行次58 / 03表 合计 when stated 全口径). Seed 000-5: 1,475,018.17 stated,
 * at least 1,007,943.96 + 693,074.84 needed. The 部门整体支出绩效自评表 itself is rarely in the workbook:
 * the rule reads its statement from any text cell, and reports “not checked” when there is none.
 */
export const x18DepartmentPerformance = defineRule({
  code: 'X-18',
  title: '部门整体支出绩效的预算数和执行数与决算相符',
  severity: 'warning',
  group: 'cross-table',
  description: '部门整体支出绩效：全年预算数 ≥ 各项目全年预算数之和 + 基本支出；执行数 = 一般公共预算财政拨款支出（或总表本年支出合计）',
  messages: {
    budgetTooLow: '部门整体支出绩效“{text}”：全年预算数 {budget} 小于 项目全年预算数之和 {projects} + 基本支出 {basic} = {needed}，少 {difference}',
    executedDiffers: '部门整体支出绩效“{text}”：执行数 {executed} 与 {spendingNames} 均不相等',
  },
  check(ctx) {
    const statement = findStatement(ctx);
    if (!statement) return ctx.unchecked('工作簿中没有部门整体支出绩效自评表，也没有“部门（单位）全年预算数为…元，执行数为…元”的表述，无法核对部门整体支出绩效');
    const t01 = ctx.tables.get('T01');
    const t03 = ctx.tables.get('T03');
    const t05 = ctx.tables.get('T05');
    const basic = t05 ? codeTerm(t05, '合计', 2) : t03 ? codeTerm(t03, '合计', 2) : undefined;
    if (!basic) return ctx.unchecked('未找到一般公共预算财政拨款支出决算表和支出决算表，无法核对部门整体支出绩效的预算数和执行数');
    const projects: Term[] = ctx.tables.selfEvals.map((pe) => ({ cell: pe.funds[0]?.annualBudget, name: `${pe.sheet} 全年预算数` }));
    if (!usable(ctx, '部门整体支出绩效', [basic, ...projects])) return;
    const projectCells = projects.map((p) => p.cell as ValueCell);
    const basicCell = basic.cell as ValueCell;
    const projectSum = projectCells.reduce((a, c) => a.plus(yuan(c)), ZERO);
    const needed = projectSum.plus(yuan(basicCell));
    const unit = commonUnit([basicCell, ...projectCells]);
    const tolerance = toYuan(identityTolerance(unit, projectCells.length + 1), unit).plus(statement.rounding);
    if (statement.budget.plus(tolerance).lessThan(needed)) {
      ctx.report({
        messageId: 'budgetTooLow',
        cells: [statement.where, basicCell, ...projectCells],
        data: { text: statement.text, budget: show(statement.budget), projects: show(projectSum), basic: show(yuan(basicCell)), needed: show(needed), difference: show(needed.minus(statement.budget)) },
        expected: `≥ ${needed.toFixed(2)}`,
        actual: statement.budget.toFixed(2),
        difference: needed.minus(statement.budget).toFixed(2),
      });
    }
    const spending = [t05 && codeTerm(t05, '合计', 1), t01 && lineCell(t01, 58, 2), t03 && codeTerm(t03, '合计', 1)].filter((t): t is Term => t?.cell?.kind === 'number');
    if (spending.length === 0) return ctx.unchecked('未读到本年支出合计，无法核对部门整体支出绩效的执行数');
    const matches = (c: ValueCell) => statement.executed.minus(yuan(c)).abs().lessThanOrEqualTo(Decimal.max(statement.rounding, halfUnit(c.value.toFixed(c.decimals), c.unit ?? '万元')));
    if (spending.some((t) => matches(t.cell!))) return;
    ctx.report({
      messageId: 'executedDiffers',
      cells: [statement.where, ...spending.map((t) => t.cell!)],
      data: { text: statement.text, executed: show(statement.executed), spendingNames: spending.map((t) => `${t.name} ${cellName(t.cell!, statement.where.sheet)} = ${show(yuan(t.cell!))}`).join('、') },
    });
  },
});

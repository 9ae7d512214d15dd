import { FUNCTION_CLASSES, t01LineOfClass, t04LineOfClass } from '../../dictionary/function-classes';
import { sameFigureTolerance } from '../../money/tolerance';
import type { Table } from '../../tables/table';
import { defineRule, type RuleContext } from '../rule';
import { amountIn, commonUnit, decimalsOf, show } from '../support/amounts';
import { cellName } from '../support/cell-ref';
import { checkEqual, checkNotGreater, type Term } from '../support/identity';
import { codeTerm, lineCell, needTables, nonZero } from './support-cross';

/** 栏次 compared between 支出决算表 (全口径) and 一般公共预算财政拨款支出决算表: 合计, 基本, 项目. */
const T03_T05_COLUMNS = [1, 2, 3];

/**
 * Only 一般公共预算 money and no non-fiscal carryover: no other income (01表 行次2–8, 28), no
 * 政府性基金/国有资本经营 (04表 行次2–3, 30–31), and the carryovers of 01表 equal those of 04表.
 */
function onlyGeneralBudget(t01: Table, t04: Table | undefined): boolean {
  if (!t04) return false;
  const v = (t: Table, line: number, col: number) => t.line(line)?.values.get(col);
  if ([2, 3, 4, 5, 6, 7, 8, 28].some((n) => nonZero(v(t01, n, 1)))) return false;
  if ([2, 3, 30, 31].some((n) => nonZero(v(t04, n, 1)))) return false;
  const same = (a: Term['cell'], b: Term['cell']) => a !== undefined && b !== undefined && a.value.equals(b.value) && a.unit === b.unit;
  return same(v(t01, 29, 1), v(t04, 28, 1)) && same(v(t01, 60, 2), v(t04, 60, 2));
}

/** 全口径 ≥ 财政拨款: left (the narrower scope) ≤ right, or equal when `equal`. A row missing on the wider side counts as 0. */
function compare(ctx: RuleContext, subject: string, narrow: Term, wide: Term, equal: boolean): void {
  if (!nonZero(narrow.cell) && !(equal && nonZero(wide.cell))) return;
  if (narrow.cell && wide.cell) {
    if (equal) checkEqual(ctx, { subject: `${subject.replace(' ≥ ', ' 与 ')}：无其他资金来源和非财政拨款结转，两者应相等`, left: wide, right: narrow });
    else checkNotGreater(ctx, { subject, left: narrow, right: wide });
    return;
  }
  const cell = (narrow.cell ?? wide.cell)!;
  const unit = commonUnit([cell]);
  const amount = amountIn(cell, unit);
  if (cell.kind !== 'number' || amount.abs().lessThanOrEqualTo(sameFigureTolerance(unit))) return;
  const present = narrow.cell ? narrow : wide;
  const missing = narrow.cell ? wide : narrow;
  ctx.report({ messageId: 'missingRow', cells: [cell], data: { subject, presentName: present.name, presentCell: cellName(cell, cell.sheet), actual: show(amount, decimalsOf([cell])), missingName: missing.name } });
}

/**
 * 全口径 ≥ 财政拨款 ≥ 一般公共预算 (domain-rules §4.10 X-11): 支出决算表 ≥ 一般公共预算财政拨款支出决算表
 * per code and column; 01表 class rows ≥ 04表 class rows 栏次2; 01表 行次29 ≥ 04表 行次28; 01表 行次60 ≥
 * 04表 行次60 栏次2. Equal when the unit has only 一般公共预算 money and no non-fiscal carryover (seed 002's
 * 0.02 gap is its non-fiscal 年初结转, 01表 行次29 = 0.02 while 04表 行次28 = 0).
 */
export const x11ScopeOrder = defineRule({
  code: 'X-11',
  title: '全口径不小于财政拨款，财政拨款不小于一般公共预算',
  severity: 'warning',
  group: 'cross-table',
  description: '支出决算表各科目 ≥ 一般公共预算财政拨款支出决算表（合计、基本、项目）；总表各类 ≥ 财政拨款总表各类；总表年初、年末结转和结余 ≥ 财政拨款总表对应数；只有一般公共预算资金且无非财政拨款结转时应相等',
  messages: { missingRow: '{subject}：{presentName} {presentCell} = {actual}，{missingName}未列示（按 0 计），口径大小关系不成立' },
  check(ctx) {
    const t01 = ctx.tables.get('T01');
    const equal = t01 ? onlyGeneralBudget(t01, ctx.tables.get('T04')) : false;
    const spending = needTables(ctx, ['T03', 'T05'], '全口径与一般公共预算支出');
    if (spending) {
      const [t03, t05] = spending;
      const keys = [...new Set([...t05.rows, ...t03.rows].filter((r) => r.key === '合计' || r.code).map((r) => r.key))];
      for (const key of keys) {
        for (const col of T03_T05_COLUMNS) {
          const wide = t03.row(key) ? codeTerm(t03, key, col) : { cell: undefined, name: `支出决算表 ${key}` };
          const narrow = t05.row(key) ? codeTerm(t05, key, col) : { cell: undefined, name: `一般公共预算财政拨款支出决算表 ${key}` };
          compare(ctx, `${key} 支出决算表 ≥ 一般公共预算财政拨款支出决算表`, narrow, wide, equal);
        }
      }
    }
    const totals = needTables(ctx, ['T01', 'T04'], '全口径与财政拨款收支');
    if (!totals) return;
    const [t01Table, t04] = totals;
    for (const { code, name } of FUNCTION_CLASSES) {
      const wide = lineCell(t01Table, t01LineOfClass(code)!, 2);
      const narrow = lineCell(t04, t04LineOfClass(code)!, 2);
      compare(ctx, `${code} ${name} 总表 ≥ 财政拨款总表`, narrow, wide, equal);
    }
    compare(ctx, '本年支出合计 总表 ≥ 财政拨款总表', lineCell(t04, 59, 2), lineCell(t01Table, 58, 2), equal);
    compare(ctx, '年初结转和结余 总表 ≥ 财政拨款总表', lineCell(t04, 28, 1), lineCell(t01Table, 29, 1), equal);
    compare(ctx, '年末结转和结余 总表 ≥ 财政拨款总表', lineCell(t04, 60, 2), lineCell(t01Table, 60, 2), equal);
  },
});

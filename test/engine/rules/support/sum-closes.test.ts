import type { AmountUnit } from '../../../../src/engine/money/unit';
import type { ReportInput, RuleContext } from '../../../../src/engine/rules/rule';
import { checkSum, sumCloses } from '../../../../src/engine/rules/support/identity';
import type { TableSet } from '../../../../src/engine/tables/table-set';
import { readValueCell } from '../../../../src/engine/values/read-cell';
import type { ValueCell } from '../../../../src/engine/values/value-cell';

/** A cell as the readers make it: a number, a number stored as text, “——”, words, blank or an error. */
function cell(value: number | string | null, col: number, unit: AmountUnit = '万元', error = false): ValueCell {
  return readValueCell('表', { row: 3, col }, value === null ? null : { value, text: String(value), error }, unit);
}

/** What checkSum says of the same sum: findings and “not checked” reasons. */
function checked(total: ValueCell | undefined, parts: (ValueCell | undefined)[]): number {
  let said = 0;
  const ctx: RuleContext = { tables: {} as TableSet, options: {}, report: (_: ReportInput<string>) => said++, unchecked: () => said++ };
  checkSum(ctx, { subject: '合计', total: { cell: total, name: '合计' }, parts: parts.map((c, i) => ({ cell: c, name: `第${i}栏` })) });
  return said;
}

describe('sumCloses: checkSum would say nothing', () => {
  const closing: [string, ValueCell, ValueCell[]][] = [
    ['numbers', cell(10.5, 0), [cell(4.25, 1), cell(6.25, 2)]],
    ['blank and “——” parts count as 0', cell(3, 0), [cell(3, 1), cell(null, 2), cell('——', 3)]],
    ['numbers stored as text', cell('1,234.50', 0), [cell('1,000.00', 1), cell(234.5, 2)]],
    ['a blank total of blank parts', cell(null, 0), [cell(null, 1), cell(null, 2)]],
    ['no parts and a zero total', cell(0, 0), []],
  ];
  it.each(closing)('%s', (_, total, parts) => {
    expect(sumCloses(total, parts)).toBe(true);
    expect(checked(total, parts)).toBe(0);
  });

  const open: [string, ValueCell | undefined, (ValueCell | undefined)[]][] = [
    ['one hundredth off (a 尾差 checkSum reports)', cell(10.51, 0), [cell(4.25, 1), cell(6.25, 2)]],
    ['words in a part (not checked)', cell(3, 0), [cell(3, 1), cell('见附表', 2)]],
    ['an error total (not checked)', cell('#REF!', 0, '万元', true), [cell(3, 1)]],
    ['a part not printed (not checked)', cell(3, 0), [cell(3, 1), undefined]],
    ['no total (not checked)', undefined, [cell(3, 1)]],
  ];
  it.each(open)('not when %s', (_, total, parts) => {
    expect(sumCloses(total, parts)).toBe(false);
    expect(checked(total, parts)).toBeGreaterThan(0);
  });

  it('leaves sums across units to checkSum, which converts them', () => {
    const total = cell(1.5, 0, '万元');
    const parts = [cell(10000, 1, '元'), cell(0.5, 2, '万元')];
    expect(sumCloses(total, parts)).toBe(false);
    expect(checked(total, parts)).toBe(0);
  });
});

import { x1IncomeTotalT02 } from '../../../src/engine/rules/cross/x-1-income-total-t02';
import { t01IncomeTotal } from '../../../src/engine/rules/t01/t01-1-income-total';
import { t01ExpenditureTotal } from '../../../src/engine/rules/t01/t01-3-expenditure-total';
import { runRuleOn } from '../../helpers/rule-tester';
import { sampleWorkbook } from '../../helpers/sample-workbook';

describe('messages an accountant can act on', () => {
  it('a 元 table says “允许误差 0”, never a 尾差 range', () => {
    const { findings } = runRuleOn(t01IncomeTotal, sampleWorkbook({ edit: (d) => Object.assign(d, { unit: '元' }, { t01: { ...d.t01, 27: '320.01' } }) }));
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('元表允许误差 0');
    expect(findings[0].message).not.toContain('尾差');
  });

  it('a 万元 table keeps its 尾差 range', () => {
    const { findings } = runRuleOn(t01IncomeTotal, sampleWorkbook({ edit: (d) => (d.t01[27] = '320.01') }));
    expect(findings[0].message).toContain('在尾差范围');
  });

  it.each(['320.01', '321.00'])('one figure printed in two tables (%s) says they must be identical, not a 尾差 range', (value) => {
    const { findings } = runRuleOn(x1IncomeTotalT02, sampleWorkbook({ edit: (d) => (d.t02[0][2] = value) }));
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('两处应为同一数字');
    expect(findings[0].message).not.toContain('尾差范围');
  });

  it('no self-repeating prefix (“本年支出合计：本年支出合计”)', () => {
    const { findings } = runRuleOn(t01ExpenditureTotal, sampleWorkbook({ edit: (d) => (d.t01[58] = '326.00') }));
    expect(findings).toHaveLength(1);
    expect(findings[0].message).not.toMatch(/本年支出合计：本年支出合计/);
    expect(findings[0].message).toMatch(/^收入支出决算总表：本年支出合计/);
  });
});

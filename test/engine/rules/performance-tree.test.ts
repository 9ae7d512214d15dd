import { peIndicatorWeights } from '../../../src/engine/rules/performance/pe-5-indicator-weights';
import { peCostIndicator } from '../../../src/engine/rules/performance/pe-13-cost-indicator';
import { seedSelfEvals } from '../../helpers/performance-grids';
import { runRuleOn } from '../../helpers/rule-tester';
import { misgroupedCost } from './cases/performance.cases';

describe('PE-5 and the standard indicator tree', () => {
  it('names a mis-grouped row once and does not report the weights it moved as a wrong split', () => {
    const { findings } = runRuleOn(peIndicatorWeights, misgroupedCost());
    expect(findings.map((f) => [f.messageId, f.severity])).toEqual([['misgrouped', 'warning']]);
    expect(findings[0].data).toMatchObject({ level1: '效益指标', level2: '成本指标', expected: '产出' });
  });
});

describe('indicator names in messages', () => {
  it('never repeats a level: seed 004 writes 成本指标 | 成本指标, the message says 成本指标 once', () => {
    const { findings } = runRuleOn(peCostIndicator, seedSelfEvals('004'));
    expect(findings).toHaveLength(3);
    for (const f of findings) expect(f.message).not.toMatch(/成本指标“成本指标”/);
    for (const f of findings) expect(f.message).toContain('：成本指标的指标值为');
  });

  it('quotes a 三级指标 that has its own name', () => {
    const wb = seedSelfEvals('000', { edit: (p) => Object.assign(p[0].indicators[3], { initialTarget: '未填报', adjustedTarget: '' }) });
    const { findings } = runRuleOn(peCostIndicator, wb);
    expect(findings.map((f) => f.data.name)).toEqual(['成本指标“线路租赁成本”']);
  });
});

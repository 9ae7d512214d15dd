import { RULES } from '../../../src/engine/rules';
import { testRuleCases } from '../../helpers/rule-tester';
import { ALL_CASES } from './cases';

for (const rule of RULES) {
  describe(`${rule.code} ${rule.title}`, () => {
    const cases = ALL_CASES[rule.code];
    if (!cases) {
      it('has accept and reject cases', () => {
        throw new Error(`规则 ${rule.code} 没有测试用例`);
      });
      return;
    }
    testRuleCases(rule, cases);
  });
}

import { audit } from '../../../src/engine/audit';
import type { Finding } from '../../../src/engine/finding';
import { RULES } from '../../../src/engine/rules';
import { s2SameYear } from '../../../src/engine/rules/structure/s-2-same-year';
import { seedWorkbook, textSheet, withSheets } from '../../helpers/cross-grids';
import { runRuleOn } from '../../helpers/rule-tester';
import { generatedLines } from '../rules/cases/narrative.cases';
import { seedNarrativeLines } from './support/seed-narrative';

const SEEDS = ['000', '002', '004'] as const;
const key = (f: Finding) => `${f.code}|${f.cells.join(',')}|${f.message}`;

describe.each(SEEDS)('seed %s', (seed) => {
  it('a narrative generated from the workbook adds no finding to the audit', () => {
    const base = seedWorkbook(seed);
    const before = new Set(audit(base).findings.map(key));
    const after = audit(withSheets(base, textSheet('情况说明', ...generatedLines(seed, base))));
    // L-1 notes (info) that the new sheet is a text page rather than a table: that is the sheet, not its content.
    const added = after.findings.filter((f) => !before.has(key(f)) && !(f.code === 'L-1' && f.messageId === 'textSheet'));
    expect(added.map((f) => f.message)).toEqual([]);
    expect(after.unchecked.filter((u) => RULES.some((r) => r.code === u.code && r.group === 'narrative'))).toEqual([]);
  });

  it("the seed's own narrative: every narrative rule runs and names the narrative cell first", () => {
    const result = audit(withSheets(seedWorkbook(seed), textSheet('情况说明', ...seedNarrativeLines(seed))));
    const narrative = result.findings.filter((f) => ['N-', 'S-5', 'SG-4', 'PE-11'].some((p) => f.code.startsWith(p)));
    expect(narrative.length).toBeGreaterThan(0);
    for (const f of narrative) expect(f.locations[0].sheet).toBe('情况说明');
  });
});

describe('the §7 narrative errors are found', () => {
  const findings = (seed: (typeof SEEDS)[number]) => audit(withSheets(seedWorkbook(seed), textSheet('情况说明', ...seedNarrativeLines(seed)))).findings;
  it.each([
    ['000', '000-1 住房公积金 467700元', 'N-AMT-1', /住房公积金 467700元/],
    ['000', '000-2 指标完成情况得分 89', 'PE-11', /指标完成情况得分 89/],
    ['000', '000-2 总得分 96.76', 'PE-11', /总得分 96\.76/],
    ['000', '000-5 整体 全年预算数', 'PE-11', /部门整体全年预算数 1475018\.17元/],
    ['000', '000-7 heading', 'S-5', /六、一般公共预算财政拨款支出决算情况说明/],
    ['000', '000-13 zero budget', 'N-COMP-1', /预算为 0/],
    ['002', '002-2 印刷费、邮电费', 'N-LIST-1', /印刷费（30202）、邮电费（30207）/],
    ['004', '004-2 资金139.8万元', 'PE-11', /139\.8万元/],
    ['004', '004-6 no unit', 'N-UNIT-1', /165141\.73、238847\.93 没有写单位/],
    ['004', '004-6 no reason for 87.5%', 'N-REASON-1', /社会保障和就业支出/],
    ['004', '004-7 元 items under 万元 totals', 'N-UNIT-1', /基本支出决算情况.*万元和元/],
    ['000', '000-11 资金1007943.96元 占项目支出总额的100%', 'PE-11', /1007943\.96元.*781943\.33元 为分母是 128\.90%/],
    ['002', '002-7 实现绩效自评“100%”', 'PE-11', /覆盖 100%.*50\.32万元 ÷ 项目支出决算 52\.71万元 = 95\.47%/],
    ['002', '002-8 one project, two names', 'PE-11', /金保工程运转经费项目.*金保工程统一软件运行项目/],
    ['002', '002-9 0项目…得分为0分，等级为无', 'S-6', /0项目.*等级为无/],
  ] as const)('%s %s', (seed, _id, code, message) => {
    const found = findings(seed).filter((f) => f.code === code && message.test(f.message));
    expect(found.length).toBeGreaterThan(0);
    // The narrative cell first; table cells follow where the finding has figures.
    for (const f of found) expect(f.locations[0].sheet).toBe('情况说明');
  });

  it.each([
    ['000', '000-11', /128\.90%/, ['情况说明!A62', '公开05表!E7', '绩效自评表!F7'], { expected: '128.90', actual: '100', difference: '28.90' }],
    ['002', '002-7', /= 95\.47%/, ['情况说明!A65', 'Sheet2!F9'], { expected: '95.47', actual: '100', difference: '4.53' }],
  ] as const)('seed %s %s: a low-severity note naming the narrative and table cells, with expected, actual and difference', (seed, _id, message, cells, figures) => {
    const f = findings(seed).find((x) => x.code === 'PE-11' && message.test(x.message))!;
    expect(f.severity).toBe('info');
    expect(f.locations.map((l) => `${l.sheet}!${l.cell}`)).toEqual(expect.arrayContaining([...cells]));
    expect({ expected: f.expected, actual: f.actual, difference: f.difference }).toEqual(figures);
  });

  it.each([
    ['000', ['30113 住房公积金']],
    ['002', []],
    ['004', []],
  ] as const)('seed %s: N-AMT-1 finds only the §7 amount errors (the 0 vehicles, 政府采购 and empty fund tables agree)', (seed, names) => {
    expect(findings(seed).filter((f) => f.code === 'N-AMT-1').map((f) => f.data.name)).toEqual(names);
  });

  it('seed 002: the coverage 95.47% §7 lists as consistent is not flagged', () => {
    expect(findings('002').filter((f) => f.actual === '95.47' || /写[^，]*95\.47%/.test(f.message))).toEqual([]);
  });

  it.each(SEEDS)('seed %s: figures §7 lists as consistent are not flagged', (seed) => {
    const wrong = findings(seed).filter((f) => ['N-SHARE-1', 'N-YOY-1', 'N-YOY-2', 'N-YOY-4', 'N-COMP-1'].includes(f.code) && f.severity !== 'info');
    expect(wrong.map((f) => f.message)).toEqual([]);
  });
});

describe('S-2 in the narrative', () => {
  it('accepts the report year and comparisons with the prior year', () => {
    const wb = withSheets(seedWorkbook('004'), textSheet('情况说明', '第三部分 情况说明', '一、收入支出决算总体情况说明', '2023年度收入总计516.85万元。与2022年相比，收入总计减少68.63万元，下降11.72%。', '（三）国有资产占用情况说明', '截至2023年12月31日，本部门共有车辆0辆。'));
    expect(runRuleOn(s2SameYear, wb).findings).toEqual([]);
  });

  it('rejects “截至2022年12月31日” and a 2022年度 opening in a 2023 决算', () => {
    const wb = withSheets(seedWorkbook('004'), textSheet('情况说明', '第三部分 情况说明', '一、收入支出决算总体情况说明', '2022年度收入总计516.85万元。', '十、其他重要事项情况说明', '（三）国有资产占用情况说明', '截至2022年12月31日，本部门共有车辆0辆。'));
    const found = runRuleOn(s2SameYear, wb).findings;
    expect(found.map((f) => f.data.excerpt)).toEqual(expect.arrayContaining([expect.stringContaining('2022年度收入'), expect.stringContaining('截至2022年12月31日')]));
    for (const f of found) expect(f.locations[0].sheet).toBe('情况说明');
  });
});

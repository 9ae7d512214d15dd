import { toA1 } from '../../src/engine/model/address';
import { readFixture } from '../helpers/fixtures';
import { killed, mutants } from '../helpers/render-layouts/mutants';

/**
 * Mutation test (issue: 审核引擎 item 10): every numeric data cell of the 公开 tables raised by
 * 1.00 in the table's unit, every 自评表 indicator 得分 lowered by 1 and every 全年执行数 raised by
 * 1.00, one at a time, must give an error-level finding whose cells include the changed cell.
 */
describe.each(['seed-000.xlsx', 'seed-002.xlsx', 'seed-004.xlsx'])('mutation test on %s', (fixture) => {
  it('kills every mutant (100 %)', async () => {
    const wb = await readFixture(fixture);
    const list = mutants(wb);
    expect(list.length).toBeGreaterThan(50);
    const survivors = list.filter((m) => !killed(wb, m)).map((m) => `${m.what} ${m.cell.sheet}!${toA1(m.cell.pos)} (${m.cell.text})`);
    const rate = ((list.length - survivors.length) / list.length) * 100;
    // The figure the issue asks to report; printed so the CI log shows it.
    process.stdout.write(`变异测试 ${fixture}：${list.length} 个变异，杀死 ${list.length - survivors.length}，杀死率 ${rate.toFixed(1)}%\n`);
    expect(survivors).toEqual([]);
  }, 120_000);
});

import { audit } from '../../../src/engine/audit';
import { sheet, workbook, type CellInput } from '../../helpers/sheet';

/** A small 一般公共预算财政拨款支出决算表 with the given body rows (code, name, 小计, 基本, 项目). */
function t05(body: CellInput[][]): CellInput[][] {
  return [
    ['一般公共预算财政拨款支出决算表'],
    ['', '', '', '', '金额单位：万元'],
    ['科目编码', '科目名称', '小计', '基本支出', '项目支出'],
    ['栏次', '', 1, 2, 3],
    ...body,
  ];
}

const CASES: [string, CellInput[][], string, RegExp][] = [
  [
    'codes repeated within one level (每行都读成了类)',
    [
      ['合计', '', '30.00', '20.00', '10.00'],
      ["'201", '一般公共服务支出', '30.00', '20.00', '10.00'],
      ["'201", '财政事务', '30.00', '20.00', '10.00'],
      ["'201", '行政运行', '20.00', '20.00', ''],
      ["'201", '一般行政管理事务', '10.00', '', '10.00'],
    ],
    'L-1',
    /科目编码 201 在同一级重复出现 3 次/,
  ],
  [
    'a parent equal to a whole multiple of its children',
    [
      ['合计', '', '60.00', '40.00', '20.00'],
      ["'201", '一般公共服务支出', '30.00', '20.00', '10.00'],
      ["'20106", '财政事务', '15.00', '10.00', '5.00'],
    ],
    'L-1',
    /上级数恰为下级合计的整数倍/,
  ],
  [
    'a mostly-text column taken as amounts',
    [
      ['合计', '', '一般公共服务支出', '20.00', '10.00'],
      ["'201", '', '财政事务', '20.00', '10.00'],
      ["'20106", '', '行政运行', '20.00', '10.00'],
      ["'2010601", '', '一般行政管理事务', '20.00', '10.00'],
    ],
    'U-1',
    /第 1 栏按金额读取，但 4 个单元格是文字/,
  ],
  [
    'a 合计 that matches no level of rows in any column',
    [
      ['合计', '', '97.00', '61.00', '36.00'],
      ["'201", '一般公共服务支出', '10.00', '5.00', '5.00'],
      ["'20106", '财政事务', '10.00', '5.00', '5.00'],
    ],
    'L-1',
    /合计行在 3 个金额栏都不等于任何一级科目/,
  ],
];

describe('self-check of every reading before the rules run', () => {
  it.each(CASES)('%s: one structural finding, the rules on the table 未检查, no per-cell finding', (_name, body, code, reason) => {
    const result = audit(workbook(sheet('五', t05(body))));
    const onTable = result.findings.filter((f) => f.sheet === '五');
    expect(onTable).toHaveLength(1);
    expect(onTable[0]).toMatchObject({ code, severity: 'warning', messageId: 'readingImplausible' });
    expect(onTable[0].message).toMatch(reason);
    expect(onTable[0].message).toMatch(/一般公共预算财政拨款支出决算表（五!A1:E\d+）/);
    const skipped = result.unchecked.filter((u) => /读取结果不合理/.test(u.reason)).map((u) => u.code);
    expect(skipped).toEqual(expect.arrayContaining(['T05-1', 'T05-2', 'X-6']));
    expect(result.findings.some((f) => /^T05-/.test(f.code))).toBe(false);
  });

  it('leaves a plausible table alone, real errors included', () => {
    const result = audit(
      workbook(
        sheet(
          '五',
          t05([
            ['合计', '', '30.00', '20.00', '10.00'],
            ["'201", '一般公共服务支出', '30.00', '20.00', '10.00'],
            ["'20106", '财政事务', '31.00', '20.00', '10.00'],
          ]),
        ),
      ),
    );
    expect(result.findings.some((f) => f.messageId === 'readingImplausible')).toBe(false);
    expect(result.findings.some((f) => f.code === 'T05-1' && f.severity === 'error')).toBe(true);
    expect(result.unchecked.some((u) => /读取结果不合理/.test(u.reason))).toBe(false);
  });
});

import { audit, type AuditResult } from '../../../../src/engine/audit';
import type { Finding } from '../../../../src/engine/finding';
import { RENDERINGS } from '../../../helpers/render-layouts/renderings';
import { render, seedBase, type SeedBase } from '../../../helpers/render-layouts/seed-renderings';
import { sheet, workbook } from '../../../helpers/sheet';

/**
 * One identity broken alike in several columns is one finding naming its columns the way the
 * table prints them (issue 6 item 3): by 栏次 when the table prints a 栏次 line, else by caption.
 * Seed 004 is a unit whose money is all 财政拨款: its 尾差 repeat in the 合计 and 财政拨款 columns.
 */
const merged = (result: AuditResult): Finding[] => result.findings.filter((f) => Number(f.data.columns ?? 1) > 1);
const tail = (f: Finding) => f.message.slice(f.message.lastIndexOf('；') + 1);

describe('merged identity names its columns', () => {
  let base: SeedBase;
  beforeAll(async () => {
    base = await seedBase('004');
  });

  it('by 栏次 when the table prints them: “第1栏（C47）、第2栏（D47）”', () => {
    const found = merged(base.originalResult);
    expect(found.length).toBeGreaterThanOrEqual(3);
    for (const f of found) {
      const columns = Number(f.data.columns);
      const totals = [0, ...Array.from({ length: columns - 1 }, (_, k) => f.locations.length / columns * (k + 1))].map((i) => f.cells[i]);
      expect(tail(f)).toMatch(new RegExp(`^(第\\d+栏（[A-Z]+\\d+）、?){${columns}}数字相同，是同一问题$`));
      for (const cell of totals) expect(tail(f)).toContain(`（${cell}）`);
    }
    const t02 = found.find((f) => f.code === 'T02-2' && f.cells[0] === 'C47');
    expect(tail(t02!)).toBe('第1栏（C47）、第2栏（D47）数字相同，是同一问题');
  });

  it.each(['无行次、无栏次', '上海 2024 式'])('by caption when the table prints no 栏次 (%s)', (name) => {
    // By name, not index: renderings are added as new layouts are met.
    const rendering = RENDERINGS.find((r) => r.name.startsWith(name))!;
    const result = audit(render(base, rendering).workbook);
    const found = merged(result);
    expect(found.map((f) => f.code).sort()).toEqual(merged(base.originalResult).map((f) => f.code).sort());
    for (const f of found) expect(tail(f)).toMatch(/^(“[^”]+”栏（[A-Z]+\d+）、?)+数字相同，是同一问题$/);
    const t02 = found.filter((f) => f.code === 'T02-2').map(tail);
    expect(t02.length).toBeGreaterThan(0);
    for (const t of t02) expect(t).toMatch(/^“本年收入合计”栏（[A-Z]+\d+）、“财政拨款收入”栏（[A-Z]+\d+）数字相同/);
    const t04 = found.find((f) => f.code === 'T04-5');
    expect(tail(t04!)).toMatch(/^“合计”栏（[A-Z]+\d+）、“一般公共预算财政拨款”栏/);
  });
});

describe('the 三公 table: 预算数 and 决算数 broken alike', () => {
  const items = ['合计', '因公出国(境)费', '公务用车购置及运行维护费', '', '', '公务接待费'];
  const sub = ['', '', '小计', '公务用车购置费', '公务用车运行维护费', ''];
  const figures = ['11.00', '2.00', '5.00', '3.00', '2.00', '3.00'];
  const rows = [
    ['财政拨款“三公”经费支出决算表', ...Array(11).fill('')],
    [...Array(11).fill(''), '单位：万元'],
    ['预算数', ...Array(5).fill(''), '决算数', ...Array(5).fill('')],
    [...items, ...items],
    [...sub, ...sub],
    Array.from({ length: 12 }, (_, i) => String(i + 1)),
    [...figures, ...figures],
  ];

  it('is one finding naming 第1栏 and 第7栏', () => {
    const result = audit(workbook(sheet('公开09表', rows, { merges: ['A1:L1', 'A3:F3', 'G3:L3', 'C4:E4', 'I4:K4'] })));
    const sg1 = result.findings.filter((f) => f.code === 'SG-1');
    expect(sg1).toHaveLength(1);
    expect(tail(sg1[0])).toBe('第1栏（A7）、第7栏（G7）数字相同，是同一问题');
  });
});
